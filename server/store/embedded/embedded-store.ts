// The embedded GraphStore: one SQLite file (or ':memory:') through better-sqlite3, for running
// Samverkan without a Neo4j server. WAL lets readers and one writer share the file across
// processes. Every write is one IMMEDIATE transaction that bumps the version in `meta` only
// when a row actually changed, so a failure half-way or a no-op leaves nothing behind.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Dataset } from '../../domain/inputs.ts';
import type { Actor, Collaboration, Forum, MemberRole, Source } from '../../domain/schemas.ts';
import { NotFoundError, StoreUnavailableError } from '../../errors.ts';
import type {
  ActorFilter,
  ActorRecord,
  CollaborationFilter,
  CollaborationRecord,
  CreateCollaborationOptions,
  DeleteActorOptions,
  ForumFilter,
  ForumRecord,
  GraphSnapshot,
  GraphStore,
  ImportResult,
  Page,
  PageRequest,
  Upserted,
} from '../port.ts';
import {
  actorProblems,
  assertNoParallel,
  assertNoParentCycle,
  assertNotSelfTie,
  assertReferences,
  assertSameId,
  collaborationProblems,
  conflictOnId,
  forumProblems,
  reshapes,
  storeKnown,
} from './checks.ts';
import { importInto } from './import.ts';
import * as reads from './reads.ts';
import { migrate } from './schema.ts';
import { sql, storeError, type Db } from './sql.ts';
import * as writes from './writes.ts';

export interface EmbeddedStoreOptions {
  /** A file path (its folder is created if missing) or ':memory:'. */
  file: string;
}

/** The getters after a write in the same transaction: the record is there. */
function must<T>(value: T | null): T {
  if (value === null) throw new Error('embedded store: a record written in this transaction is missing');
  return value;
}

export class EmbeddedStore implements GraphStore {
  readonly kind = 'embedded' as const;
  private readonly db: Db;

  constructor(options: EmbeddedStoreOptions) {
    if (options.file !== ':memory:' && options.file !== '') mkdirSync(dirname(options.file), { recursive: true });
    this.db = new Database(options.file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL'); // safe with WAL: a crash may lose the last commit, never corrupt
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
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
  private write<T>(work: (db: Db, now: string) => T): T {
    return this.read((db) =>
      db
        .transaction(() => {
          const changes = (): number => (sql(db, 'SELECT total_changes() AS n').get() as { n: number }).n;
          const before = changes();
          const result = work(db, new Date().toISOString());
          if (changes() !== before) sql(db, "UPDATE meta SET value = value + 1 WHERE key = 'version'").run();
          return result;
        })
        .immediate(),
    );
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
    this.write((db) => {
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

  async putSource(source: Source): Promise<Upserted<Source>> {
    return this.write((db) => {
      const created = writes.upsertSource(db, source) === 'created';
      return { value: must(reads.getSource(db, source.id)), created };
    });
  }

  async listActors(filter: ActorFilter, page: PageRequest): Promise<Page<Actor>> {
    return this.read((db) => reads.listActors(db, filter, page));
  }

  async getActor(id: string): Promise<Actor | null> {
    return this.read((db) => reads.getActor(db, id));
  }

  async createActor(actor: ActorRecord): Promise<Actor> {
    return this.write((db, now) => {
      if (reads.getActor(db, actor.id)) throw conflictOnId('actor', actor.id);
      return this.saveActor(db, actor, now).value;
    });
  }

  async putActor(actor: ActorRecord): Promise<Upserted<Actor>> {
    return this.write((db, now) => this.saveActor(db, actor, now));
  }

  async updateActor(id: string, change: (current: Actor) => ActorRecord): Promise<Actor> {
    return this.write((db, now) => {
      const next = change(reads.getActor(db, id) ?? notFound('Actor', id));
      assertSameId(id, next);
      return this.saveActor(db, next, now).value;
    });
  }

  private saveActor(db: Db, actor: ActorRecord, now: string): Upserted<Actor> {
    assertReferences(actorProblems(actor, storeKnown(db)));
    assertNoParentCycle(db, actor.id, actor.parentId ?? undefined);
    const created = writes.upsertActor(db, actor, now) === 'created';
    return { value: must(reads.getActor(db, actor.id)), created };
  }

  async deleteActor(id: string, options?: DeleteActorOptions): Promise<void> {
    this.write((db, now) => writes.removeActor(db, id, options?.cascade === true, now));
  }

  async listCollaborations(filter: CollaborationFilter, page: PageRequest): Promise<Page<Collaboration>> {
    return this.read((db) => reads.listCollaborations(db, filter, page));
  }

  async getCollaboration(id: string): Promise<Collaboration | null> {
    return this.read((db) => reads.getCollaboration(db, id));
  }

  async createCollaboration(record: CollaborationRecord, options?: CreateCollaborationOptions): Promise<Collaboration> {
    return this.write((db, now) => {
      if (reads.getCollaboration(db, record.id)) throw conflictOnId('collaboration', record.id);
      return this.saveCollaboration(db, record, options?.allowParallel !== true, now);
    });
  }

  async updateCollaboration(
    id: string,
    change: (current: Collaboration) => CollaborationRecord,
    options?: CreateCollaborationOptions,
  ): Promise<Collaboration> {
    return this.write((db, now) => {
      const current = reads.getCollaboration(db, id) ?? notFound('Collaboration', id);
      const next = change(current);
      assertSameId(id, next);
      // Editing a curated parallel tie (say its description) must not trip the rule it predates.
      return this.saveCollaboration(db, next, options?.allowParallel !== true && reshapes(current, next), now);
    });
  }

  private saveCollaboration(db: Db, record: CollaborationRecord, checkParallel: boolean, now: string): Collaboration {
    assertNotSelfTie(record);
    assertReferences(collaborationProblems(record, storeKnown(db)));
    if (checkParallel) assertNoParallel(db, record);
    writes.upsertCollaboration(db, record, now);
    return must(reads.getCollaboration(db, record.id));
  }

  async deleteCollaboration(id: string): Promise<void> {
    this.write((db) => writes.removeCollaboration(db, id));
  }

  async listForums(filter: ForumFilter, page: PageRequest): Promise<Page<Forum>> {
    return this.read((db) => reads.listForums(db, filter, page));
  }

  async getForum(id: string): Promise<Forum | null> {
    return this.read((db) => reads.getForum(db, id));
  }

  async createForum(record: ForumRecord): Promise<Forum> {
    return this.write((db, now) => {
      if (reads.getForum(db, record.id)) throw conflictOnId('forum', record.id);
      return this.saveForum(db, record, now).value;
    });
  }

  async putForum(record: ForumRecord): Promise<Upserted<Forum>> {
    return this.write((db, now) => this.saveForum(db, record, now));
  }

  private saveForum(db: Db, record: ForumRecord, now: string): Upserted<Forum> {
    assertReferences(forumProblems(record, storeKnown(db)));
    const created = writes.upsertForum(db, record, now) === 'created';
    return { value: must(reads.getForum(db, record.id)), created };
  }

  async deleteForum(id: string): Promise<void> {
    this.write((db) => writes.removeForum(db, id));
  }

  async putMember(forumId: string, actorId: string, role: MemberRole): Promise<Upserted<Forum>> {
    return this.write((db, now) => {
      const created = writes.setMember(db, forumId, actorId, role, now);
      return { value: must(reads.getForum(db, forumId)), created };
    });
  }

  async deleteMember(forumId: string, actorId: string): Promise<Forum> {
    return this.write((db, now) => {
      writes.removeMember(db, forumId, actorId, now);
      return must(reads.getForum(db, forumId));
    });
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

  async importDataset(dataset: Dataset): Promise<ImportResult> {
    return this.write((db, now) => importInto(db, dataset, now));
  }
}

function notFound(kind: string, id: string): never {
  throw new NotFoundError(kind, id);
}
