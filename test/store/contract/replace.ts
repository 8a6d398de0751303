// Contract cases for replaceDataset: the round ends up holding exactly the dataset. What the
// dataset leaves out is deleted in the same transaction as the upsert, a second run changes
// nothing, and a replace that fails anywhere leaves the round as it was.
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../server/domain/inputs.ts';
import { ConflictError, ReferenceError422 } from '../../../server/errors.ts';
import { actor, evidence, forum, leavesNoTrace, rejects, REPORT, tie, type Ctx } from './fixtures.ts';

/**
 * A round that a smaller dataset replaces: `kommunen` and its unit `skolan` stay, `polisen` (a
 * member of the forum that stays, with a tie to kommunen) and the report go.
 */
function roundBefore(): Dataset {
  return {
    sources: [REPORT],
    actors: [
      actor('kommunen', 'municipal', { evidence: [evidence()] }),
      actor('skolan', 'municipal', { parentId: 'kommunen' }),
      actor('polisen', 'state'),
    ],
    forums: [
      forum('trygghetsgruppen', [
        { actorId: 'kommunen', role: 'lead' },
        { actorId: 'polisen', role: 'member' },
      ]),
      forum('gamla-gruppen', [{ actorId: 'polisen', role: 'lead' }]),
    ],
    collaborations: [tie('kommunen-polisen', 'kommunen', 'polisen'), tie('kommunen-skolan', 'kommunen', 'skolan')],
  };
}

function replacement(): Dataset {
  return {
    sources: [],
    actors: [actor('kommunen'), actor('skolan', 'municipal', { parentId: 'kommunen' }), actor('foreningen', 'civil_society')],
    forums: [forum('trygghetsgruppen', [{ actorId: 'kommunen', role: 'lead' }])],
    collaborations: [tie('kommunen-skolan', 'kommunen', 'skolan'), tie('foreningen-kommunen', 'foreningen', 'kommunen')],
  };
}

const ids = (records: readonly { id: string }[]): string[] => records.map((r) => r.id);

export function replaceCases(ctx: Ctx): void {
  describe('replaceDataset', () => {
    it('deletes what the dataset leaves out, keeps and updates the rest, and bumps the version once', async () => {
      const store = ctx.store();
      await store.importDataset(roundBefore());
      const v = await store.version();
      // Updated: kommunen (evidence dropped), trygghetsgruppen (polisen left). Deleted: the report,
      // polisen, gamla-gruppen and kommunen-polisen.
      expect(await store.replaceDataset(replacement())).toEqual({ created: 2, updated: 2, unchanged: 2, deleted: 4 });
      expect(await store.version()).toBe(v + 1);
      const after = await store.snapshot();
      expect(ids(after.sources)).toEqual([]);
      expect(ids(after.actors)).toEqual(['foreningen', 'kommunen', 'skolan']);
      expect(ids(after.forums)).toEqual(['trygghetsgruppen']);
      expect(after.forums[0]?.members).toEqual([{ actorId: 'kommunen', role: 'lead' }]);
      expect(ids(after.collaborations)).toEqual(['foreningen-kommunen', 'kommunen-skolan']);
      expect(after.actors.find((a) => a.id === 'skolan')?.parentId).toBe('kommunen');
    });

    it('is idempotent: the same dataset again changes nothing, version included', async () => {
      const store = ctx.store();
      await store.importDataset(roundBefore());
      await store.replaceDataset(replacement());
      const after = await store.snapshot();
      expect(await store.replaceDataset(replacement())).toEqual({ created: 0, updated: 0, unchanged: 6, deleted: 0 });
      expect(await store.snapshot()).toEqual(after);
    });

    it('deletes a parent the dataset leaves out once its unit, kept, has let go of it', async () => {
      const store = ctx.store();
      await store.importDataset(roundBefore());
      const orphan: Dataset = { sources: [], actors: [actor('skolan')], forums: [], collaborations: [] };
      expect(await store.replaceDataset(orphan)).toMatchObject({ updated: 1, deleted: 7 });
      const after = await store.snapshot();
      expect(after.actors.map((a) => [a.id, a.parentId])).toEqual([['skolan', undefined]]);
      expect([after.sources, after.forums, after.collaborations]).toEqual([[], [], []]);
    });

    it('may refer only to the dataset: a reference to a record it leaves out is a 422 and nothing changes', async () => {
      const store = ctx.store();
      await store.importDataset(roundBefore());
      const dangling = replacement();
      dangling.collaborations.push(tie('kommunen-polisen', 'kommunen', 'polisen'));
      dangling.actors[0]!.evidence.push(evidence());
      await leavesNoTrace(store, () =>
        rejects(store.replaceDataset(dangling), ReferenceError422, ['collaborations.2.target', 'actors.0.evidence.0.sourceId']),
      );
    });

    it('a replace that fails after its upsert is written leaves the round as it was', async () => {
      const store = ctx.store();
      await store.importDataset(roundBefore());
      // Each actor is the other's unit: found only after the actors are written.
      const cyclic = replacement();
      cyclic.actors[0] = { ...cyclic.actors[0]!, parentId: 'skolan' };
      const error = await leavesNoTrace(store, () => store.replaceDataset(cyclic));
      expect(error).toBeInstanceOf(ConflictError);
    });

    it('into an empty round is an import', async () => {
      const store = ctx.store();
      expect(await store.replaceDataset(replacement())).toEqual({ created: 6, updated: 0, unchanged: 0, deleted: 0 });
    });
  });
}
