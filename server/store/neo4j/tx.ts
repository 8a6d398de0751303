// A thin wrapper over a managed transaction: queries by name, results already converted to
// plain values, and a record of whether this unit of work wrote anything (the version bump).
import type { ManagedTransaction, Result } from 'neo4j-driver';
import type { Queries, QueryName } from './queries.ts';
import { plain, plainList, toParams } from './values.ts';

export type Row = Record<string, unknown>;

export class Tx {
  /** Set by write(); the store bumps the graph version once when the work is done. */
  changed = false;
  /** One timestamp per attempt, so every record written together carries the same time. */
  readonly now = new Date().toISOString();

  constructor(
    /** A managed transaction, or a session for a one-query read (neo4j-store.ts, sharedRead). */
    private readonly tx: Pick<ManagedTransaction, 'run'>,
    private readonly queries: Queries,
    /** Parameters every query of this unit gets: the round's $mappingId and $roundId. */
    private readonly scope: Row = {},
  ) {}

  async read(name: QueryName, params: Row = {}): Promise<Row[]> {
    const result = await this.run(name, params);
    return result.records.map((record) => plain(record.toObject()) as Row);
  }

  /**
   * The one column of every record, a list (a snapshot query's rows, snapshot-rows.ts), converted
   * in place: no object per record, nor a copy of each list, on 50 000 rows of a round.
   */
  async lists(name: QueryName, params: Row = {}): Promise<unknown[][]> {
    const result = await this.run(name, params);
    return result.records.map((record) => plainList(record.get(0) as unknown[]));
  }

  /** Run a query that changes the graph, and read what it returns. */
  async write(name: QueryName, params: Row = {}): Promise<Row[]> {
    this.changed = true;
    return this.read(name, params);
  }

  /**
   * Send a query that changes the graph without waiting for it: the next query or the commit
   * goes down the same connection right behind it, saving a round trip per write. Commit waits
   * for every query sent, and an error in one fails the transaction there.
   */
  send(name: QueryName, params: Row = {}): void {
    this.changed = true;
    void this.run(name, params);
  }

  /**
   * The driver records the caller's stack with every query, to print under a later error, and
   * formatting a stack through tsx's source maps cost this process about 1.5 ms of CPU per
   * write (a third of its share, bench/README.md). A failed query still carries the server's
   * message and code, which errors.ts maps; only that stack is left out.
   */
  private run(name: QueryName, params: Row): Result {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      return this.tx.run(this.queries[name], toParams({ now: this.now, ...this.scope, ...params }) as Row);
    } finally {
      Error.stackTraceLimit = limit;
    }
  }
}
