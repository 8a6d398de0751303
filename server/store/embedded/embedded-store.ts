// The embedded Store: one SQLite file (or ':memory:') through better-sqlite3, for running
// Samverkan without a Neo4j server. WAL lets readers and one writer share the file across
// processes. Mappings and rounds live here (rows in rounds.ts); each round's graph is an
// EmbeddedRoundGraph. Every write is one IMMEDIATE transaction, so a failure half-way or a
// no-op leaves nothing behind.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Mapping, MappingCreate, MappingPatch, Round, RoundRef } from '../../domain/mappings.ts';
import { ConflictError, StoreUnavailableError } from '../../errors.ts';
import type { Change, ChangeFilter } from '../../domain/changes.ts';
import { roundLevelChange } from '../flow/history.ts';
import { revertThrough } from '../flow/revert.ts';
import type { DeleteMappingOptions, GraphStore, Page, PageRequest, RoundInput, Store } from '../port.ts';
import {
  assertDeletable,
  assertOpen,
  mappingNotFound,
  newMapping,
  newRound,
  patchedMapping,
  patchedRound,
  roundNotFound,
} from '../rules/rounds.ts';
import { EmbeddedRoundGraph, resolveRound, type EmbeddedAccess } from './round-graph.ts';
import * as changes from './changes.ts';
import * as rows from './rounds.ts';
import { migrate } from './schema.ts';
import { sql, storeError, type Db } from './sql.ts';

export interface EmbeddedStoreOptions {
  /** A file path (its folder is created if missing) or ':memory:'. */
  file: string;
  /**
   * How long a write waits for another process's write lock before it is refused (503 store_busy).
   * The wait blocks the event loop (better-sqlite3 is synchronous), so keep it short. Default 5 s.
   */
  busyTimeoutMs?: number | undefined;
}

export class EmbeddedStore implements Store {
  readonly kind = 'embedded' as const;
  private readonly db: Db;
  private readonly access: EmbeddedAccess = {
    read: (work) => this.read(work),
    transaction: (work) => this.transaction(work),
  };

  constructor(options: EmbeddedStoreOptions) {
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
    return this.read((db) => db.transaction(() => work(db)).immediate());
  }

  async init(): Promise<void> {
    this.transaction(migrate);
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

  /** Delete every mapping, round, record and change (tests, a fresh seed). */
  async clear(): Promise<void> {
    this.transaction((db) => {
      for (const { key } of sql(db, 'SELECT key FROM rounds').all() as { key: number }[]) rows.deleteRoundRows(db, key);
      sql(db, 'DELETE FROM mappings').run();
      sql(db, 'DELETE FROM changes').run();
    });
  }

  round(ref: RoundRef, who = 'system'): GraphStore {
    return new EmbeddedRoundGraph(this.access, ref, who);
  }

  async listChanges(filter: ChangeFilter, page: PageRequest): Promise<Page<Change>> {
    return this.read((db) => changes.listChanges(db, filter, page));
  }

  async getChange(id: string): Promise<Change | null> {
    return this.read((db) => changes.getChange(db, id));
  }

  revertChange(id: string, who: string): Promise<Change> {
    return revertThrough(this, id, who);
  }

  async listMappings(): Promise<Mapping[]> {
    return this.read((db) => rows.allMappingRows(db).map(rows.mappingFromRow));
  }

  async getMapping(id: string): Promise<Mapping | null> {
    return this.read((db) => {
      const row = rows.getMappingRow(db, id);
      return row === undefined ? null : rows.mappingFromRow(row);
    });
  }

  async createMapping(input: MappingCreate, who = 'system'): Promise<Mapping> {
    const mapping = newMapping(input, new Date().toISOString());
    this.transaction((db) => {
      if (rows.getMappingRow(db, input.id) !== undefined) throw new ConflictError(`mapping '${input.id}' already exists`);
      rows.insertMapping(db, mapping);
      changes.insertChange(db, roundLevelChange('mapping', 'create', null, mapping, who, mapping.createdAt));
    });
    return mapping;
  }

  async patchMapping(id: string, patch: MappingPatch, who = 'system'): Promise<Mapping> {
    return this.transaction((db) => {
      const row = rows.getMappingRow(db, id);
      if (row === undefined) throw mappingNotFound(id);
      const before = rows.mappingFromRow(row);
      const mapping = patchedMapping(before, patch, new Date().toISOString());
      rows.updateMapping(db, mapping);
      changes.insertChange(db, roundLevelChange('mapping', 'update', before, mapping, who, mapping.updatedAt));
      return mapping;
    });
  }

  async deleteMapping(id: string, options?: DeleteMappingOptions, who = 'system'): Promise<void> {
    this.transaction((db) => {
      const row = rows.getMappingRow(db, id);
      if (row === undefined) throw mappingNotFound(id);
      const rounds = rows.roundRowsOf(db, id);
      assertDeletable(id, rounds.length, options?.cascade === true);
      for (const round of rounds) rows.deleteRoundRows(db, round.key);
      sql(db, 'DELETE FROM mappings WHERE id = ?').run(id);
      changes.insertChange(db, roundLevelChange('mapping', 'delete', rows.mappingFromRow(row), null, who, new Date().toISOString()));
    });
  }

  async listRounds(mapping: string): Promise<Round[]> {
    return this.read((db) => {
      if (rows.getMappingRow(db, mapping) === undefined) throw mappingNotFound(mapping);
      return rows.roundRowsOf(db, mapping).map(rows.roundFromRow);
    });
  }

  async getRound(ref: RoundRef): Promise<Round | null> {
    return this.read((db) => {
      const row = rows.getRoundRow(db, ref);
      return row === undefined ? null : rows.roundFromRow(row);
    });
  }

  async latestObservedRound(): Promise<Round | null> {
    return this.read((db) => {
      const row = rows.latestObservedRoundRow(db);
      return row === undefined ? null : rows.roundFromRow(row);
    });
  }

  async createRound(mapping: string, input: RoundInput, who = 'system'): Promise<Round> {
    const now = new Date().toISOString();
    return this.transaction((db) => {
      if (rows.getMappingRow(db, mapping) === undefined) throw mappingNotFound(mapping);
      const ref = { mapping, round: input.id };
      if (rows.getRoundRow(db, ref) !== undefined) throw new ConflictError(`round '${mapping}/${input.id}' already exists`);
      const from = input.copyFrom === undefined ? undefined : resolveRound(db, { mapping, round: input.copyFrom });
      const round = { ...newRound(mapping, input, now), version: rows.nextVersion(db) };
      const key = rows.insertRound(db, round);
      if (from !== undefined) rows.copyGraph(db, from.key, key);
      if (input.realise === 'declared') rows.realiseDeclared(db, key, now);
      changes.insertChange(db, roundLevelChange('round', 'create', null, round, who, now));
      return round;
    });
  }

  async patchRound(ref: RoundRef, patch: Parameters<Store['patchRound']>[1], who = 'system'): Promise<Round> {
    return this.transaction((db) => {
      const before = rows.roundFromRow(resolveRound(db, ref));
      const round = patchedRound(before, patch, new Date().toISOString());
      rows.updateRound(db, round);
      changes.insertChange(db, roundLevelChange('round', 'update', before, round, who, round.updatedAt));
      return round;
    });
  }

  async deleteRound(ref: RoundRef, who = 'system'): Promise<void> {
    this.transaction((db) => {
      const row = resolveRound(db, ref);
      const round = rows.roundFromRow(row);
      assertOpen(round);
      rows.deleteRoundRows(db, row.key);
      changes.insertChange(db, roundLevelChange('round', 'delete', round, null, who, new Date().toISOString()));
    });
  }
}

export { roundNotFound };
