// Contract cases for importDataset: counts, idempotence, references within the dataset and to
// the store, untouched outside data, and all-or-nothing failure.
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../server/domain/inputs.ts';
import { ReferenceError422 } from '../../../server/errors.ts';
import { actor, createActors, evidence, forum, leavesNoTrace, rejects, REPORT, tie, type Ctx } from './fixtures.ts';

/** A small seed: a unit listed before its parent, a forum, and two parallel ties. */
function seed(): Dataset {
  return {
    sources: [REPORT],
    actors: [
      actor('naringslivsenheten', 'municipal', { name: 'Näringslivsenheten', parentId: 'kommunstyrelsen', evidence: [evidence()] }),
      actor('kommunstyrelsen', 'municipal', { name: 'Kommunstyrelsens förvaltning', areas: ['labour_market'] }),
      actor('arbetsformedlingen', 'state', { name: 'Arbetsförmedlingen', areas: ['labour_market'] }),
    ],
    forums: [
      forum('alla-behovs', [
        { actorId: 'arbetsformedlingen', role: 'lead' },
        { actorId: 'kommunstyrelsen', role: 'member' },
      ]),
    ],
    collaborations: [
      tie('ks-af-projekt', 'kommunstyrelsen', 'arbetsformedlingen', { areas: ['labour_market'], forms: ['project'] }),
      tie('af-ks-finansiering', 'arbetsformedlingen', 'kommunstyrelsen', { areas: ['labour_market'], forms: ['funding'], directed: true }),
    ],
  };
}
const SEED_RECORDS = 1 + 3 + 1 + 2;

export function importCases(ctx: Ctx): void {
  describe('importDataset', () => {
    it('creates everything, and a second run finds it all unchanged without a version bump', async () => {
      const store = ctx.store();
      const v0 = await store.version();
      expect(await store.importDataset(seed())).toEqual({ created: SEED_RECORDS, updated: 0, unchanged: 0 });
      expect(await store.version()).toBe(v0 + 1);
      const after = await store.snapshot();
      expect(after.actors.find((a) => a.id === 'naringslivsenheten')?.parentId).toBe('kommunstyrelsen');
      expect(after.collaborations.map((c) => [c.id, c.type])).toEqual([
        ['af-ks-finansiering', 'state'],
        ['ks-af-projekt', 'state'],
      ]);
      expect(after.forums[0]?.members.map((m) => m.actorId)).toEqual(['arbetsformedlingen', 'kommunstyrelsen']);

      expect(await store.importDataset(seed())).toEqual({ created: 0, updated: 0, unchanged: SEED_RECORDS });
      expect(await store.snapshot()).toEqual(after);
    });

    it('counts changed records as updated and bumps the version once', async () => {
      const store = ctx.store();
      await store.importDataset(seed());
      const v = await store.version();
      const changed = seed();
      changed.actors[2] = { ...changed.actors[2]!, description: 'Statlig myndighet.' };
      changed.forums[0] = { ...changed.forums[0]!, members: [{ actorId: 'naringslivsenheten', role: 'member' }] };
      expect(await store.importDataset(changed)).toEqual({ created: 0, updated: 2, unchanged: SEED_RECORDS - 2 });
      expect(await store.version()).toBe(v + 1);
      expect((await store.getForum('alla-behovs'))?.members).toEqual([{ actorId: 'naringslivsenheten', role: 'member' }]);
      expect((await store.getActor('arbetsformedlingen'))?.description).toBe('Statlig myndighet.');
    });

    it('tells a changed tie among unchanged ones, whatever its text holds, and keeps when it was created', async () => {
      const store = ctx.store();
      const tricky = 'Säger "hej"\u0001\n\\ / \u2028 slut';
      const first = seed();
      first.collaborations[0] = { ...first.collaborations[0]!, description: tricky, strength: 2 };
      await store.importDataset(first);
      expect(await store.importDataset(first)).toEqual({ created: 0, updated: 0, unchanged: SEED_RECORDS });
      const stored = await store.getCollaboration('ks-af-projekt');

      const changed = seed();
      changed.collaborations[0] = { ...first.collaborations[0]!, description: `${tricky}.` };
      changed.collaborations[1] = { ...changed.collaborations[1]!, directed: false };
      expect(await store.importDataset(changed)).toEqual({ created: 0, updated: 2, unchanged: SEED_RECORDS - 2 });
      const after = await store.getCollaboration('ks-af-projekt');
      expect(after).toMatchObject({ description: `${tricky}.`, strength: 2, createdAt: stored?.createdAt });
      expect((await store.getCollaboration('af-ks-finansiering'))?.directed).toBe(false);
      expect(await store.importDataset(changed)).toEqual({ created: 0, updated: 0, unchanged: SEED_RECORDS });
    });

    it('keeps the stored value of every field a partial file does not carry; a new record is written as read', async () => {
      const store = ctx.store();
      await store.importDataset(seed());
      const before = await store.snapshot();
      // A file of actor id, name and sector, and of tie ends and status: nothing else.
      const partial: Dataset = {
        sources: [],
        actors: [
          actor('naringslivsenheten', 'municipal', { name: 'Näringslivsenheten i Trollhättan' }),
          actor('kommunstyrelsen', 'municipal', { name: 'Kommunstyrelsens förvaltning' }),
          actor('nykomling', 'business', { name: 'Nykomling' }),
        ],
        forums: [],
        collaborations: [tie('ks-af-projekt', 'kommunstyrelsen', 'arbetsformedlingen', { status: 'desired' })],
      };
      const carried = { actors: ['id', 'name', 'sector'], collaborations: ['id', 'source', 'target', 'status'] };
      expect(await store.importDataset(partial, carried)).toEqual({ created: 1, updated: 2, unchanged: 1 });
      const unit = await store.getActor('naringslivsenheten');
      const stored = before.actors.find((a) => a.id === 'naringslivsenheten');
      expect(unit).toMatchObject({ name: 'Näringslivsenheten i Trollhättan', parentId: 'kommunstyrelsen', evidence: stored?.evidence });
      expect((await store.getActor('kommunstyrelsen'))?.areas).toEqual(['labour_market']);
      expect(await store.getCollaboration('ks-af-projekt')).toMatchObject({
        status: 'desired',
        forms: ['project'],
        areas: ['labour_market'],
      });
      expect((await store.getActor('nykomling'))?.areas).toEqual([]);
      // The same file again changes nothing; without `carried` its records are whole again.
      expect(await store.importDataset(partial, carried)).toEqual({ created: 0, updated: 0, unchanged: 4 });
      await store.importDataset(partial);
      expect((await store.getActor('naringslivsenheten'))?.parentId).toBeUndefined();
    });

    it('leaves data outside the dataset alone, and may refer to it', async () => {
      const store = ctx.store();
      await createActors(store, actor('polisen', 'state'), actor('foreningen', 'civil_society'));
      await store.createCollaboration(tie('polisen-foreningen', 'polisen', 'foreningen'));
      await store.createForum(forum('trygghetsgruppen', [{ actorId: 'polisen', role: 'lead' }]));
      const outside = await store.snapshot();

      const dataset = seed();
      dataset.collaborations.push(tie('ks-polisen', 'kommunstyrelsen', 'polisen', { areas: ['crime'] }));
      expect(await store.importDataset(dataset)).toEqual({ created: SEED_RECORDS + 1, updated: 0, unchanged: 0 });
      const after = await store.snapshot();
      for (const kind of ['actors', 'collaborations', 'forums'] as const) {
        for (const record of outside[kind]) expect(after[kind]).toContainEqual(record);
      }
      expect((await store.getCollaboration('ks-polisen'))?.type).toBe('state');
    });

    it('keeps parallel ties (the parallel rule is for hand edits, not curated data)', async () => {
      const store = ctx.store();
      const dataset = seed();
      dataset.collaborations.push(tie('ks-af-igen', 'arbetsformedlingen', 'kommunstyrelsen', { areas: ['labour_market'] }));
      expect((await store.importDataset(dataset)).created).toBe(SEED_RECORDS + 1);
    });

    it("a sector change in the dataset retypes the actor's ties, including ties outside the dataset", async () => {
      const store = ctx.store();
      await store.importDataset(seed());
      await createActors(store, actor('skolan'));
      await store.createCollaboration(tie('skolan-af', 'skolan', 'arbetsformedlingen'));
      const changed = seed();
      changed.actors[2] = { ...changed.actors[2]!, sector: 'municipal' };
      await store.importDataset(changed);
      expect((await store.getCollaboration('skolan-af'))?.type).toBe('internal');
      expect((await store.getCollaboration('ks-af-projekt'))?.type).toBe('internal');
    });

    it('an unknown reference anywhere rolls the whole import back (422 naming the dataset path)', async () => {
      const store = ctx.store();
      await store.importDataset(seed());
      const dataset = seed();
      dataset.actors.push(actor('ny-aktor', 'business'));
      dataset.actors[0] = { ...dataset.actors[0]!, name: 'Näringslivsenheten i Trollhättan' };
      dataset.collaborations.push(tie('sista', 'ny-aktor', 'ingen'));
      const error = await leavesNoTrace(store, () => store.importDataset(dataset));
      expect(error).toBeInstanceOf(ReferenceError422);
      expect((error as ReferenceError422).details).toContainEqual(expect.objectContaining({ path: 'collaborations.2.target' }));

      const members = seed();
      members.forums[0]!.members.push({ actorId: 'ingen', role: 'member' });
      members.actors[1]!.evidence.push(evidence('okand'));
      await leavesNoTrace(store, () =>
        rejects(store.importDataset(members), ReferenceError422, ['forums.0.members.2.actorId', 'actors.1.evidence.0.sourceId']),
      );
    });
  });
}
