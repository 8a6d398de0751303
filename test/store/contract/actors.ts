// Contract cases for sources and actors: CRUD, upsert no-ops, references, paging and search.
import { describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError, ReferenceError422, ValidationError } from '../../../server/errors.ts';
import { actor, createActors, evidence, ids, keys, leavesNoTrace, rejects, REPORT, tick, type Ctx } from './fixtures.ts';

export function sourceAndActorCases(ctx: Ctx): void {
  describe('sources', () => {
    it('putSource creates, replaces, and changes nothing when the content is the same', async () => {
      const store = ctx.store();
      const v0 = await store.version();
      expect(await store.putSource(REPORT)).toEqual({ value: REPORT, created: true });
      expect(await store.version()).toBe(v0 + 1);
      expect(await store.putSource(REPORT)).toEqual({ value: REPORT, created: false });
      expect(await store.version()).toBe(v0 + 1);
      const published = { ...REPORT, publisher: 'Trollhättans stad', url: 'https://example.org/rapport.pdf' };
      expect(await store.putSource(published)).toEqual({ value: published, created: false });
      expect(await store.version()).toBe(v0 + 2);
      const back = await store.putSource(REPORT);
      expect(keys(back.value)).toEqual(['authors', 'id', 'title', 'year']);
      expect(await store.getSource(REPORT.id)).toEqual(REPORT);
    });

    it('listSources is ordered by id; an unknown id reads as null', async () => {
      const store = ctx.store();
      await store.putSource({ ...REPORT, id: 'z-rapport' });
      await store.putSource({ ...REPORT, id: 'a-rapport' });
      expect((await store.listSources()).map((s) => s.id)).toEqual(['a-rapport', 'z-rapport']);
      expect(await store.getSource('ingen')).toBeNull();
    });
  });

  describe('actors', () => {
    it('createActor returns the stored shape: unset optional fields absent, lists present, timestamps set', async () => {
      const store = ctx.store();
      const bare = await store.createActor(actor('polisen', 'state', { name: 'Polisen' }));
      expect(keys(bare)).toEqual(['areas', 'createdAt', 'evidence', 'id', 'name', 'neighbourhoods', 'sector', 'targetGroups', 'updatedAt']);
      expect(new Date(bare.createdAt).toISOString()).toBe(bare.createdAt);
      expect(bare.updatedAt).toBe(bare.createdAt);
      expect(await store.getActor('polisen')).toEqual(bare);

      await store.putSource(REPORT);
      const full = actor('naringslivsenheten', 'municipal', {
        name: 'Näringslivsenheten',
        parentId: 'polisen',
        areas: ['labour_market', 'education'],
        neighbourhoods: ['Kronogården', 'Lextorp'],
        targetGroups: ['nyanlända'],
        description: 'Enheten för näringslivsfrågor.',
        website: 'https://www.trollhattan.se/',
        evidence: [evidence(), evidence(REPORT.id, 's. 14')],
      });
      const stored = await store.createActor(full);
      expect(stored).toEqual({ ...full, createdAt: stored.createdAt, updatedAt: stored.updatedAt });
      expect(await store.getActor(full.id)).toEqual(stored);
      expect(await store.getActor('ingen')).toBeNull();
    });

    it('createActor with a taken id is a ConflictError naming id, and changes nothing', async () => {
      const store = ctx.store();
      await store.createActor(actor('polisen', 'state'));
      await leavesNoTrace(store, () => rejects(store.createActor(actor('polisen', 'business')), ConflictError, ['id']));
    });

    it('createActor pointing at an unknown parent or source is a ReferenceError422 naming each path', async () => {
      const store = ctx.store();
      await store.putSource(REPORT);
      const record = actor('enheten', 'municipal', { parentId: 'ingen', evidence: [evidence(), evidence('okand-kalla')] });
      await leavesNoTrace(store, () => rejects(store.createActor(record), ReferenceError422, ['parentId', 'evidence.1.sourceId']));
      expect(await store.getActor('enheten')).toBeNull();
    });

    it('putActor creates, an identical put changes nothing (created=false), a change keeps createdAt', async () => {
      const store = ctx.store();
      const record = actor('eidar', 'municipal', { name: 'Eidar', description: 'Bostadsbolag', areas: ['housing'] });
      const first = await store.putActor(record);
      expect(first.created).toBe(true);
      const v1 = await store.version();
      await tick();
      expect(await store.putActor(record)).toEqual({ value: first.value, created: false });
      expect(await store.version()).toBe(v1);
      await tick();
      const { description: _dropped, ...withoutDescription } = record;
      const changed = await store.putActor({ ...withoutDescription, name: 'Eidar AB' });
      expect(changed.created).toBe(false);
      expect(changed.value.name).toBe('Eidar AB');
      expect(changed.value).not.toHaveProperty('description');
      expect(changed.value.createdAt).toBe(first.value.createdAt);
      expect(changed.value.updatedAt > first.value.updatedAt).toBe(true);
      expect(await store.version()).toBe(v1 + 1);
    });

    it('putActor refuses a parent that would make an actor its own unit (ConflictError on parentId)', async () => {
      const store = ctx.store();
      await createActors(store, actor('forvaltningen'), actor('enheten', 'municipal', { parentId: 'forvaltningen' }));
      await leavesNoTrace(store, () =>
        rejects(store.putActor(actor('forvaltningen', 'municipal', { parentId: 'enheten' })), ConflictError, ['parentId']),
      );
      await rejects(store.putActor(actor('enheten', 'municipal', { parentId: 'enheten' })), ConflictError, ['parentId']);
    });

    it('updateActor reads, changes and writes; unknown ids, id changes and no-ops', async () => {
      const store = ctx.store();
      const created = await store.createActor(actor('polisen', 'state', { name: 'Polisen' }));
      await tick();
      const updated = await store.updateActor('polisen', (current) => ({ ...current, areas: ['crime'] }));
      expect(updated.areas).toEqual(['crime']);
      expect(updated.createdAt).toBe(created.createdAt);
      expect(updated.updatedAt > created.updatedAt).toBe(true);
      expect(await store.getActor('polisen')).toEqual(updated);

      const v = await store.version();
      expect(await store.updateActor('polisen', (current) => current)).toEqual(updated);
      expect(await store.version()).toBe(v);
      await rejects(
        store.updateActor('ingen', (current) => current),
        NotFoundError,
      );
      await leavesNoTrace(store, () =>
        rejects(
          store.updateActor('polisen', (c) => ({ ...c, id: 'polis' })),
          ValidationError,
          ['id'],
        ),
      );
      await leavesNoTrace(store, () =>
        rejects(
          store.updateActor('polisen', (c) => ({ ...c, parentId: 'ingen' })),
          ReferenceError422,
          ['parentId'],
        ),
      );
    });

    // Neo4j stores no property for an empty list or no evidence (store/neo4j/records.ts): emptied,
    // they must read back as empty and drop out of a filter, as they do in SQLite.
    it('updateActor emptying lists and evidence reads back empty, and an area filter no longer finds it', async () => {
      const store = ctx.store();
      await store.putSource(REPORT);
      await store.createActor(
        actor('polisen', 'state', {
          name: 'Polisen',
          areas: ['crime'],
          neighbourhoods: ['Lextorp'],
          targetGroups: ['unga'],
          evidence: [evidence()],
        }),
      );
      const emptied = await store.updateActor('polisen', (c) => ({ ...c, areas: [], neighbourhoods: [], targetGroups: [], evidence: [] }));
      expect([emptied.areas, emptied.neighbourhoods, emptied.targetGroups, emptied.evidence]).toEqual([[], [], [], []]);
      expect(await store.getActor('polisen')).toEqual(emptied);
      expect(ids(await store.listActors({ area: 'crime' }, { limit: 10 }))).toEqual([]);
      // The snapshot (analytics, /api/graph, compare) reads raw properties its own way: the same there.
      expect((await store.snapshot()).actors.find((a) => a.id === 'polisen')).toEqual(emptied);
      const refilled = await store.updateActor('polisen', (c) => ({ ...c, areas: ['crime'], evidence: [evidence()] }));
      expect(await store.getActor('polisen')).toEqual(refilled);
      expect(ids(await store.listActors({ area: 'crime' }, { limit: 10 }))).toEqual(['polisen']);
    });

    it('listActors pages by id: lastId only when the page is full', async () => {
      const store = ctx.store();
      await createActors(store, ...['e', 'c', 'a', 'd', 'b'].map((id) => actor(`aktor-${id}`)));
      const first = await store.listActors({}, { limit: 2 });
      expect([ids(first), first.lastId]).toEqual([['aktor-a', 'aktor-b'], 'aktor-b']);
      const second = await store.listActors({}, { limit: 2, after: 'aktor-b' });
      expect([ids(second), second.lastId]).toEqual([['aktor-c', 'aktor-d'], 'aktor-d']);
      const third = await store.listActors({}, { limit: 2, after: 'aktor-d' });
      expect([ids(third), third.lastId]).toEqual([['aktor-e'], null]);
      const exact = await store.listActors({}, { limit: 5 });
      expect(exact.lastId).toBe('aktor-e');
      expect(await store.listActors({}, { limit: 5, after: 'aktor-e' })).toEqual({ items: [], lastId: null });
      expect(ids(await store.listActors({}, { limit: 10, after: 'aktor-bb' }))).toEqual(['aktor-c', 'aktor-d', 'aktor-e']);
    });

    it('listActors filters by sector, area and name, case- and diacritic-insensitively, with paging', async () => {
      const store = ctx.store();
      await createActors(
        store,
        actor('fritidsgarden', 'municipal', { name: 'Kronogårdens fritidsgård', areas: ['democracy_civil_society'] }),
        actor('arbetsformedlingen', 'state', { name: 'Arbetsförmedlingen', areas: ['labour_market'] }),
        actor('foreningen', 'civil_society', { name: 'Föreningen Kronogården', areas: ['democracy_civil_society', 'housing'] }),
        actor('trollhattans-stad', 'municipal', { name: 'Trollhättans stad', areas: ['housing', 'education'] }),
      );
      const search = async (filter: Parameters<typeof store.listActors>[0]) => ids(await store.listActors(filter, { limit: 10 }));
      expect(await search({ q: 'kronogarden' })).toEqual(['foreningen', 'fritidsgarden']);
      expect(await search({ q: 'KRONOGÅRD' })).toEqual(['foreningen', 'fritidsgarden']);
      expect(await search({ q: 'arbetsformedlingen' })).toEqual(['arbetsformedlingen']);
      expect(await search({ q: 'Trollhattan' })).toEqual(['trollhattans-stad']);
      expect(await search({ q: 'ingenting' })).toEqual([]);
      expect(await search({ sector: 'municipal' })).toEqual(['fritidsgarden', 'trollhattans-stad']);
      expect(await search({ area: 'housing' })).toEqual(['foreningen', 'trollhattans-stad']);
      expect(await search({ sector: 'municipal', area: 'housing' })).toEqual(['trollhattans-stad']);
      expect(await search({ sector: 'business' })).toEqual([]);

      const first = await store.listActors({ q: 'krono' }, { limit: 1 });
      expect([ids(first), first.lastId]).toEqual([['foreningen'], 'foreningen']);
      const rest = await store.listActors({ q: 'krono' }, { limit: 1, after: 'foreningen' });
      expect([ids(rest), rest.lastId]).toEqual([['fritidsgarden'], 'fritidsgarden']);
      expect(await store.listActors({ q: 'krono' }, { limit: 1, after: 'fritidsgarden' })).toEqual({ items: [], lastId: null });
    });
  });
}
