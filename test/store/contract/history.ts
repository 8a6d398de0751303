// Contract cases for the history: every write records exactly one change in its transaction (a
// no-op or a refused write none), with who made it and the record before and after; a revert
// puts back what the change found, as a change of its own, and refuses (409) when a record it
// touched changed since. Changes stay in their round.
import { describe, expect, it } from 'vitest';
import type { Change, ChangeFilter } from '../../../server/domain/changes.ts';
import { ConflictError } from '../../../server/errors.ts';
import type { Store } from '../../../server/store/port.ts';
import { actor, CONTRACT_MAPPING, CONTRACT_ROUND, createActors, forum, REPORT, rejects, tie, type Ctx } from './fixtures.ts';

/** Every change in the contract round's graph (not to the round itself), newest first. */
async function history(root: Store, filter: ChangeFilter = {}): Promise<Change[]> {
  const { items } = await root.listChanges({ mapping: CONTRACT_ROUND.mapping, round: CONTRACT_ROUND.round, ...filter }, { limit: 1000 });
  return items.filter((c) => c.entity !== 'round');
}

/** Run a write and return the one change it recorded (failing when it recorded none or more). */
async function recorded(root: Store, write: () => Promise<unknown>): Promise<Change> {
  const before = (await history(root)).length;
  await write();
  const changes = await history(root);
  expect(changes).toHaveLength(before + 1);
  return changes[0]!;
}

export function historyCases(ctx: Ctx): void {
  describe('history', () => {
    it('each write kind records one change with its entity, op, before and after, and who made it', async () => {
      const root = ctx.root();
      const anna = root.round(CONTRACT_ROUND, 'anna');
      const source = await recorded(root, () => anna.putSource(REPORT));
      expect(source).toMatchObject({ entity: 'source', entityId: REPORT.id, op: 'create', before: null, after: REPORT, who: 'anna' });
      expect(source).toMatchObject({ mapping: CONTRACT_ROUND.mapping, round: CONTRACT_ROUND.round });

      const created = await recorded(root, () => anna.createActor(actor('kommunen')));
      expect(created).toMatchObject({ entity: 'actor', entityId: 'kommunen', op: 'create', before: null, who: 'anna' });
      expect(created.after).toEqual(await anna.getActor('kommunen'));

      const before = await anna.getActor('kommunen');
      const updated = await recorded(root, () => anna.updateActor('kommunen', (a) => ({ ...a, description: 'Kommunen.' })));
      expect(updated).toMatchObject({ op: 'update', before, after: await anna.getActor('kommunen') });

      await anna.createActor(actor('skolan'));
      const tied = await recorded(root, () => anna.createCollaboration(tie('k-s', 'kommunen', 'skolan')));
      expect(tied).toMatchObject({ entity: 'collaboration', entityId: 'k-s', op: 'create', after: await anna.getCollaboration('k-s') });
      const untieBefore = await anna.getCollaboration('k-s');
      const untied = await recorded(root, () => anna.deleteCollaboration('k-s'));
      expect(untied).toMatchObject({ entity: 'collaboration', op: 'delete', before: untieBefore, after: null });

      const made = await recorded(root, () => anna.createForum(forum('gruppen')));
      expect(made).toMatchObject({ entity: 'forum', entityId: 'gruppen', op: 'create' });
      const joined = await recorded(root, () => anna.putMember('gruppen', 'skolan', 'lead'));
      expect(joined).toMatchObject({ entity: 'membership', entityId: 'gruppen/skolan', op: 'create' });
      expect((joined.after as { members: unknown[] }).members).toEqual([{ actorId: 'skolan', role: 'lead' }]);
      const left = await recorded(root, () => anna.deleteMember('gruppen', 'skolan'));
      expect(left).toMatchObject({ entity: 'membership', op: 'delete' });
      const gone = await recorded(root, () => anna.deleteForum('gruppen'));
      expect(gone).toMatchObject({ entity: 'forum', op: 'delete', after: null });

      // Who defaults to 'system' (seeds, scripts); the filters find by who, entity and id.
      await recorded(root, () => ctx.store().createActor(actor('systemet')));
      expect((await history(root, { who: 'system' })).map((c) => c.entityId)).toEqual(['systemet']);
      expect((await history(root, { entity: 'membership' })).map((c) => c.op)).toEqual(['delete', 'create']);
      expect((await history(root, { id: 'kommunen' })).map((c) => c.op)).toEqual(['update', 'create']);
      expect((await history(root, { actor: 'skolan' })).map((c) => c.entity)).toEqual([
        'membership',
        'membership',
        'collaboration',
        'collaboration',
        'actor',
      ]);
    });

    it('a write that changes nothing, or is refused, records nothing', async () => {
      const root = ctx.root();
      const store = ctx.store();
      await store.createActor(actor('kommunen'));
      const count = (await history(root)).length;
      await store.putActor(actor('kommunen'));
      await store.createActor(actor('kommunen')).catch(() => undefined);
      await store.createCollaboration(tie('k-x', 'kommunen', 'saknas')).catch(() => undefined);
      expect(await history(root)).toHaveLength(count);
    });

    it('20 concurrent updates of one actor record one change each, each after the one before it', async () => {
      const root = ctx.root();
      const store = ctx.store();
      await store.createActor(actor('kommunen'));
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          store.updateActor('kommunen', (a) => ({ ...a, neighbourhoods: [...a.neighbourhoods, `n${i}`] })),
        ),
      );
      const updates = (await history(root, { id: 'kommunen' })).filter((c) => c.op === 'update').reverse();
      expect(updates).toHaveLength(20);
      // Serialised: each change starts where the one before it left the actor.
      updates.slice(1).forEach((c, i) => {
        expect((c.before as { neighbourhoods: string[] }).neighbourhoods).toEqual(
          (updates[i]!.after as { neighbourhoods: string[] }).neighbourhoods,
        );
      });
      expect(new Set(updates.map((c) => c.id)).size).toBe(20);
    });

    it('an import is one change with its counts, reverted as a whole, and the revert reverted in turn', async () => {
      const root = ctx.root();
      const store = ctx.store();
      await store.createActor(actor('kommunen', 'municipal', { description: 'Före.' }));
      const before = await store.snapshot();
      const dataset = {
        sources: [REPORT],
        actors: [actor('kommunen', 'municipal', { description: 'Efter.' }), actor('skolan', 'civil_society')],
        forums: [forum('gruppen', [{ actorId: 'skolan', role: 'member' }])],
        collaborations: [tie('k-s', 'kommunen', 'skolan')],
      };
      const change = await recorded(root, () => store.importDataset(dataset));
      expect(change).toMatchObject({ entity: 'import', op: 'update', counts: { created: 4, updated: 1, unchanged: 0 } });
      const revert = await root.revertChange(change.id, 'anna');
      expect(revert).toMatchObject({ revertOf: change.id, who: 'anna', entity: 'import' });
      const after = await store.snapshot();
      // Everything back, but the source an import added: other records may cite it since.
      expect(after.actors.map((a) => [a.id, a.description])).toEqual([['kommunen', 'Före.']]);
      expect(after.collaborations).toEqual([]);
      expect(after.forums).toEqual([]);
      expect(after.sources).toEqual([REPORT]);
      expect(before.sources).toEqual([]);
      // Reverting the revert makes the import again, the source it left in place included.
      await root.revertChange(revert.id, 'anna');
      const again = await store.snapshot();
      expect(again.actors.map((a) => [a.id, a.description])).toEqual([
        ['kommunen', 'Efter.'],
        ['skolan', undefined],
      ]);
      expect(again.collaborations.map((c) => c.id)).toEqual(['k-s']);
    });

    it('a large import (its records past 64 KB of JSON, which Neo4j keeps gzipped) reads back whole, listed or fetched', async () => {
      const root = ctx.root();
      const store = ctx.store();
      const actors = Array.from({ length: 400 }, (_, i) =>
        actor(`stor-${String(i).padStart(3, '0')}`, 'municipal', { description: 'Ä'.repeat(100) }),
      );
      const change = await recorded(root, () => store.importDataset({ sources: [], actors, forums: [], collaborations: [] }));
      expect(JSON.stringify(change.after).length).toBeGreaterThan(64 * 1024);
      const stored = await store.snapshot();
      expect(change.after).toEqual({ actors: stored.actors });
      expect(await root.getChange(change.id)).toEqual(change);
      await root.revertChange(change.id, 'anna');
      expect((await store.snapshot()).actors).toEqual([]);
    });

    it('a replace is one change with what it deleted; its revert brings the deleted records back', async () => {
      const root = ctx.root();
      const store = ctx.store();
      await store.importDataset({
        sources: [],
        actors: [actor('kommunen', 'municipal'), actor('skolan', 'civil_society'), actor('foreningen', 'civil_society')],
        forums: [forum('gruppen', [{ actorId: 'foreningen', role: 'member' }])],
        collaborations: [tie('k-s', 'kommunen', 'skolan'), tie('k-f', 'kommunen', 'foreningen')],
      });
      const before = await store.snapshot();
      const dataset = {
        sources: [],
        actors: [actor('kommunen', 'municipal', { description: 'Ny.' }), actor('skolan', 'civil_society')],
        forums: [],
        collaborations: [tie('k-s', 'kommunen', 'skolan')],
      };
      const change = await recorded(root, () => store.replaceDataset(dataset));
      expect(change).toMatchObject({ entity: 'import', counts: { created: 0, updated: 1, unchanged: 2, deleted: 3 } });
      expect((await store.snapshot()).actors.map((a) => a.id)).toEqual(['kommunen', 'skolan']);
      await root.revertChange(change.id, 'anna');
      const after = await store.snapshot();
      const content = (s: typeof before) => ({
        actors: s.actors.map((a) => [a.id, a.description ?? null]),
        forums: s.forums.map((f) => [f.id, f.members.map((m) => m.actorId)]),
        collaborations: s.collaborations.map((c) => [c.id, c.source, c.target]),
      });
      expect(content(after)).toEqual(content(before));
    });

    it('reverts a create, an update and a delete; a revert is a change that can be reverted too', async () => {
      const root = ctx.root();
      const store = ctx.store();
      const made = await recorded(root, () => store.createActor(actor('kommunen')));
      await store.createActor(actor('skolan', 'civil_society'));
      const changed = await recorded(root, () => store.updateActor('kommunen', (a) => ({ ...a, sector: 'state', description: 'Staten.' })));
      const tied = await recorded(root, () => store.createCollaboration(tie('k-s', 'kommunen', 'skolan')));
      const untied = await recorded(root, () => store.deleteCollaboration('k-s'));

      const back = await root.revertChange(untied.id, 'anna');
      expect(back).toMatchObject({ entity: 'collaboration', op: 'create', before: null, revertOf: untied.id });
      expect((await store.getCollaboration('k-s'))?.type).toBe((tied.after as { type: string }).type);
      await root.revertChange(tied.id, 'anna');
      expect(await store.getCollaboration('k-s')).toBeNull();

      const undone = await root.revertChange(changed.id, 'anna');
      expect(undone.op).toBe('update');
      expect(await store.getActor('kommunen')).toMatchObject({ sector: 'municipal' });
      expect((await store.getActor('kommunen'))?.description).toBeUndefined();
      await root.revertChange(undone.id, 'anna');
      expect(await store.getActor('kommunen')).toMatchObject({ sector: 'state', description: 'Staten.' });

      await root.revertChange((await history(root, { id: 'kommunen' }))[0]!.id, 'anna');
      await root.revertChange(changed.id, 'anna').catch(() => undefined);
      expect((await store.getActor('kommunen'))?.sector).toBe('municipal');
      // The create is reverted only while nothing made since refers to the actor.
      await store.createCollaboration(tie('k-s2', 'kommunen', 'skolan'));
      await rejects(root.revertChange(made.id, 'anna'), ConflictError, ['actors/kommunen']);
      await store.deleteCollaboration('k-s2');
      await root.revertChange(made.id, 'anna');
      expect(await store.getActor('kommunen')).toBeNull();
    });

    it('reverts a cascade delete: the actor, its ties, its memberships and its units come back', async () => {
      const root = ctx.root();
      const store = ctx.store();
      await createActors(
        store,
        actor('kommunen'),
        actor('skolan', 'civil_society'),
        actor('enheten', 'municipal', { parentId: 'kommunen' }),
      );
      await store.createCollaboration(tie('k-s', 'kommunen', 'skolan'));
      await store.createForum(
        forum('gruppen', [
          { actorId: 'kommunen', role: 'lead' },
          { actorId: 'skolan', role: 'member' },
        ]),
      );
      const before = await store.snapshot();
      const deleted = await recorded(root, () => store.deleteActor('kommunen', { cascade: true }));
      expect(deleted).toMatchObject({ entity: 'actor', entityId: 'kommunen', op: 'delete' });
      expect((deleted.before as { collaborations: { id: string }[] }).collaborations.map((c) => c.id)).toEqual(['k-s']);
      await root.revertChange(deleted.id, 'anna');
      const after = await store.snapshot();
      const content = (records: { id: string; createdAt: string; updatedAt: string }[]) =>
        records.map(({ createdAt: _c, updatedAt: _u, ...rest }) => rest);
      expect(content(after.actors)).toEqual(content(before.actors));
      expect(content(after.collaborations)).toEqual(content(before.collaborations));
      expect(content(after.forums)).toEqual(content(before.forums));
    });

    it('409 naming the records changed since, and nothing written', async () => {
      const root = ctx.root();
      const store = ctx.store();
      const made = await recorded(root, () => store.createActor(actor('kommunen')));
      await store.updateActor('kommunen', (a) => ({ ...a, description: 'Ändrad.' }));
      const count = (await history(root)).length;
      const error = await rejects(root.revertChange(made.id, 'anna'), ConflictError, ['actors/kommunen']);
      expect(error.message).toContain(made.id);
      expect(await store.getActor('kommunen')).not.toBeNull();
      expect(await history(root)).toHaveLength(count);
    });

    it('a change in one round is never listed under another; a revert into a closed round is a 409', async () => {
      const root = ctx.root();
      await root.createRound(CONTRACT_MAPPING.id, { id: '2024', label: 'Andra', observedOn: '2024', sources: [], kind: 'observed' });
      const other = root.round({ mapping: CONTRACT_MAPPING.id, round: '2024' });
      await ctx.store().createActor(actor('kommunen'));
      const made = await other.createActor(actor('skolan'));
      expect((await history(root)).map((c) => c.entityId)).toEqual(['kommunen']);
      const there = (await root.listChanges({ mapping: CONTRACT_MAPPING.id, round: '2024', entity: 'actor' }, { limit: 10 })).items;
      expect(there.map((c) => c.entityId)).toEqual([made.id]);
      await root.patchRound({ mapping: CONTRACT_MAPPING.id, round: '2024' }, { closed: true });
      await rejects(root.revertChange(there[0]!.id, 'anna'), ConflictError);
      expect(await other.getActor('skolan')).not.toBeNull();
    });

    it('pages newest first; an unknown change is null to get and 404 to revert', async () => {
      const root = ctx.root();
      await createActors(root.round(CONTRACT_ROUND, 'paging'), actor('a'), actor('b'), actor('c'));
      const first = await root.listChanges({ who: 'paging' }, { limit: 2 });
      expect(first.items.map((c) => c.entityId)).toEqual(['c', 'b']);
      const second = await root.listChanges({ who: 'paging' }, { limit: 2, after: first.lastId ?? '' });
      expect(second.items.map((c) => c.entityId)).toEqual(['a']);
      expect(second.lastId).toBeNull();
      expect(await root.getChange(first.items[0]!.id)).toEqual(first.items[0]);
      expect(await root.getChange('0unknown')).toBeNull();
      await expect(root.revertChange('0unknown', 'anna')).rejects.toMatchObject({ statusCode: 404 });
    });

    it('changes to mappings and rounds are recorded with who made them, and cannot be reverted (422)', async () => {
      const root = ctx.root();
      const made = await root.createRound(
        CONTRACT_MAPPING.id,
        { id: '2024', label: 'Andra', observedOn: '2024', sources: [], kind: 'observed' },
        'anna',
      );
      await root.patchRound({ mapping: CONTRACT_MAPPING.id, round: '2024' }, { label: 'Uppföljning' }, 'anna');
      await root.patchMapping(CONTRACT_MAPPING.id, { name: 'Nytt namn' }, 'anna');
      const mine = (await root.listChanges({ who: 'anna' }, { limit: 10 })).items;
      expect(mine.map((c) => [c.entity, c.op, c.round])).toEqual([
        ['mapping', 'update', null],
        ['round', 'update', '2024'],
        ['round', 'create', '2024'],
      ]);
      expect(mine[2]!.after).toEqual(made);
      expect((mine[1]!.after as { label: string }).label).toBe('Uppföljning');
      await expect(root.revertChange(mine[0]!.id, 'anna')).rejects.toMatchObject({ statusCode: 422, code: 'not_revertible' });
      await root.deleteRound({ mapping: CONTRACT_MAPPING.id, round: '2024' }, 'anna');
      await root.deleteMapping(CONTRACT_MAPPING.id, { cascade: true }, 'anna');
      const last = (await root.listChanges({ who: 'anna' }, { limit: 2 })).items;
      expect(last.map((c) => [c.entity, c.op, c.after])).toEqual([
        ['mapping', 'delete', null],
        ['round', 'delete', null],
      ]);
    });
  });
}
