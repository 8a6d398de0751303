// The Neo4j GraphStore: one driver per store, one managed transaction per port call. Reads use
// executeRead; writes run a shared flow (../flow/) over this adapter's queries (primitives.ts)
// in executeWrite. The driver retries both on transient failures (a deadlock among them), so
// every unit of work here is pure apart from its transaction (the `change` callbacks included).
// The graph version lives on a (:Meta {key: 'graph'}) node, bumped in the same transaction as
// any write that changed something.
import { randomInt } from 'node:crypto';
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Actor, Collaboration, Forum, Source } from '../../domain/schemas.ts';
import { StoreUnavailableError } from '../../errors.ts';
import { runAsync, type Flow } from '../flow/step.ts';
import { FlowStore } from '../flow/store.ts';
import type { StoreTx } from '../flow/tx.ts';
import type { ActorFilter, CollaborationFilter, ForumFilter, GraphSnapshot, GraphStore, Page, PageRequest } from '../port.ts';
import { loadCypher, splitStatements } from './cypher.ts';
import { mapNeo4jError } from './errors.ts';
import { Neo4jTx } from './primitives.ts';
import { QUERY_NAMES, type Queries } from './queries.ts';
import * as reads from './reads.ts';
import { Tx, type Row } from './tx.ts';

/** How many counter nodes the graph version is spread over (meta-bump.cypher says why). */
const VERSION_SHARDS = 16;

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

export class Neo4jStore extends FlowStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  private readonly driver: Driver;
  private readonly queries: Queries;
  private readonly database: string | undefined;
  private closed = false;

  constructor(options: Neo4jStoreOptions) {
    super();
    // Eager: a missing .cypher file stops start-up here rather than failing a request later.
    this.queries = loadCypher(QUERY_NAMES, options.cypherDir);
    this.database = options.database;
    this.driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      maxTransactionRetryTime: options.maxRetryTimeMs ?? 5_000,
      connectionTimeout: 5_000,
      connectionAcquisitionTimeout: 10_000,
      userAgent: 'samverkan',
    });
  }

  /** One session per unit of work, always closed; the driver reconnects after an outage. */
  private async session<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>): Promise<T> {
    if (this.closed) throw new StoreUnavailableError();
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const unit = async (raw: ManagedTransaction): Promise<T> => {
      const tx = new Tx(raw, this.queries);
      const result = await work(tx);
      if (tx.changed) tx.send('meta-bump', { shard: `graph-${randomInt(VERSION_SHARDS)}` });
      return result;
    };
    try {
      return mode === 'READ' ? await session.executeRead(unit) : await session.executeWrite(unit);
    } catch (error) {
      throw mapNeo4jError(error);
    } finally {
      await session.close().catch(() => undefined); // a dead connection must not hide the real error
    }
  }

  private read<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.session('READ', work);
  }

  protected write<T>(work: (tx: StoreTx) => Flow<T>): Promise<T> {
    return this.session('WRITE', (tx) => runAsync(work(new Neo4jTx(tx))));
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

  async version(): Promise<number> {
    return this.read(reads.readVersion);
  }

  /** Delete every record (tests, a fresh seed). Counts as a write: the version goes up. */
  async clear(): Promise<void> {
    await this.session('WRITE', (tx) => tx.write('clear'));
  }

  /** Delete everything in the database, the version node included: for tests only. */
  async wipe(): Promise<void> {
    // Run as a read so no version bump recreates the Meta node the wipe just deleted.
    await this.session('WRITE', async (tx) => {
      await tx.read('wipe');
    });
  }

  async listSources(): Promise<Source[]> {
    return this.read(reads.allSources);
  }

  async getSource(id: string): Promise<Source | null> {
    return this.read(async (tx) => (await new Neo4jTx(tx).sources([id])).get(id) ?? null);
  }

  async listActors(filter: ActorFilter, page: PageRequest): Promise<Page<Actor>> {
    return this.read((tx) => reads.listActors(tx, filter, page));
  }

  async getActor(id: string): Promise<Actor | null> {
    return this.read((tx) => reads.getActor(tx, id));
  }

  async listCollaborations(filter: CollaborationFilter, page: PageRequest): Promise<Page<Collaboration>> {
    return this.read((tx) => reads.listCollaborations(tx, filter, page));
  }

  async getCollaboration(id: string): Promise<Collaboration | null> {
    return this.read((tx) => reads.getCollaboration(tx, id));
  }

  async listForums(filter: ForumFilter, page: PageRequest): Promise<Page<Forum>> {
    return this.read((tx) => reads.listForums(tx, filter, page));
  }

  async getForum(id: string): Promise<Forum | null> {
    return this.read((tx) => reads.getForum(tx, id));
  }

  async snapshot(): Promise<GraphSnapshot> {
    return this.read(reads.snapshot);
  }
}
