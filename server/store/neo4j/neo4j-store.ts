// The Neo4j Store: one driver per store, one managed transaction per port call. Mappings and
// rounds are (:Mapping) and (:Round) nodes (rounds.ts); each round's graph is a Neo4jRoundGraph
// whose writes run the shared flows (../flow/) in executeWrite. The driver retries both reads and
// writes on transient failures (a deadlock among them), so every unit of work here is pure
// apart from its transaction (the `change` callbacks included). The store-wide version lives on
// (:Meta) counter nodes, bumped in the same transaction as any write that changed something.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Mapping, MappingCreate, MappingPatch, Round, RoundPatch, RoundRef } from '../../domain/mappings.ts';
import { ConflictError, StoreUnavailableError } from '../../errors.ts';
import { LEGACY_MAPPING, LEGACY_ROUND } from '../legacy.ts';
import type { Change, ChangeFilter } from '../../domain/changes.ts';
import { roundLevelChange } from '../flow/history.ts';
import { revertThrough } from '../flow/revert.ts';
import type { DeleteMappingOptions, GraphStore, Page, PageRequest, RoundInput, Store } from '../port.ts';
import {
  assertDeletable,
  assertOpen,
  DECLARED_GAP_STATUSES,
  mappingNotFound,
  newMapping,
  newRound,
  patchedMapping,
  patchedRound,
} from '../rules/rounds.ts';
import * as changes from './changes.ts';
import { CounterSlots } from './counter-slots.ts';
import { loadCypher, splitStatements } from './cypher.ts';
import { mapNeo4jError } from './errors.ts';
import { QUERY_NAMES, type Queries } from './queries.ts';
import * as reads from './reads.ts';
import { Neo4jRoundGraph, scopeOf, type Neo4jAccess } from './round-graph.ts';
import * as rounds from './rounds.ts';
import { SharedReads } from './shared-reads.ts';
import { Tx, type Row } from './tx.ts';

/** Connections the driver may open: writes in flight at once, past which callers queue. */
const POOL_SIZE = 100;
/**
 * Version counters per round and store-wide (counter-slots.ts): as many as the writers usually in
 * flight, so they rarely queue on one; every write reads its round's version, summing them all.
 */
const COUNTER_SLOTS = 32;

export interface Neo4jStoreOptions {
  uri: string;
  user: string;
  password: string;
  database?: string | undefined;
  /** Where the .cypher files are; the repo's cypher/ folder unless a test says otherwise. */
  cypherDir?: string | undefined;
  /** How long the driver keeps retrying a transaction on transient errors (default 5 s). */
  maxRetryTimeMs?: number | undefined;
}

export class Neo4jStore implements Store {
  readonly kind = 'neo4j' as const;
  private readonly driver: Driver;
  private readonly queries: Queries;
  private readonly database: string | undefined;
  private closed = false;
  private readonly slots = new CounterSlots(COUNTER_SLOTS);
  /** The reads every request makes before its answer (round, version), shared by callers in flight. */
  private readonly shared = new SharedReads();
  private readonly access: Neo4jAccess = {
    session: (mode, work, ref) => this.session(mode, work, ref),
    sharedRead: (key, work, ref) => this.sharedRead(key, work, ref),
  };

  constructor(options: Neo4jStoreOptions) {
    // Eager: a missing .cypher file stops start-up here rather than failing a request later.
    this.queries = loadCypher(QUERY_NAMES, options.cypherDir);
    this.database = options.database;
    this.driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      maxConnectionPoolSize: POOL_SIZE,
      maxTransactionRetryTime: options.maxRetryTimeMs ?? 5_000,
      connectionTimeout: 5_000,
      connectionAcquisitionTimeout: 10_000,
      userAgent: 'samverkan',
    });
  }

  /**
   * One session per unit of work, always closed; the driver reconnects after an outage. A write
   * holds a counter slot (counter-slots.ts) for its version bump, every query given it as $slot.
   */
  private async session<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>, ref?: RoundRef): Promise<T> {
    if (this.closed) throw new StoreUnavailableError();
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    let slot: number | undefined;
    const unit = async (raw: ManagedTransaction): Promise<T> => {
      // Leased once the transaction is open (a retry keeps it), so writers still waiting for a
      // connection hold none.
      if (mode === 'WRITE') slot ??= this.slots.lease();
      const tx = new Tx(raw, this.queries, { ...(ref === undefined ? {} : scopeOf(ref)), ...(slot === undefined ? {} : { slot }) });
      const result = await work(tx);
      // A round's graph bumps its own counters with the store-wide one (round-graph.ts).
      if (tx.changed && ref === undefined) tx.send('meta-bump');
      return result;
    };
    try {
      return mode === 'READ' ? await session.executeRead(unit) : await session.executeWrite(unit);
    } catch (error) {
      throw mapNeo4jError(error);
    } finally {
      if (slot !== undefined) this.slots.release(slot);
      await session.close().catch(() => undefined); // a dead connection must not hide the real error
    }
  }

  /**
   * A read of one query that callers in flight share (shared-reads.ts), sent without a
   * transaction of its own: one message down the socket, where BEGIN, the query and COMMIT take
   * three, and on loopback each write costs both ends CPU. Only for work that runs one query, as
   * each query would be a transaction of its own; there is no retry, and the store gate answers
   * for a store that is down.
   */
  private sharedRead<T>(key: string, work: (tx: Tx) => Promise<T>, ref?: RoundRef): Promise<T> {
    return this.shared.read(key, async () => {
      if (this.closed) throw new StoreUnavailableError();
      const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
      try {
        return await work(new Tx(session, this.queries, ref === undefined ? {} : scopeOf(ref)));
      } catch (error) {
        throw mapNeo4jError(error);
      } finally {
        await session.close().catch(() => undefined);
      }
    });
  }

  private read<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.session('READ', work);
  }

  private write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.session('WRITE', work);
  }

  async init(): Promise<void> {
    if (this.closed) throw new StoreUnavailableError();
    // Schema changes cannot share a transaction with each other's data checks: one each.
    for (const statement of splitStatements(this.queries.schema)) {
      const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
      try {
        await session.executeWrite((tx) => tx.run(statement));
      } catch (error) {
        throw mapNeo4jError(error);
      } finally {
        await session.close().catch(() => undefined);
      }
    }
    await this.adoptLegacyGraph();
  }

  /**
   * Once, on the first start after an upgrade: the one graph of a release before mappings becomes
   * the legacy mapping's round, its version continuing from the store-wide one.
   */
  private async adoptLegacyGraph(): Promise<void> {
    await this.write(async (tx) => {
      const [row] = await tx.read('legacy-adopt', scopeOf({ mapping: LEGACY_MAPPING.id, round: LEGACY_ROUND.id }));
      if (row === undefined || row.adopted === 0) return;
      const now = new Date().toISOString();
      if ((await rounds.getMapping(tx, LEGACY_MAPPING.id)) === null) {
        await rounds.saveMapping(tx, newMapping({ ...LEGACY_MAPPING, languages: [...LEGACY_MAPPING.languages] }, now));
      }
      const input = { ...LEGACY_ROUND, kind: 'observed' as const, sources: row.sourceIds as string[] };
      await rounds.saveRound(tx, newRound(LEGACY_MAPPING.id, input, now), await reads.readVersion(tx));
    });
  }

  async ping(): Promise<void> {
    if (this.closed) throw new StoreUnavailableError();
    // Auto-commit, not a managed transaction: a health check should answer now, not retry.
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      await session.run(this.queries.ping);
    } catch (error) {
      throw Object.defineProperty(new StoreUnavailableError(), 'cause', { value: error, enumerable: false });
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.driver.close();
  }

  /** The constraints and (other) indexes in the database: for tests and diagnostics. */
  async schema(): Promise<{ constraints: Row[]; indexes: Row[] }> {
    return this.read(async (tx) => ({ constraints: await tx.read('schema-show'), indexes: await tx.read('schema-indexes') }));
  }

  /** Delete every mapping, round, record and change (tests, a fresh seed); the store-wide version stays. */
  async clear(): Promise<void> {
    await this.session('WRITE', async (tx) => {
      await tx.read('clear');
    });
  }

  /** Delete everything in the database, the version nodes included: for tests only. */
  async wipe(): Promise<void> {
    // Run as a read so no version bump recreates the Meta node the wipe just deleted.
    await this.session('WRITE', async (tx) => {
      await tx.read('wipe');
    });
  }

  round(ref: RoundRef, who = 'system'): GraphStore {
    return new Neo4jRoundGraph(this.access, ref, who);
  }

  async listChanges(filter: ChangeFilter, page: PageRequest): Promise<Page<Change>> {
    return this.read((tx) => changes.listChanges(tx, filter, page));
  }

  async getChange(id: string): Promise<Change | null> {
    return this.read((tx) => changes.getChange(tx, id));
  }

  revertChange(id: string, who: string): Promise<Change> {
    return revertThrough(this, id, who);
  }

  async listMappings(): Promise<Mapping[]> {
    return this.sharedRead('mappings', rounds.listMappings);
  }

  async getMapping(id: string): Promise<Mapping | null> {
    return this.read((tx) => rounds.getMapping(tx, id));
  }

  async createMapping(input: MappingCreate, who = 'system'): Promise<Mapping> {
    const mapping = newMapping(input, new Date().toISOString());
    await this.write(async (tx) => {
      if ((await rounds.getMapping(tx, input.id)) !== null) throw new ConflictError(`mapping '${input.id}' already exists`);
      await rounds.saveMapping(tx, mapping);
      await changes.recordChange(tx, roundLevelChange('mapping', 'create', null, mapping, who, mapping.createdAt));
    });
    return mapping;
  }

  async patchMapping(id: string, patch: MappingPatch, who = 'system'): Promise<Mapping> {
    return this.write(async (tx) => {
      const current = await rounds.getMapping(tx, id);
      if (current === null) throw mappingNotFound(id);
      const mapping = patchedMapping(current, patch, new Date().toISOString());
      await rounds.saveMapping(tx, mapping);
      await changes.recordChange(tx, roundLevelChange('mapping', 'update', current, mapping, who, mapping.updatedAt));
      return mapping;
    });
  }

  async deleteMapping(id: string, options?: DeleteMappingOptions, who = 'system'): Promise<void> {
    await this.write(async (tx) => {
      const mapping = await rounds.getMapping(tx, id);
      if (mapping === null) throw mappingNotFound(id);
      const all = await rounds.listRounds(tx, id);
      assertDeletable(id, all.length, options?.cascade === true);
      for (const round of all) await tx.write('round-delete', scopeOf({ mapping: id, round: round.id }));
      await tx.write('mapping-delete', { id });
      await changes.recordChange(tx, roundLevelChange('mapping', 'delete', mapping, null, who, tx.now));
    });
  }

  async listRounds(mapping: string): Promise<Round[]> {
    return this.shared.read(`rounds ${mapping}`, () => this.read((tx) => rounds.listRounds(tx, mapping)));
  }

  async getRound(ref: RoundRef): Promise<Round | null> {
    return this.sharedRead(`round ${ref.mapping}/${ref.round}`, async (tx) => (await rounds.getRound(tx, ref)).round);
  }

  async latestObservedRound(): Promise<Round | null> {
    return this.sharedRead('latest observed round', rounds.latestObservedRound);
  }

  async createRound(mapping: string, input: RoundInput, who = 'system'): Promise<Round> {
    const now = new Date().toISOString();
    return this.write(async (tx) => {
      const ref = { mapping, round: input.id };
      const { mappingExists, round: taken } = await rounds.getRound(tx, ref);
      if (!mappingExists) throw mappingNotFound(mapping);
      if (taken !== null) throw new ConflictError(`round '${mapping}/${input.id}' already exists`);
      if (input.copyFrom !== undefined) await rounds.resolveRound(tx, { mapping, round: input.copyFrom });
      // Made at a store-wide version no earlier round reached, so its versions never repeat one.
      tx.send('meta-bump');
      const base = await reads.readVersion(tx);
      const round = { ...newRound(mapping, input, now), version: base };
      await rounds.saveRound(tx, round, base);
      if (input.copyFrom !== undefined) await tx.write('round-copy', { ...scopeOf({ mapping, round: input.copyFrom }), to: input.id });
      if (input.realise === 'declared') await tx.write('round-realise', { ...scopeOf(ref), statuses: DECLARED_GAP_STATUSES });
      await changes.recordChange(tx, roundLevelChange('round', 'create', null, round, who, now));
      return round;
    });
  }

  async patchRound(ref: RoundRef, patch: RoundPatch, who = 'system'): Promise<Round> {
    return this.write(async (tx) => {
      const before = await rounds.resolveRound(tx, ref);
      const round = patchedRound(before, patch, new Date().toISOString());
      await rounds.saveRound(tx, round);
      await changes.recordChange(tx, roundLevelChange('round', 'update', before, round, who, round.updatedAt));
      return round;
    });
  }

  async deleteRound(ref: RoundRef, who = 'system'): Promise<void> {
    await this.write(async (tx) => {
      const round = await rounds.resolveRound(tx, ref);
      assertOpen(round);
      await tx.write('round-delete', scopeOf(ref));
      await changes.recordChange(tx, roundLevelChange('round', 'delete', round, null, who, tx.now));
    });
  }
}
