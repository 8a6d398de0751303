// Contract cases for deleteActor: what blocks it, and what cascade removes in one write.
import { describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError } from '../../../server/errors.ts';
import type { GraphStore } from '../../../server/store/port.ts';
import { actor, createActors, forum, leavesNoTrace, rejects, tie, type Ctx } from './fixtures.ts';

/** A hub with two ties, one membership and one unit, and a bystander tie that must survive. */
async function hub(store: GraphStore): Promise<void> {
  await createActors(
    store,
    actor('forvaltningen'),
    actor('enheten', 'municipal', { parentId: 'forvaltningen' }),
    actor('polisen', 'state'),
    actor('foreningen', 'civil_society'),
  );
  await store.createCollaboration(tie('f-polisen', 'forvaltningen', 'polisen'));
  await store.createCollaboration(tie('foreningen-f', 'foreningen', 'forvaltningen'));
  await store.createCollaboration(tie('polisen-foreningen', 'polisen', 'foreningen'));
  await store.createForum(
    forum('gruppen', [
      { actorId: 'forvaltningen', role: 'lead' },
      { actorId: 'polisen', role: 'member' },
    ]),
  );
}

export function deletionCases(ctx: Ctx): void {
  describe('deleteActor', () => {
    it('an unknown actor is NotFoundError', async () => {
      await leavesNoTrace(ctx.store(), () => rejects(ctx.store().deleteActor('ingen'), NotFoundError));
      await rejects(ctx.store().deleteActor('ingen', { cascade: true }), NotFoundError);
    });

    it('without cascade, ties, memberships and units block it (409 counting each) and nothing changes', async () => {
      const store = ctx.store();
      await hub(store);
      const error = (await leavesNoTrace(store, () => store.deleteActor('forvaltningen'))) as ConflictError;
      expect(error).toBeInstanceOf(ConflictError);
      const details = Object.fromEntries((error.details ?? []).map((d) => [d.path, d.message]));
      expect(Object.keys(details).sort()).toEqual(['collaborations', 'memberships', 'units']);
      expect(details.collaborations).toMatch(/\b2\b/);
      expect(details.memberships).toMatch(/\b1\b/);
      expect(details.units).toMatch(/\b1\b/);

      // Only what actually blocks is named.
      const polisen = (await leavesNoTrace(store, () => store.deleteActor('foreningen'))) as ConflictError;
      expect((polisen.details ?? []).map((d) => d.path)).toEqual(['collaborations']);
    });

    it('an actor nothing refers to is deleted without cascade', async () => {
      const store = ctx.store();
      await hub(store);
      await store.deleteActor('enheten');
      expect(await store.getActor('enheten')).toBeNull();
      await rejects(store.deleteActor('forvaltningen'), ConflictError, ['collaborations', 'memberships']);
    });

    it('with cascade, its ties and memberships go and its units are detached, in one write', async () => {
      const store = ctx.store();
      await hub(store);
      const before = await store.snapshot();
      await store.deleteActor('forvaltningen', { cascade: true });
      const after = await store.snapshot();
      expect(after.version).toBe(before.version + 1);
      expect(after.actors.map((a) => a.id)).toEqual(['enheten', 'foreningen', 'polisen']);
      expect(after.collaborations.map((c) => c.id)).toEqual(['polisen-foreningen']);
      expect(after.collaborations[0]).toEqual(before.collaborations.find((c) => c.id === 'polisen-foreningen'));
      expect(after.forums[0]?.members).toEqual([{ actorId: 'polisen', role: 'member' }]);
      const unit = await store.getActor('enheten');
      expect(unit).not.toHaveProperty('parentId');
      expect(after.actors.find((a) => a.id === 'polisen')).toEqual(before.actors.find((a) => a.id === 'polisen'));
    });
  });
}
