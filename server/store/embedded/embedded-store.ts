// The embedded GraphStore: one SQLite file (or ':memory:') through better-sqlite3, for running
// Samverkan without a Neo4j server. WAL lets readers and one writer share the file across
// processes. Every write is one IMMEDIATE transaction running a shared flow (../flow/) over this
// adapter's SQL (tx.ts), and bumps the version in `meta` only when a row actually changed, so
// a failure half-way or a no-op leaves nothing behind.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Actor, Collaboration, Forum, Source } from '../../domain/schemas.ts';
import { StoreUnavailableError } from '../../errors.ts';
import { runSync, type Flow } from '../flow/step.ts';
import { FlowStore } from '../flow/store.ts';
import type { StoreTx } from '../flow/tx.ts';
import type { ActorFilter, CollaborationFilter, ForumFilter, GraphSnapshot, GraphStore, Page, PageRequest } from '../port.ts';
import * as reads from './reads.ts';
import { migrate } from './schema.ts';
import { sql, storeError, type Db } from './sql.ts';
import { EmbeddedTx } from './tx.ts';

export interface EmbeddedStoreOptions {
  /** A file path (its folder is created if missing) or ':memory:'. */
  file: string;
  /**
   * How long a write waits for another process's write lock before it is refused (503 store_busy).
   * The wait blocks the event loop (better-sqlite3 is synchronous), so keep it short. Default 5 s.
   */
  busyTimeoutMs?: number | undefined;
}

export class EmbeddedStore extends FlowStore implements GraphStore {
  readonly kind = 'embedded' as const;
  private readonly db: Db;

  constructor(options: EmbeddedStoreOptions) {
    super();
    if (options.file !== ':memory:' && options.file !== '') mkdirSync(dirname(options.file), { recursive: true });
    this.db = new Database(options.file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL'); // safe with WAL: a crash may lose the last commit, never corrupt
    this.db.pragma('foreign_keys = ON');
    this.db.pragma(`busy_timeout = ${Math.trunc(options.busyTimeoutMs ?? 5000)}`);
  }

  private read<T>(work: (db: Db) => T): T {
    try {
      if (!this.db.open) throw new StoreUnavailableError();
      return work(this.db);
    } catch (error) {
      throw storeError(error);
    }
  }

  /** One IMMEDIATE transaction (takes the write lock up front, so it cannot deadlock upgrading). */
  private transaction<T>(work: (db: Db) => T): T {
    return this.read((db) =>
      db
        .transaction(() => {
          const changes = (): number => (sql(db, 'SELECT total_changes() AS n').get() as { n: number }).n;
          const before = changes();
          const result = work(db);
          if (changes() !== before) sql(db, "UPDATE meta SET value = value + 1 WHERE key = 'version'").run();
          return result;
        })
        .immediate(),
    );
  }

  protected async write<T>(work: (tx: StoreTx) => Flow<T>): Promise<T> {
    return this.transaction((db) => runSync(work(new EmbeddedTx(db, { now: new Date().toISOString() }))));
  }

  async init(): Promise<void> {
    this.read((db) => db.transaction(() => migrate(db)).immediate());
  }

  async ping(): Promise<void> {
    try {
      this.read((db) => sql(db, 'SELECT 1').get());
    } catch {
      throw new StoreUnavailableError();
    }
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  async version(): Promise<number> {
    return this.read(reads.version);
  }

  /** Delete every record (tests, a fresh seed). Counts as a write: the version goes up. */
  async clear(): Promise<void> {
    this.transaction((db) => {
      for (const statement of [
        'DELETE FROM memberships',
        'DELETE FROM collaborations',
        'UPDATE actors SET parent_id = NULL WHERE parent_id IS NOT NULL',
        'DELETE FROM actors',
        'DELETE FROM forums',
        'DELETE FROM sources',
      ]) {
        sql(db, statement).run();
      }
    });
  }

  async listSources(): Promise<Source[]> {
    return this.read(reads.allSources);
  }

  async getSource(id: string): Promise<Source | null> {
    return this.read((db) => reads.getSource(db, id));
  }

  async listActors(filter: ActorFilter, page: PageRequest): Promise<Page<Actor>> {
    return this.read((db) => reads.listActors(db, filter, page));
  }

  async getActor(id: string): Promise<Actor | null> {
    return this.read((db) => reads.getActor(db, id));
  }

  async listCollaborations(filter: CollaborationFilter, page: PageRequest): Promise<Page<Collaboration>> {
    return this.read((db) => reads.listCollaborations(db, filter, page));
  }

  async getCollaboration(id: string): Promise<Collaboration | null> {
    return this.read((db) => reads.getCollaboration(db, id));
  }

  async listForums(filter: ForumFilter, page: PageRequest): Promise<Page<Forum>> {
    return this.read((db) => reads.listForums(db, filter, page));
  }

  async getForum(id: string): Promise<Forum | null> {
    return this.read((db) => reads.getForum(db, id));
  }

  async snapshot(): Promise<GraphSnapshot> {
    return this.read((db) =>
      db
        .transaction(() => ({
          version: reads.version(db),
          sources: reads.allSources(db),
          actors: reads.allActors(db),
          forums: reads.allForums(db),
          collaborations: reads.allCollaborations(db),
        }))
        .deferred(),
    );
  }
}
