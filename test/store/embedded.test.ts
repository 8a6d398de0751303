// The store contract against the embedded SQLite adapter, plus what only a file-backed SQLite
// store has: WAL mode, durability across reopen, and transactions that roll back when SQLite
// itself fails half-way (forced here with a trigger, since the port offers no way to fail).
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../server/store/embedded/embedded-store.ts';
import { SCHEMA_VERSION } from '../../server/store/embedded/schema.ts';
import { LEGACY_REF } from '../../server/store/legacy.ts';
import type { GraphSnapshot, GraphStore, Store } from '../../server/store/port.ts';
import { storeContract } from './contract.ts';
import { actor, evidence, forum, REPORT, tie } from './contract/fixtures.ts';

storeContract(
  'embedded (:memory:)',
  async () => {
    const store = new EmbeddedStore({ file: ':memory:' });
    await store.init();
    return store;
  },
  async (store: Store) => (store as EmbeddedStore).clear(),
);

describe('EmbeddedStore on a file', () => {
  let folder: string;
  let file: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'samverkan-embedded-'));
    file = join(folder, 'nested', 'graph.db');
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  async function open(): Promise<EmbeddedStore> {
    const store = new EmbeddedStore({ file });
    await store.init();
    return store;
  }

  /** The store and the graph of its legacy round, made on first use (a migrated file has it). */
  async function openLegacy(): Promise<{ root: EmbeddedStore; store: GraphStore }> {
    const root = await open();
    if ((await root.getMapping(LEGACY_REF.mapping)) === null) {
      await root.createMapping({
        id: LEGACY_REF.mapping,
        name: 'Trollhättan',
        place: 'Trollhättan',
        topic: 'segregation',
        languages: ['sv'],
      });
      await root.createRound(LEGACY_REF.mapping, {
        id: LEGACY_REF.round,
        label: '2019',
        observedOn: '2019',
        sources: [],
        kind: 'observed',
      });
    }
    return { root, store: root.round(LEGACY_REF) };
  }

  /** A second, raw connection: to look at pragmas and to plant faults. */
  function raw<T>(work: (db: Database.Database) => T): T {
    const db = new Database(file);
    try {
      return work(db);
    } finally {
      db.close();
    }
  }

  it('creates the folder, starts with no mappings and uses WAL', async () => {
    const store = await open();
    expect(await store.listMappings()).toEqual([]);
    expect(raw((db) => db.pragma('journal_mode', { simple: true }))).toBe('wal');
    await store.close();
  });

  it('keeps data and version across close and reopen; init is idempotent', async () => {
    const { root: firstRoot, store: first } = await openLegacy();
    await first.importDataset({
      sources: [],
      actors: [actor('a'), actor('b', 'state')],
      forums: [],
      collaborations: [tie('a-b', 'a', 'b')],
    });
    const before = await first.snapshot();
    await firstRoot.close();
    const second = await open();
    await second.init();
    expect(await second.round(LEGACY_REF).snapshot()).toEqual(before);
    await second.close();
  });

  it('migrates a database made by the release before Swedish descriptions: data kept, descriptionSv stored after', async () => {
    // Both fixture files were written by that release's EmbeddedStore (user_version 0, no
    // description_sv columns); the JSON is its snapshot of the same data.
    mkdirSync(dirname(file), { recursive: true });
    copyFileSync(new URL('./fixtures/embedded-before-sv.db', import.meta.url), file);
    const before = JSON.parse(
      readFileSync(new URL('./fixtures/embedded-before-sv.snapshot.json', import.meta.url), 'utf8'),
    ) as GraphSnapshot;
    expect(raw((db) => db.pragma('user_version', { simple: true }))).toBe(0);
    const { root, store } = await openLegacy();
    expect(await store.snapshot()).toEqual(before);
    expect(raw((db) => db.pragma('user_version', { simple: true }))).toBe(SCHEMA_VERSION);
    const columns = raw((db) => (db.pragma('table_info(actors)') as { name: string }[]).map((c) => c.name));
    expect(columns).toContain('description_sv');

    const updated = await store.updateActor('kommunstyrelsen', (a) => ({ ...a, descriptionSv: 'Samordnar kommunens arbete.' }));
    const tie = await store.updateCollaboration('ks-af', (c) => ({ ...c, descriptionSv: 'Gemensamt projekt.' }));
    await root.close();
    const reopened = await open(); // a second migrate finds nothing left to do
    const graph = reopened.round(LEGACY_REF);
    expect(await graph.getActor('kommunstyrelsen')).toEqual(updated);
    expect((await graph.getCollaboration('ks-af'))?.descriptionSv).toBe(tie.descriptionSv);
    expect(await graph.version()).toBe(before.version + 2);
    await reopened.close();
  });

  it('migrates a one-graph database of the release before mappings into trollhattan-segregation/2019, once', async () => {
    // Written by that release's EmbeddedStore from test/fixtures/small-dataset.json (user_version 2);
    // the JSON is its snapshot.
    mkdirSync(dirname(file), { recursive: true });
    copyFileSync(new URL('./fixtures/embedded-one-graph.db', import.meta.url), file);
    const before = JSON.parse(
      readFileSync(new URL('./fixtures/embedded-one-graph.snapshot.json', import.meta.url), 'utf8'),
    ) as GraphSnapshot;
    expect(raw((db) => db.pragma('user_version', { simple: true }))).toBe(2);
    const root = await open();
    expect((await root.listMappings()).map((m) => [m.id, m.place, m.languages])).toEqual([
      ['trollhattan-segregation', 'Trollhättan', ['sv', 'en']],
    ]);
    expect(await root.listRounds(LEGACY_REF.mapping)).toEqual([
      expect.objectContaining({
        id: '2019',
        kind: 'observed',
        observedOn: '2019',
        closed: false,
        sources: before.sources.map((s) => s.id),
      }),
    ]);
    expect(await root.round(LEGACY_REF).snapshot()).toEqual(before);
    await root.round(LEGACY_REF).deleteActor('aby-kommun', { cascade: true });
    const after = await root.round(LEGACY_REF).snapshot();
    await root.close();
    const again = await open(); // the migration ran once: the deleted actor stays deleted, no second mapping
    expect(await again.round(LEGACY_REF).snapshot()).toEqual(after);
    expect(await again.listMappings()).toHaveLength(1);
    await again.close();
  });

  it('a cascade delete that fails at its last step leaves everything in place', async () => {
    const { root, store } = await openLegacy();
    await store.importDataset({
      sources: [],
      actors: [actor('parent'), actor('unit', 'municipal', { parentId: 'parent' }), actor('other', 'state')],
      forums: [forum('gruppen', [{ actorId: 'parent', role: 'lead' }])],
      collaborations: [tie('parent-other', 'parent', 'other')],
    });
    const before = await store.snapshot();
    raw((db) => db.exec(`CREATE TRIGGER refuse_delete BEFORE DELETE ON actors BEGIN SELECT RAISE(ABORT, 'planted fault'); END`));
    await expect(store.deleteActor('parent', { cascade: true })).rejects.toThrow(/planted fault/);
    expect(await store.snapshot()).toEqual(before);
    await root.close();
  });

  it('an import that fails on its last collaboration leaves everything in place', async () => {
    const { root, store } = await openLegacy();
    await store.importDataset({ sources: [], actors: [actor('a'), actor('b')], forums: [], collaborations: [] });
    const before = await store.snapshot();
    raw((db) =>
      db.exec(
        `CREATE TRIGGER refuse_tie BEFORE INSERT ON collaborations WHEN NEW.id = 'sista' BEGIN SELECT RAISE(ABORT, 'planted fault'); END`,
      ),
    );
    const dataset = {
      sources: [],
      actors: [actor('a', 'state'), actor('c')],
      forums: [forum('ny', [{ actorId: 'c', role: 'lead' }])],
      collaborations: [tie('a-b', 'a', 'b'), tie('sista', 'b', 'c')],
    };
    await expect(store.importDataset(dataset)).rejects.toThrow(/planted fault/);
    expect(await store.snapshot()).toEqual(before);
    await root.close();
  });
  it('a replace that fails at its last delete leaves everything in place', async () => {
    const { root, store } = await openLegacy();
    await store.importDataset({
      sources: [REPORT],
      actors: [actor('a', 'municipal', { evidence: [evidence()] }), actor('b')],
      forums: [forum('gruppen', [{ actorId: 'b', role: 'lead' }])],
      collaborations: [tie('a-b', 'a', 'b')],
    });
    const before = await store.snapshot();
    raw((db) => db.exec(`CREATE TRIGGER refuse_source BEFORE DELETE ON sources BEGIN SELECT RAISE(ABORT, 'planted fault'); END`));
    const dataset = { sources: [], actors: [actor('a', 'state'), actor('c')], forums: [], collaborations: [] };
    await expect(store.replaceDataset(dataset)).rejects.toThrow(/planted fault/);
    expect(await store.snapshot()).toEqual(before);
    await root.close();
  });
});
