// Contract cases for a round's layout: saved whole and read back, keys checked against the round
// (a refused save leaves the old layout and the version as they were), positions of deleted
// records dropped on read, closed rounds refusing, and the layout travelling with a copied round.
// A first layout is kept only by a round without one, so it never replaces a saved layout.
import { describe, expect, it } from 'vitest';
import { type AppError, ConflictError, NotFoundError, PreconditionFailedError, ReferenceError422 } from '../../../server/errors.ts';
import { actor, CONTRACT_MAPPING, CONTRACT_ROUND, createActors, forum, rejects, type Ctx } from './fixtures.ts';

const POSITIONS = { kommunen: { x: 0, y: 0 }, polisen: { x: 10.5, y: -3.25 }, 'forum:gruppen': { x: -7, y: 1e6 } };

async function smallGraph(ctx: Ctx): Promise<void> {
  await createActors(ctx.store(), actor('kommunen'), actor('polisen', 'state'));
  await ctx.store().createForum(forum('gruppen', [{ actorId: 'kommunen', role: 'lead' }]));
}

export function layoutCases(ctx: Ctx): void {
  describe('layouts', () => {
    it('a round without a saved layout has none; a save is read back exactly and replaces the last one whole', async () => {
      const s = ctx.store();
      await smallGraph(ctx);
      expect(await s.getLayout()).toBeNull();
      const v0 = await s.version();
      const saved = await s.saveLayout(POSITIONS);
      expect(saved.positions).toEqual(POSITIONS);
      expect(Number.isNaN(Date.parse(saved.savedAt))).toBe(false);
      expect(await s.getLayout()).toEqual(saved);
      expect(await s.version()).toBe(v0 + 1);
      await s.saveLayout({ polisen: { x: 1, y: 2 } });
      expect((await s.getLayout())?.positions).toEqual({ polisen: { x: 1, y: 2 } });
      await s.createForum(forum('polisen'));
      await s.saveLayout({ polisen: { x: 1, y: 2 }, 'forum:polisen': { x: 3, y: 4 } });
      expect((await s.getLayout())?.positions).toEqual({ polisen: { x: 1, y: 2 }, 'forum:polisen': { x: 3, y: 4 } });
    });

    it('a save is on record with who made it and how many nodes it placed, and is not reverted from the history', async () => {
      await smallGraph(ctx);
      const root = ctx.root();
      await root.round(CONTRACT_ROUND, 'anna').saveLayout(POSITIONS);
      const { items } = await root.listChanges({ ...CONTRACT_ROUND, entity: 'layout' }, { limit: 10 });
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ who: 'anna', entity: 'layout', entityId: CONTRACT_ROUND.round, after: { nodes: 3 } });
      const refused = await root.revertChange(items[0]!.id, 'anna').then(
        () => null,
        (e: unknown) => e as AppError,
      );
      expect(refused).toMatchObject({ statusCode: 422, code: 'not_revertible' });
    });

    it('a key that is no actor or forum of the round is a 422 naming it, and the stored layout stays', async () => {
      const s = ctx.store();
      await smallGraph(ctx);
      const kept = await s.saveLayout(POSITIONS);
      const v = await s.version();
      // A forum is keyed "forum:<id>" (as in /api/graph), so an actor and a forum may share an id.
      const wrong = { kommunen: { x: 1, y: 1 }, saknas: { x: 0, y: 0 }, gruppen: { x: 0, y: 0 }, 'forum:kommunen': { x: 0, y: 0 } };
      const error = await rejects(s.saveLayout(wrong), ReferenceError422);
      expect(error.details?.map((d) => d.path)).toEqual(['positions.saknas', 'positions.gruppen', 'positions.forum:kommunen']);
      expect(await s.getLayout()).toEqual(kept);
      expect(await s.version()).toBe(v);
    });

    it('a first layout is kept by a round without a layout, and refused (412, nothing written) by one that has any', async () => {
      const s = ctx.store();
      await smallGraph(ctx);
      const v0 = await s.version();
      const first = await s.saveFirstLayout(POSITIONS);
      expect(await s.getLayout()).toEqual(first);
      // On record as the layout's creation; an analyst's save after it is an update.
      const { items } = await ctx.root().listChanges({ ...CONTRACT_ROUND, entity: 'layout' }, { limit: 10 });
      expect(items.map((c) => c.op)).toEqual(['create']);
      expect(await s.version()).toBe(v0 + 1);
      const v1 = await s.version();
      await rejects(s.saveFirstLayout({ kommunen: { x: 9, y: 9 } }), PreconditionFailedError);
      expect(await s.getLayout()).toEqual(first);
      expect(await s.version()).toBe(v1);
      // A saved layout whose every record is gone is still the round's layout: a first one waits no more.
      await s.saveLayout({ polisen: { x: 1, y: 2 } });
      await s.deleteActor('polisen');
      await rejects(s.saveFirstLayout(POSITIONS), PreconditionFailedError);
      expect((await s.getLayout())?.positions).toEqual({});
    });

    it('first layouts sent at once by many visitors: one is kept, the others hear 412, and none replaces it', async () => {
      const s = ctx.store();
      await smallGraph(ctx);
      const v0 = await s.version();
      const sent = Array.from({ length: 12 }, (_, i) => ({ kommunen: { x: i, y: i }, polisen: { x: 100 - i, y: i } }));
      const results = await Promise.allSettled(sent.map((positions) => s.saveFirstLayout(positions)));
      const kept = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
      const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
      expect(kept).toHaveLength(1);
      expect(refused).toHaveLength(11);
      for (const reason of refused) expect(reason).toBeInstanceOf(PreconditionFailedError);
      expect(await s.getLayout()).toEqual(kept[0]);
      expect(await s.version()).toBe(v0 + 1);
    });

    it('a first layout is checked like a saved one: an unknown key is a 422 and nothing is kept', async () => {
      const s = ctx.store();
      await smallGraph(ctx);
      const v = await s.version();
      await rejects(s.saveFirstLayout({ ...POSITIONS, saknas: { x: 0, y: 0 } }), ReferenceError422);
      expect(await s.getLayout()).toBeNull();
      expect(await s.version()).toBe(v);
      await s.saveFirstLayout(POSITIONS);
      expect((await s.getLayout())?.positions).toEqual(POSITIONS);
    });

    it('positions of deleted actors and forums are left out when the layout is read', async () => {
      const s = ctx.store();
      await smallGraph(ctx);
      await s.saveLayout(POSITIONS);
      await s.deleteForum('gruppen');
      await s.deleteActor('polisen');
      expect((await s.getLayout())?.positions).toEqual({ kommunen: { x: 0, y: 0 } });
    });

    it('a closed round refuses a save (409); an unknown round is a 404 on read and write', async () => {
      const root = ctx.root();
      await smallGraph(ctx);
      await root.patchRound(CONTRACT_ROUND, { closed: true });
      await rejects(ctx.store().saveLayout(POSITIONS), ConflictError);
      await rejects(ctx.store().saveFirstLayout(POSITIONS), ConflictError);
      const missing = root.round({ mapping: CONTRACT_MAPPING.id, round: 'saknas' });
      await rejects(missing.getLayout(), NotFoundError);
      await rejects(missing.saveLayout({}), NotFoundError);
    });

    it('a copied round starts with its source round layout, then each keeps its own; deleting a round deletes its layout', async () => {
      const root = ctx.root();
      await smallGraph(ctx);
      const original = await ctx.store().saveLayout(POSITIONS);
      await root.createRound(CONTRACT_MAPPING.id, {
        id: '2023',
        label: 'Andra',
        observedOn: '2023',
        sources: [],
        kind: 'observed',
        copyFrom: CONTRACT_ROUND.round,
      });
      const copy = root.round({ mapping: CONTRACT_MAPPING.id, round: '2023' });
      expect(await copy.getLayout()).toEqual(original);
      await copy.saveLayout({ kommunen: { x: 5, y: 5 } });
      expect(await ctx.store().getLayout()).toEqual(original);
      await root.deleteRound({ mapping: CONTRACT_MAPPING.id, round: '2023' });
      await root.createRound(CONTRACT_MAPPING.id, { id: '2023', label: 'Andra', observedOn: '2023', sources: [], kind: 'observed' });
      expect(await copy.getLayout()).toBeNull();
    });
  });
}
