// Contract cases for the Swedish texts: descriptionSv on actors, ties and forums, noteSv inside
// evidence. Stored and returned as given, equal on re-import, and gone when a whole-record write
// leaves them out.
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../server/domain/inputs.ts';
import type { Evidence } from '../../../server/domain/schemas.ts';
import { actor, evidence, forum, REPORT, tie, type Ctx } from './fixtures.ts';

const NOTE: Evidence = { ...evidence(), noteSv: 'Rapporten nämner detta.' };

function bilingual(): Dataset {
  return {
    sources: [REPORT],
    actors: [
      actor('kommunen', 'municipal', { description: 'The municipality.', descriptionSv: 'Kommunen.', evidence: [NOTE] }),
      actor('foreningen', 'civil_society', { descriptionSv: 'Föreningen i Kronogården.' }),
    ],
    forums: [forum('gruppen', [{ actorId: 'kommunen', role: 'lead' }], { descriptionSv: 'Trygghetsgruppen.', evidence: [NOTE] })],
    collaborations: [
      tie('kommunen-foreningen', 'kommunen', 'foreningen', { description: 'Premises.', descriptionSv: 'Lokaler.', evidence: [NOTE] }),
    ],
  };
}

export function swedishCases(ctx: Ctx): void {
  describe('Swedish texts', () => {
    it('descriptionSv and noteSv round-trip on actors, ties and forums', async () => {
      const store = ctx.store();
      const data = bilingual();
      await store.putSource(REPORT);
      for (const record of data.actors) {
        const created = await store.createActor(record);
        expect(created).toEqual({ ...record, createdAt: created.createdAt, updatedAt: created.updatedAt });
        expect(await store.getActor(record.id)).toEqual(created);
      }
      const tieRecord = data.collaborations[0]!;
      const createdTie = await store.createCollaboration(tieRecord);
      expect(createdTie).toMatchObject({ descriptionSv: 'Lokaler.', evidence: [NOTE] });
      expect(await store.getCollaboration(tieRecord.id)).toEqual(createdTie);
      const createdForum = await store.createForum(data.forums[0]!);
      expect(createdForum).toMatchObject({ descriptionSv: 'Trygghetsgruppen.', evidence: [NOTE] });
      expect(await store.getForum('gruppen')).toEqual(createdForum);
      const graph = await store.snapshot();
      expect(graph.actors.map((a) => a.descriptionSv)).toEqual(['Föreningen i Kronogården.', 'Kommunen.']);
      expect(graph.actors.find((a) => a.id === 'kommunen')?.evidence).toEqual([NOTE]);
    });

    it('a re-import of the same Swedish texts changes nothing; a changed one is an update', async () => {
      const store = ctx.store();
      expect(await store.importDataset(bilingual())).toEqual({ created: 5, updated: 0, unchanged: 0 });
      const after = await store.snapshot();
      expect(await store.importDataset(bilingual())).toEqual({ created: 0, updated: 0, unchanged: 5 });
      expect(await store.snapshot()).toEqual(after);

      const changed = bilingual();
      changed.actors[0] = { ...changed.actors[0]!, descriptionSv: 'Trollhättans stad.' };
      changed.collaborations[0] = { ...changed.collaborations[0]!, evidence: [{ ...NOTE, noteSv: 'Ny not.' }] };
      expect(await store.importDataset(changed)).toEqual({ created: 0, updated: 2, unchanged: 3 });
      expect((await store.getActor('kommunen'))?.descriptionSv).toBe('Trollhättans stad.');
      expect((await store.getCollaboration('kommunen-foreningen'))?.evidence[0]?.noteSv).toBe('Ny not.');
    });

    it('a whole-record write without the Swedish text clears it', async () => {
      const store = ctx.store();
      await store.importDataset(bilingual());
      const { descriptionSv: _a, ...actorWithout } = bilingual().actors[0]!;
      const put = await store.putActor(actorWithout);
      expect(put.value).not.toHaveProperty('descriptionSv');
      expect(await store.getActor('kommunen')).not.toHaveProperty('descriptionSv');

      const { descriptionSv: _f, ...forumWithout } = bilingual().forums[0]!;
      expect((await store.putForum(forumWithout)).value).not.toHaveProperty('descriptionSv');
      expect(await store.getForum('gruppen')).not.toHaveProperty('descriptionSv');

      const replaced = await store.updateCollaboration('kommunen-foreningen', ({ descriptionSv: _t, ...rest }) => rest);
      expect(replaced).not.toHaveProperty('descriptionSv');
      expect(replaced.description).toBe('Premises.');
      expect(await store.getCollaboration('kommunen-foreningen')).toEqual(replaced);

      const noted = await store.putActor({ ...actorWithout, evidence: [evidence()] });
      expect(noted.value.evidence[0]).not.toHaveProperty('noteSv');
    });
  });
}
