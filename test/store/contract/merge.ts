// Contract cases for merging a duplicate actor into another: ties, memberships, units and evidence
// move, a tie between the two goes, parallel ties are combined, one `merge` change is recorded,
// and reverting it puts both actors and every tie back.
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../server/errors.ts';
import { actor, createActors, evidence, forum, rejects, REPORT, tie, type Ctx } from './fixtures.ts';

const content = <T extends { createdAt: string; updatedAt: string }>(records: T[]) =>
  records.map(({ createdAt: _c, updatedAt: _u, ...rest }) => rest);

export function mergeCases(ctx: Ctx): void {
  describe('merging actors', () => {
    it('moves ties, memberships, units and evidence; combines parallel ties; deletes the duplicate; one change, revertible', async () => {
      const root = ctx.root();
      const store = ctx.store();
      await store.putSource(REPORT);
      await createActors(
        store,
        actor('kommunen', 'municipal', { areas: ['housing'] }),
        actor('trollhattans-kommun', 'municipal', { areas: ['education'], description: 'Dubblett.', evidence: [evidence()] }),
        actor('skolan', 'civil_society'),
        actor('polisen', 'state'),
        actor('enheten', 'municipal', { parentId: 'trollhattans-kommun' }),
      );
      await store.createCollaboration(tie('k-s', 'kommunen', 'skolan', { areas: ['education'], forms: ['project'] }));
      await store.createCollaboration(tie('t-s', 'trollhattans-kommun', 'skolan', { areas: ['education'], forms: ['funding'] }));
      await store.createCollaboration(tie('t-p', 'polisen', 'trollhattans-kommun', { areas: ['crime'] }));
      await store.createCollaboration(tie('t-k', 'trollhattans-kommun', 'kommunen'));
      await store.createForum(forum('gruppen', [{ actorId: 'trollhattans-kommun', role: 'lead' }]));
      const before = await store.snapshot();

      const kept = await store.mergeActor('trollhattans-kommun', 'kommunen');
      expect(kept).toMatchObject({ id: 'kommunen', areas: ['housing', 'education'], description: 'Dubblett.', evidence: [evidence()] });
      const after = await store.snapshot();
      expect(after.actors.map((a) => a.id)).toEqual(['enheten', 'kommunen', 'polisen', 'skolan']);
      expect(after.actors.find((a) => a.id === 'enheten')?.parentId).toBe('kommunen');
      // t-s ran parallel to k-s (both education): combined into k-s; t-k tied the two: gone.
      expect(after.collaborations.map((c) => [c.id, c.source, c.target])).toEqual([
        ['k-s', 'kommunen', 'skolan'],
        ['t-p', 'polisen', 'kommunen'],
      ]);
      expect(after.collaborations[0]?.forms).toEqual(['project', 'funding']);
      expect(after.forums[0]?.members).toEqual([{ actorId: 'kommunen', role: 'lead' }]);

      const [change] = (await root.listChanges({ entity: 'merge' }, { limit: 5 })).items;
      expect(change).toMatchObject({ entity: 'merge', entityId: 'trollhattans-kommun', op: 'delete' });
      // The kept actor comes first in the after-bundle: the explorer's history names it from there.
      expect((change!.after as { actors: Array<{ id: string }> }).actors[0]?.id).toBe('kommunen');
      await root.revertChange(change!.id, 'anna');
      const back = await store.snapshot();
      expect(content(back.actors)).toEqual(content(before.actors));
      expect(content(back.collaborations)).toEqual(content(before.collaborations));
      expect(content(back.forums)).toEqual(content(before.forums));
    });

    it('refuses merging an actor into itself (400) or into an unknown one (404), changing nothing', async () => {
      const store = ctx.store();
      await store.createActor(actor('kommunen'));
      await rejects(store.mergeActor('kommunen', 'kommunen'), ValidationError, ['body.into']);
      await expect(store.mergeActor('kommunen', 'saknas')).rejects.toMatchObject({ statusCode: 404 });
      await expect(store.mergeActor('saknas', 'kommunen')).rejects.toMatchObject({ statusCode: 404 });
      expect(await store.getActor('kommunen')).not.toBeNull();
    });
  });
}
