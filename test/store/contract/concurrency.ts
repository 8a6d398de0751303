// Contract cases for writes that race: many port calls in flight on one record or one pair at
// once, as many API requests would make them. Every acknowledged change must be in the result
// (no lost update), every rule must hold as if the writes ran one after another, and a loser
// hears a 409, never a store failure (a deadlock the store retries is not the caller's problem).
import { describe, expect, it } from 'vitest';
import { collaborationType } from '../../../server/domain/collaboration-type.ts';
import { AppError, ConflictError } from '../../../server/errors.ts';
import { actor, CONTRACT_MAPPING, CONTRACT_ROUND, createActors, tie, type Ctx } from './fixtures.ts';

/** Settle every promise; the fulfilled values and the rejection reasons, apart. */
async function settle<T>(attempts: Promise<T>[]): Promise<{ won: T[]; lost: unknown[] }> {
  const results = await Promise.allSettled(attempts);
  return {
    won: results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : [])),
    lost: results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : [])),
  };
}

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

/** A refusal the caller can act on (409, 404, 422), not a store failure (5xx). */
function expectRefusal(failure: unknown): void {
  expect(failure).toBeInstanceOf(AppError);
  expect([404, 409, 422]).toContain((failure as AppError).statusCode);
}

export function concurrencyCases(ctx: Ctx): void {
  describe('concurrent writes', () => {
    it('40 concurrent updates of one actor, each changing its own field value: every change is kept', async () => {
      const store = ctx.store();
      await createActors(store, actor('kommunen'), actor('huvudman'));
      // Half the updates add a neighbourhood, half a target group; one sets the parent, one the
      // description: a store that writes back a stale copy of the actor loses some of them.
      const changes = range(40).map((i) =>
        store.updateActor('kommunen', (current) => {
          if (i === 0) return { ...current, description: 'Kommunen.' };
          if (i === 1) return { ...current, parentId: 'huvudman' };
          return i % 2 === 0
            ? { ...current, neighbourhoods: [...current.neighbourhoods, `område-${i}`] }
            : { ...current, targetGroups: [...current.targetGroups, `grupp-${i}`] };
        }),
      );
      const { won, lost } = await settle(changes);
      expect(lost).toEqual([]);
      expect(won).toHaveLength(40);
      const stored = await store.getActor('kommunen');
      expect(stored?.description).toBe('Kommunen.');
      expect(stored?.parentId).toBe('huvudman');
      expect([...(stored?.neighbourhoods ?? [])].sort()).toEqual(
        range(40)
          .filter((i) => i > 1 && i % 2 === 0)
          .map((i) => `område-${i}`)
          .sort(),
      );
      expect([...(stored?.targetGroups ?? [])].sort()).toEqual(
        range(40)
          .filter((i) => i > 1 && i % 2 === 1)
          .map((i) => `grupp-${i}`)
          .sort(),
      );
    });

    it('40 concurrent creates raise the round version by exactly 40, and a failed one by nothing', async () => {
      // The Neo4j version is a sum over counters that writers in flight bump side by side: none
      // may be lost or counted twice, nor bumped by a write that was refused.
      const store = ctx.store();
      await createActors(store, actor('först'));
      const v0 = await store.version();
      const { won, lost } = await settle([
        ...range(40).map((i) => store.createActor(actor(`aktör-${i}`))),
        store.createActor(actor('först')),
      ]);
      expect(won).toHaveLength(40);
      expect(lost).toHaveLength(1);
      expect(lost[0]).toBeInstanceOf(ConflictError);
      expect(await store.version()).toBe(v0 + 40);
    });

    it('a read made after a write was acknowledged sees it, while other reads of the same thing are in flight', async () => {
      // Reads of a round, its version and the lists are shared by callers in flight on Neo4j: one
      // that began before a write was acknowledged must not answer a caller who asks after it.
      const root = ctx.root();
      const store = ctx.store();
      let reading = true;
      const background = range(8).map(async () => {
        while (reading) await Promise.all([store.version(), root.getRound(CONTRACT_ROUND), root.listRounds(CONTRACT_MAPPING.id)]);
      });
      try {
        const v0 = await store.version();
        for (const i of range(10)) {
          await store.createActor(actor(`läsare-${i}`));
          expect(await store.version()).toBe(v0 + i + 1);
          // The routes answer from the version their round was read with (plugins/rounds.ts).
          expect((await root.getRound(CONTRACT_ROUND))?.version).toBe(v0 + i + 1);
          const label = `Uppföljning ${i}`;
          await root.patchRound(CONTRACT_ROUND, { label });
          expect((await root.getRound(CONTRACT_ROUND))?.label).toBe(label);
          expect((await root.listRounds(CONTRACT_MAPPING.id)).find((r) => r.id === CONTRACT_ROUND.round)?.label).toBe(label);
          const mapping = { ...CONTRACT_MAPPING, id: `kartläggning-${i}` };
          await root.createMapping(mapping);
          expect((await root.listMappings()).map((m) => m.id)).toContain(mapping.id);
        }
      } finally {
        reading = false;
        await Promise.all(background);
      }
    });

    it('40 concurrent updates of one collaboration: every change is kept', async () => {
      const store = ctx.store();
      await createActors(store, actor('a'), actor('b', 'state'));
      await store.createCollaboration(tie('a-b', 'a', 'b', { areas: ['housing'] }));
      const changes = range(40).map((i) =>
        store.updateCollaboration('a-b', (current) => {
          if (i === 0) return { ...current, status: 'needs_development' };
          if (i === 1) return { ...current, strength: 3 };
          return { ...current, neighbourhoods: [...current.neighbourhoods, `område-${i}`] };
        }),
      );
      const { won, lost } = await settle(changes);
      expect(lost).toEqual([]);
      expect(won).toHaveLength(40);
      const stored = await store.getCollaboration('a-b');
      expect([stored?.status, stored?.strength]).toEqual(['needs_development', 3]);
      expect([...(stored?.neighbourhoods ?? [])].sort()).toEqual(
        range(40)
          .slice(2)
          .map((i) => `område-${i}`)
          .sort(),
      );
    });

    it('20 concurrent creates of ties between one pair in one area: exactly one is stored, 19 hear 409', async () => {
      const store = ctx.store();
      await createActors(store, actor('a'), actor('b', 'state'));
      // Different ids (a hand-picked id each) and both directions: only the pair rule can stop them.
      const creates = range(20).map((i) =>
        store.createCollaboration(
          i % 2 === 0 ? tie(`a-b-${i}`, 'a', 'b', { areas: ['housing'] }) : tie(`b-a-${i}`, 'b', 'a', { areas: ['housing', 'crime'] }),
        ),
      );
      const { won, lost } = await settle(creates);
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(19);
      for (const failure of lost) expect(failure).toBeInstanceOf(ConflictError);
      expect((await store.snapshot()).collaborations.map((c) => c.id)).toEqual([won[0]?.id]);
    });

    it('20 concurrent creates of one actor id: one is created, 19 hear 409', async () => {
      const store = ctx.store();
      const { won, lost } = await settle(range(20).map((i) => store.createActor(actor('samma', 'municipal', { name: `Kopia ${i}` }))));
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(19);
      for (const failure of lost) {
        expect(failure).toBeInstanceOf(ConflictError);
        expect((failure as Error).message).not.toMatch(/Neo\.|Node\(|constraint|SQLITE/i);
      }
      expect((await store.snapshot()).actors).toEqual([won[0]]);
    });

    it('ties, sector changes and cascade deletes racing over a few actors end in successes or refusals, never a store failure', async () => {
      const store = ctx.store();
      const names = ['a', 'b', 'c', 'd', 'e'];
      await createActors(store, ...names.map((n) => actor(n)));
      // Ties in both directions between every pair, sector changes of both ends, and a cascade
      // delete in the middle: lock orders cross, so a store that deadlocks must retry, not fail.
      const work: Promise<unknown>[] = [];
      for (const [i, s] of names.entries()) {
        for (const t of names.slice(i + 1)) {
          work.push(store.createCollaboration(tie(`${s}-${t}`, s, t, { areas: ['housing'] })));
          work.push(store.createCollaboration(tie(`${t}-${s}`, t, s, { areas: ['crime'] })));
          work.push(store.updateActor(t, (current) => ({ ...current, sector: current.sector === 'state' ? 'business' : 'state' })));
        }
      }
      work.push(store.deleteActor('e', { cascade: true }));
      const { lost } = await settle(work);
      lost.forEach(expectRefusal);
      // Whatever won, the graph obeys the rules: no tie to a deleted actor, types match the sectors.
      const graph = await store.snapshot();
      expect(graph.actors.map((a) => a.id)).toEqual(['a', 'b', 'c', 'd']);
      const sectorOf = new Map(graph.actors.map((a) => [a.id, a.sector]));
      for (const c of graph.collaborations) {
        expect(sectorOf.has(c.source) && sectorOf.has(c.target)).toBe(true);
        expect(c.type).toBe(collaborationType(sectorOf.get(c.source)!, sectorOf.get(c.target)!));
      }
    });
  });
}
