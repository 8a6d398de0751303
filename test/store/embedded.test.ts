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
import type { GraphSnapshot, GraphStore } from '../../server/store/port.ts';
import { storeContract } from './contract.ts';
import { actor, forum, tie } from './contract/fixtures.ts';

storeContract(
  'embedded (:memory:)',
  async () => {
    const store = new EmbeddedStore({ file: ':memory:' });
    await store.init();
    return store;
  },
  async (store: GraphStore) => (store as EmbeddedStore).clear(),
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

  /** A second, raw connection: to look at pragmas and to plant faults. */
  function raw<T>(work: (db: Database.Database) => T): T {
    const db = new Database(file);
    try {
      return work(db);
    } finally {
      db.close();
    }
  }

  it('creates the folder, starts at version 0 and uses WAL', async () => {
    const store = await open();
    expect(await store.version()).toBe(0);
    expect(raw((db) => db.pragma('journal_mode', { simple: true }))).toBe('wal');
    await store.close();
  });

  it('keeps data and version across close and reopen; init is idempotent', async () => {
    const first = await open();
    await first.importDataset({
      sources: [],
      actors: [actor('a'), actor('b', 'state')],
      forums: [],
      collaborations: [tie('a-b', 'a', 'b')],
    });
    const before = await first.snapshot();
    await first.close();
    const second = await open();
    await second.init();
    expect(await second.snapshot()).toEqual(before);
    expect(before.version).toBe(1);
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
    const store = await open();
    expect(await store.snapshot()).toEqual(before);
    expect(raw((db) => db.pragma('user_version', { simple: true }))).toBe(SCHEMA_VERSION);
    const columns = raw((db) => (db.pragma('table_info(actors)') as { name: string }[]).map((c) => c.name));
    expect(columns).toContain('description_sv');

    const updated = await store.updateActor('kommunstyrelsen', (a) => ({ ...a, descriptionSv: 'Samordnar kommunens arbete.' }));
    const tie = await store.updateCollaboration('ks-af', (c) => ({ ...c, descriptionSv: 'Gemensamt projekt.' }));
    await store.close();
    const reopened = await open(); // a second migrate finds nothing left to do
    expect(await reopened.getActor('kommunstyrelsen')).toEqual(updated);
    expect((await reopened.getCollaboration('ks-af'))?.descriptionSv).toBe(tie.descriptionSv);
    expect(await reopened.version()).toBe(before.version + 2);
    await reopened.close();
  });

  it('a cascade delete that fails at its last step leaves everything in place', async () => {
    const store = await open();
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
    await store.close();
  });

  it('an import that fails on its last collaboration leaves everything in place', async () => {
    const store = await open();
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
    await store.close();
  });
});
