// The one behaviour every Store adapter must show (server/store/port.ts). Each adapter's test
// file calls storeContract with a factory and a reset; the cases use only the port, so the
// embedded and Neo4j adapters are held to exactly the same contract. Graph cases run in one
// round (CONTRACT_ROUND), made afresh before each case; the rounds cases use the Store itself.
// Cases never assume a starting version: they compare versions before and after.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../server/errors.ts';
import type { Store } from '../../server/store/port.ts';
import { sourceAndActorCases } from './contract/actors.ts';
import { collaborationCases } from './contract/collaborations.ts';
import { concurrencyCases } from './contract/concurrency.ts';
import { deletionCases } from './contract/deletion.ts';
import { actor, CONTRACT_MAPPING, CONTRACT_ROUND, createActors, forum, REPORT, tie, type Ctx } from './contract/fixtures.ts';
import { forumCases } from './contract/forums.ts';
import { historyCases } from './contract/history.ts';
import { importCases } from './contract/import.ts';
import { mergeCases } from './contract/merge.ts';
import { replaceCases } from './contract/replace.ts';
import { layoutCases } from './contract/layouts.ts';
import { roundCases } from './contract/rounds.ts';
import { snapshotJsonCases } from './contract/snapshot.ts';
import { swedishCases } from './contract/swedish.ts';

export function storeContract(name: string, makeStore: () => Promise<Store>, reset: (s: Store) => Promise<void>): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store | undefined;
    const ctx: Ctx = {
      root() {
        if (!store) throw new Error('the store was not made');
        return store;
      },
      store() {
        return ctx.root().round(CONTRACT_ROUND);
      },
    };
    beforeAll(async () => {
      store = await makeStore();
    });
    beforeEach(async () => {
      await reset(ctx.root());
      await ctx.root().createMapping(CONTRACT_MAPPING);
      await ctx
        .root()
        .createRound(CONTRACT_MAPPING.id, { id: CONTRACT_ROUND.round, label: 'Första', observedOn: '2019', sources: [], kind: 'observed' });
    });
    afterAll(async () => {
      await store?.close();
    });

    sourceAndActorCases(ctx);
    collaborationCases(ctx);
    forumCases(ctx);
    deletionCases(ctx);
    importCases(ctx);
    replaceCases(ctx);
    swedishCases(ctx);
    concurrencyCases(ctx);
    roundCases(ctx);
    historyCases(ctx);
    mergeCases(ctx);
    layoutCases(ctx);
    snapshotJsonCases(ctx);

    describe('version and snapshot', () => {
      it('each changing write bumps the version by exactly one; failed writes and no-ops do not', async () => {
        const s = ctx.store();
        const v0 = await s.version();
        expect(Number.isInteger(v0)).toBe(true);
        await s.createActor(actor('a'));
        await s.createActor(actor('b'));
        await s.createCollaboration(tie('a-b', 'a', 'b'));
        expect(await s.version()).toBe(v0 + 3);
        await s.createActor(actor('a')).catch(() => undefined);
        await s.createCollaboration(tie('b-a', 'b', 'a')).catch(() => undefined);
        await s.putActor(actor('a'));
        expect(await s.version()).toBe(v0 + 3);
      });

      it('snapshot holds every record, ordered by id, at the current version', async () => {
        const s = ctx.store();
        await s.putSource(REPORT);
        await createActors(s, actor('b', 'state'), actor('a'));
        await s.createCollaboration(tie('a-b', 'a', 'b'));
        await s.createForum(forum('gruppen', [{ actorId: 'b', role: 'lead' }]));
        const snapshot = await s.snapshot();
        expect(snapshot.version).toBe(await s.version());
        expect(snapshot.sources).toEqual([REPORT]);
        expect(snapshot.actors).toEqual([await s.getActor('a'), await s.getActor('b')]);
        expect(snapshot.collaborations).toEqual([await s.getCollaboration('a-b')]);
        expect(snapshot.forums).toEqual([await s.getForum('gruppen')]);
      });
    });

    describe('lifecycle', () => {
      it('ping answers while open; close is idempotent; a closed store is unavailable', async () => {
        await ctx.root().ping();
        const other = await makeStore();
        await other.ping();
        await other.close();
        await other.close();
        await expect(other.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
        await expect(other.round(CONTRACT_ROUND).version()).rejects.toBeInstanceOf(StoreUnavailableError);
        await ctx.root().ping();
      });
    });
  });
}
