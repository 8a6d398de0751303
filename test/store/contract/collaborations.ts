// Contract cases for collaborations: shape, derived type, references, the parallel-tie rule,
// updates, deletion and filtered paging.
import { describe, expect, it } from 'vitest';
import { collaborationType } from '../../../server/domain/collaboration-type.ts';
import type { Sector } from '../../../server/domain/schemas.ts';
import { SECTORS } from '../../../server/domain/vocabulary.ts';
import { ConflictError, NotFoundError, ReferenceError422, ValidationError } from '../../../server/errors.ts';
import { actor, createActors, evidence, ids, keys, leavesNoTrace, rejects, REPORT, tick, tie, type Ctx } from './fixtures.ts';

export function collaborationCases(ctx: Ctx): void {
  describe('collaborations', () => {
    it('createCollaboration returns the stored shape with the derived type', async () => {
      const store = ctx.store();
      await store.putSource(REPORT);
      await createActors(store, actor('kommunen', 'municipal'), actor('foreningen', 'civil_society'));
      const bare = await store.createCollaboration(tie('kommunen-foreningen', 'kommunen', 'foreningen'));
      expect(bare.type).toBe('civil_society');
      expect(keys(bare)).toEqual([
        'areas',
        'createdAt',
        'directed',
        'evidence',
        'forms',
        'id',
        'neighbourhoods',
        'source',
        'status',
        'target',
        'type',
        'updatedAt',
      ]);
      expect(await store.getCollaboration(bare.id)).toEqual(bare);

      const full = tie('finansiering', 'kommunen', 'foreningen', {
        status: 'needs_development',
        areas: ['democracy_civil_society'],
        forms: ['funding', 'premises'],
        strength: 2,
        since: '2016',
        until: '2019-06',
        directed: true,
        neighbourhoods: ['Sylte'],
        description: 'Föreningsbidrag och lokaler.',
        evidence: [evidence()],
      });
      const stored = await store.createCollaboration(full);
      expect(stored).toEqual({ ...full, type: 'civil_society', createdAt: stored.createdAt, updatedAt: stored.updatedAt });
      expect(await store.getCollaboration('ingen')).toBeNull();
    });

    it('the type follows collaborationType for every pair of sectors, in either order', async () => {
      const store = ctx.store();
      const sectors = SECTORS.map((s) => s.id as Sector);
      for (const s of sectors) await createActors(store, actor(`${s.replace('_', '-')}-1`, s), actor(`${s.replace('_', '-')}-2`, s));
      const slug = (s: Sector, n: number): string => `${s.replace('_', '-')}-${n}`;
      for (const [i, a] of sectors.entries()) {
        for (const b of sectors.slice(i)) {
          const created = await store.createCollaboration(tie(`${slug(b, 2)}-${slug(a, 1)}`, slug(b, 2), slug(a, 1)));
          expect(created.type, `${b} × ${a}`).toBe(collaborationType(a, b));
        }
      }
      const typeOf = async (id: string) => (await store.getCollaboration(id))?.type;
      expect(await typeOf('municipal-2-municipal-1')).toBe('internal');
      expect(await typeOf('civil-society-2-municipal-1')).toBe('civil_society');
      expect(await typeOf('business-2-state-1')).toBe('business');
      expect(await typeOf('state-2-regional-1')).toBe('state');
      expect(await typeOf('business-2-civil-society-1')).toBe('civil_society');
    });

    it('refuses self-ties (ValidationError on target), unknown ends and sources (422), taken ids (409)', async () => {
      const store = ctx.store();
      await store.putSource(REPORT);
      await createActors(store, actor('kommunen'), actor('polisen', 'state'));
      await store.createCollaboration(tie('samverkan', 'kommunen', 'polisen', { areas: ['crime'] }));
      const before = await store.snapshot();
      await rejects(store.createCollaboration(tie('sjalv', 'kommunen', 'kommunen')), ValidationError, ['target']);
      await rejects(store.createCollaboration(tie('t1', 'ingen', 'polisen')), ReferenceError422, ['source']);
      await rejects(store.createCollaboration(tie('t2', 'kommunen', 'ingen')), ReferenceError422, ['target']);
      const badSource = tie('t3', 'kommunen', 'polisen', { areas: ['housing'], evidence: [evidence(), evidence('okand')] });
      await rejects(store.createCollaboration(badSource), ReferenceError422, ['evidence.1.sourceId']);
      await rejects(store.createCollaboration(tie('samverkan', 'kommunen', 'polisen', { areas: ['housing'] })), ConflictError, ['id']);
      expect(await store.snapshot()).toEqual(before);
    });

    it('one tie per pair and area unless parallel ties are allowed', async () => {
      const store = ctx.store();
      await createActors(store, actor('a'), actor('b', 'state'), actor('c', 'business'));
      await store.createCollaboration(tie('a-b-boende', 'a', 'b', { areas: ['housing'] }));
      await leavesNoTrace(store, () =>
        rejects(store.createCollaboration(tie('b-a', 'b', 'a', { areas: ['crime', 'housing'] })), ConflictError, ['areas']),
      );
      await store.createCollaboration(tie('a-b-utbildning', 'a', 'b', { areas: ['education'] }));
      await store.createCollaboration(tie('a-c', 'a', 'c'));
      await rejects(store.createCollaboration(tie('c-a', 'c', 'a')), ConflictError, ['areas']);
      await store.createCollaboration(tie('c-a-brott', 'c', 'a', { areas: ['crime'] }));
      const parallel = await store.createCollaboration(tie('a-b-igen', 'a', 'b', { areas: ['housing'] }), { allowParallel: true });
      expect(parallel.areas).toEqual(['housing']);
      expect(ids(await store.listCollaborations({ actor: 'b' }, { limit: 10 }))).toEqual(['a-b-boende', 'a-b-igen', 'a-b-utbildning']);
    });

    it('a tie whose lists and evidence are emptied reads back empty, one by one and in the snapshot', async () => {
      const store = ctx.store();
      await store.putSource(REPORT);
      await createActors(store, actor('a'), actor('b', 'state'));
      await store.createCollaboration(
        tie('a-b', 'a', 'b', { areas: ['housing'], forms: ['meeting_group'], neighbourhoods: ['Lextorp'], evidence: [evidence()] }),
      );
      const emptied = await store.updateCollaboration('a-b', (c) => ({ ...c, areas: [], forms: [], neighbourhoods: [], evidence: [] }));
      expect([emptied.areas, emptied.forms, emptied.neighbourhoods, emptied.evidence]).toEqual([[], [], [], []]);
      expect(await store.getCollaboration('a-b')).toEqual(emptied);
      expect((await store.snapshot()).collaborations).toEqual([emptied]);
    });

    it('updateCollaboration changes a tie, keeps createdAt, and checks the parallel rule only when pair or areas change', async () => {
      const store = ctx.store();
      await createActors(store, actor('a'), actor('b', 'state'), actor('c', 'civil_society'));
      const created = await store.createCollaboration(tie('a-b', 'a', 'b', { areas: ['housing'] }));
      await store.createCollaboration(tie('a-b-brott', 'a', 'b', { areas: ['crime'] }));
      await tick();
      const updated = await store.updateCollaboration('a-b', (c) => ({ ...c, status: 'ended', until: '2020' }));
      expect(updated).toEqual({ ...created, status: 'ended', until: '2020', updatedAt: updated.updatedAt });
      expect(updated.updatedAt > created.updatedAt).toBe(true);

      const v = await store.version();
      expect(await store.updateCollaboration('a-b', (c) => c)).toEqual(updated);
      expect(await store.version()).toBe(v);

      await leavesNoTrace(store, () =>
        rejects(
          store.updateCollaboration('a-b', (c) => ({ ...c, areas: ['housing', 'crime'] })),
          ConflictError,
          ['areas'],
        ),
      );
      await store.updateCollaboration('a-b', (c) => ({ ...c, areas: ['housing', 'crime'] }), { allowParallel: true });
      // The two ties now overlap; editing one without touching pair or areas is still allowed.
      const described = await store.updateCollaboration('a-b', (c) => ({ ...c, description: 'Gemensamma möten.' }));
      expect(described.description).toBe('Gemensamma möten.');

      const moved = await store.updateCollaboration('a-b', (c) => ({ ...c, target: 'c' }));
      expect([moved.target, moved.type]).toEqual(['c', 'civil_society']);
      await rejects(
        store.updateCollaboration('ingen', (c) => c),
        NotFoundError,
      );
      await rejects(
        store.updateCollaboration('a-b', (c) => ({ ...c, id: 'b-a' })),
        ValidationError,
        ['id'],
      );
      await rejects(
        store.updateCollaboration('a-b', (c) => ({ ...c, source: 'ingen' })),
        ReferenceError422,
        ['source'],
      );
      await rejects(
        store.updateCollaboration('a-b', (c) => ({ ...c, source: 'c' })),
        ValidationError,
        ['target'],
      );
    });

    it("a sector change retypes the actor's ties in the same write (putActor and updateActor)", async () => {
      const store = ctx.store();
      await createActors(store, actor('m1'), actor('m2'), actor('s', 'state'));
      await store.createCollaboration(tie('m1-m2', 'm1', 'm2'));
      await store.createCollaboration(tie('m1-s', 'm1', 's'));
      await store.createCollaboration(tie('s-m2', 's', 'm2'));
      const typeOf = async (id: string) => (await store.getCollaboration(id))?.type;
      expect([await typeOf('m1-m2'), await typeOf('m1-s'), await typeOf('s-m2')]).toEqual(['internal', 'state', 'state']);

      const v = await store.version();
      await store.putActor(actor('m2', 'civil_society'));
      expect(await store.version()).toBe(v + 1);
      expect([await typeOf('m1-m2'), await typeOf('m1-s'), await typeOf('s-m2')]).toEqual(['civil_society', 'state', 'civil_society']);

      await store.updateActor('s', (current) => ({ ...current, sector: 'business' }));
      expect([await typeOf('m1-m2'), await typeOf('m1-s'), await typeOf('s-m2')]).toEqual(['civil_society', 'business', 'civil_society']);
      expect(ids(await store.listCollaborations({ type: 'business' }, { limit: 10 }))).toEqual(['m1-s']);

      await store.updateActor('m2', (current) => ({ ...current, sector: 'municipal' }));
      expect([await typeOf('m1-m2'), await typeOf('s-m2')]).toEqual(['internal', 'business']);
    });

    it('deleteCollaboration removes the tie; an unknown id is NotFoundError', async () => {
      const store = ctx.store();
      await createActors(store, actor('a'), actor('b'));
      await store.createCollaboration(tie('a-b', 'a', 'b'));
      const v = await store.version();
      await store.deleteCollaboration('a-b');
      expect(await store.getCollaboration('a-b')).toBeNull();
      expect(await store.version()).toBe(v + 1);
      await leavesNoTrace(store, () => rejects(store.deleteCollaboration('a-b'), NotFoundError));
      expect(await store.getActor('a')).not.toBeNull();
    });

    it('listCollaborations filters by actor (either end), type, status and area, with paging', async () => {
      const store = ctx.store();
      await createActors(store, actor('kommunen'), actor('skolan'), actor('polisen', 'state'), actor('foreningen', 'civil_society'));
      await store.createCollaboration(tie('t1', 'kommunen', 'skolan', { areas: ['education'] }));
      await store.createCollaboration(tie('t2', 'polisen', 'kommunen', { areas: ['crime'], status: 'needs_development' }));
      await store.createCollaboration(
        tie('t3', 'foreningen', 'kommunen', { areas: ['democracy_civil_society', 'education'], status: 'desired' }),
      );
      await store.createCollaboration(tie('t4', 'polisen', 'foreningen', { areas: ['crime'] }));
      const list = async (filter: Parameters<typeof store.listCollaborations>[0]) =>
        ids(await store.listCollaborations(filter, { limit: 10 }));
      expect(await list({})).toEqual(['t1', 't2', 't3', 't4']);
      expect(await list({ actor: 'kommunen' })).toEqual(['t1', 't2', 't3']);
      expect(await list({ actor: 'foreningen' })).toEqual(['t3', 't4']);
      expect(await list({ type: 'civil_society' })).toEqual(['t3', 't4']);
      expect(await list({ type: 'internal' })).toEqual(['t1']);
      expect(await list({ status: 'active' })).toEqual(['t1', 't4']);
      expect(await list({ area: 'education' })).toEqual(['t1', 't3']);
      expect(await list({ actor: 'polisen', area: 'crime', status: 'active' })).toEqual(['t4']);
      expect(await list({ actor: 'ingen' })).toEqual([]);

      const first = await store.listCollaborations({ actor: 'kommunen' }, { limit: 2 });
      expect([ids(first), first.lastId]).toEqual([['t1', 't2'], 't2']);
      const rest = await store.listCollaborations({ actor: 'kommunen' }, { limit: 2, after: 't2' });
      expect([ids(rest), rest.lastId]).toEqual([['t3'], null]);
    });
  });
}
