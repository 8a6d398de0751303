// Contract cases for forums and their memberships.
import { describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError, ReferenceError422 } from '../../../server/errors.ts';
import { actor, createActors, evidence, forum, ids, keys, leavesNoTrace, rejects, REPORT, tick, type Ctx } from './fixtures.ts';

export function forumCases(ctx: Ctx): void {
  describe('forums', () => {
    it('createForum stores members sorted by actorId and returns the stored shape', async () => {
      const store = ctx.store();
      await store.putSource(REPORT);
      await createActors(store, actor('polisen', 'state'), actor('kommunen'), actor('eidar', 'business'));
      const record = forum(
        'kronogardsgruppen',
        [
          { actorId: 'polisen', role: 'member' },
          { actorId: 'kommunen', role: 'lead' },
          { actorId: 'eidar', role: 'member' },
        ],
        { name: 'Kronogårdsgruppen', areas: ['crime'], neighbourhoods: ['Kronogården'], evidence: [evidence()] },
      );
      const created = await store.createForum(record);
      expect(created.members.map((m) => m.actorId)).toEqual(['eidar', 'kommunen', 'polisen']);
      expect(created).toEqual({ ...record, members: created.members, createdAt: created.createdAt, updatedAt: created.updatedAt });
      expect(keys(created)).toEqual(['areas', 'createdAt', 'evidence', 'id', 'members', 'name', 'neighbourhoods', 'updatedAt']);
      expect(await store.getForum('kronogardsgruppen')).toEqual(created);
      expect(await store.getForum('ingen')).toBeNull();
    });

    it('createForum refuses a taken id (409) and unknown members or sources (422 naming each path)', async () => {
      const store = ctx.store();
      await store.putSource(REPORT);
      await createActors(store, actor('kommunen'));
      await store.createForum(forum('gruppen'));
      await leavesNoTrace(store, async () => {
        await rejects(store.createForum(forum('gruppen')), ConflictError, ['id']);
      });
      const record = forum(
        'ny',
        [
          { actorId: 'kommunen', role: 'lead' },
          { actorId: 'ingen', role: 'member' },
        ],
        {
          evidence: [evidence('okand')],
        },
      );
      await leavesNoTrace(store, () => rejects(store.createForum(record), ReferenceError422, ['members.1.actorId', 'evidence.0.sourceId']));
    });

    it('putForum creates, replaces members, and changes nothing when equal', async () => {
      const store = ctx.store();
      await createActors(store, actor('a'), actor('b'), actor('c'));
      const first = await store.putForum(
        forum('gruppen', [
          { actorId: 'a', role: 'lead' },
          { actorId: 'b', role: 'member' },
        ]),
      );
      expect(first.created).toBe(true);
      const v = await store.version();
      await tick();
      const same = await store.putForum(
        forum('gruppen', [
          { actorId: 'b', role: 'member' },
          { actorId: 'a', role: 'lead' },
        ]),
      );
      expect(same).toEqual({ value: first.value, created: false });
      expect(await store.version()).toBe(v);
      await tick();
      const replaced = await store.putForum(
        forum('gruppen', [
          { actorId: 'c', role: 'lead' },
          { actorId: 'a', role: 'member' },
        ]),
      );
      expect(replaced.created).toBe(false);
      expect(replaced.value.members).toEqual([
        { actorId: 'a', role: 'member' },
        { actorId: 'c', role: 'lead' },
      ]);
      expect(replaced.value.createdAt).toBe(first.value.createdAt);
      expect(replaced.value.updatedAt > first.value.updatedAt).toBe(true);
      expect(await store.version()).toBe(v + 1);
      expect(ids(await store.listForums({ actor: 'b' }, { limit: 10 }))).toEqual([]);
    });

    it('putMember adds or re-roles a member; unknown forum 404, unknown actor 422', async () => {
      const store = ctx.store();
      await createActors(store, actor('a'), actor('b'));
      await store.createForum(forum('gruppen', [{ actorId: 'b', role: 'member' }]));
      const added = await store.putMember('gruppen', 'a', 'lead');
      expect(added.created).toBe(true);
      expect(added.value.members).toEqual([
        { actorId: 'a', role: 'lead' },
        { actorId: 'b', role: 'member' },
      ]);
      const v = await store.version();
      expect(await store.putMember('gruppen', 'a', 'lead')).toEqual({ value: added.value, created: false });
      expect(await store.version()).toBe(v);
      const rerolled = await store.putMember('gruppen', 'a', 'member');
      expect(rerolled.created).toBe(false);
      expect(rerolled.value.members[0]).toEqual({ actorId: 'a', role: 'member' });
      expect(await store.version()).toBe(v + 1);
      await leavesNoTrace(store, async () => {
        await rejects(store.putMember('ingen', 'a', 'member'), NotFoundError);
      });
      await leavesNoTrace(store, () => rejects(store.putMember('gruppen', 'ingen', 'member'), ReferenceError422, ['actorId']));
    });

    it('deleteMember removes one member; unknown forum or non-member is NotFoundError', async () => {
      const store = ctx.store();
      await createActors(store, actor('a'), actor('b'), actor('c'));
      await store.createForum(
        forum('gruppen', [
          { actorId: 'a', role: 'lead' },
          { actorId: 'b', role: 'member' },
        ]),
      );
      const after = await store.deleteMember('gruppen', 'a');
      expect(after.members).toEqual([{ actorId: 'b', role: 'member' }]);
      expect(await store.getForum('gruppen')).toEqual(after);
      await leavesNoTrace(store, async () => {
        await rejects(store.deleteMember('gruppen', 'a'), NotFoundError);
      });
      await rejects(store.deleteMember('gruppen', 'c'), NotFoundError);
      await rejects(store.deleteMember('ingen', 'b'), NotFoundError);
    });

    it('deleteForum removes the forum and its memberships, never the actors', async () => {
      const store = ctx.store();
      await createActors(store, actor('a'), actor('b'));
      await store.createForum(forum('gruppen', [{ actorId: 'a', role: 'lead' }]));
      await store.createForum(forum('natverket', [{ actorId: 'a', role: 'member' }]));
      await store.deleteForum('gruppen');
      expect(await store.getForum('gruppen')).toBeNull();
      expect(ids(await store.listForums({ actor: 'a' }, { limit: 10 }))).toEqual(['natverket']);
      await store.deleteForum('natverket');
      await store.deleteActor('a'); // no memberships left, so no cascade needed
      expect(await store.getActor('b')).not.toBeNull();
      await leavesNoTrace(store, () => rejects(store.deleteForum('gruppen'), NotFoundError));
    });

    it('listForums filters by area and member, with paging', async () => {
      const store = ctx.store();
      await createActors(store, actor('a'), actor('b'));
      await store.createForum(forum('f1', [{ actorId: 'a', role: 'lead' }], { areas: ['crime'] }));
      await store.createForum(
        forum(
          'f2',
          [
            { actorId: 'a', role: 'member' },
            { actorId: 'b', role: 'lead' },
          ],
          { areas: ['housing', 'crime'] },
        ),
      );
      await store.createForum(forum('f3', [], { areas: ['education'] }));
      const list = async (filter: Parameters<typeof store.listForums>[0]) => ids(await store.listForums(filter, { limit: 10 }));
      expect(await list({})).toEqual(['f1', 'f2', 'f3']);
      expect(await list({ area: 'crime' })).toEqual(['f1', 'f2']);
      expect(await list({ actor: 'b' })).toEqual(['f2']);
      expect(await list({ actor: 'a', area: 'housing' })).toEqual(['f2']);
      const page = await store.listForums({}, { limit: 2 });
      expect([ids(page), page.lastId]).toEqual([['f1', 'f2'], 'f2']);
      expect(page.items[1]?.members).toEqual([
        { actorId: 'a', role: 'member' },
        { actorId: 'b', role: 'lead' },
      ]);
      const rest = await store.listForums({}, { limit: 2, after: 'f2' });
      expect([ids(rest), rest.lastId, rest.items[0]?.members]).toEqual([['f3'], null, []]);
    });
  });
}
