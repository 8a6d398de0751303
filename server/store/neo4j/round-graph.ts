// One round's graph in the Neo4j store: the shared write flows over this adapter's queries, and
// the reads, every query given the round's $mappingId and $roundId (the first two parts of each
// record's key, so a per-round read is an index seek). A write checks the round first (404
// unknown, 409 closed); a read that finds nothing asks whether the round exists at all.
import type { RoundRef } from '../../domain/mappings.ts';
import type { StoredLayout } from '../../domain/layout.ts';
import type { Actor, Collaboration, Forum, Source } from '../../domain/schemas.ts';
import { runAsync, type Flow } from '../flow/step.ts';
import { FlowStore } from '../flow/store.ts';
import type { StoreTx } from '../flow/tx.ts';
import type { ActorFilter, CollaborationFilter, ForumFilter, GraphSnapshot, GraphStore, Page, PageRequest } from '../port.ts';
import { layoutIds, liveLayout } from '../rules/layout.ts';
import { assertOpen } from '../rules/rounds.ts';
import { Neo4jTx } from './primitives.ts';
import * as reads from './reads.ts';
import { resolveRound } from './rounds.ts';
import type { Tx } from './tx.ts';

/** How the store lends a transaction scoped to a round. */
export interface Neo4jAccess {
  session<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>, ref?: RoundRef): Promise<T>;
  /** A one-query read that callers in flight share, keyed by what it reads (neo4j-store.ts). */
  sharedRead<T>(key: string, work: (tx: Tx) => Promise<T>, ref?: RoundRef): Promise<T>;
}

export const scopeOf = (ref: RoundRef) => ({ mappingId: ref.mapping, roundId: ref.round });

export class Neo4jRoundGraph extends FlowStore implements GraphStore {
  readonly kind = 'neo4j' as const;

  constructor(
    private readonly access: Neo4jAccess,
    readonly ref: RoundRef,
    /** Whom the history names for this graph's writes. */
    private readonly who: string,
  ) {
    super();
  }

  /** A read in the round; an answer of nothing is checked against the round's existence (404). */
  private async read<T>(work: (tx: Tx) => Promise<T>, empty: (value: T) => boolean): Promise<T> {
    return this.access.session(
      'READ',
      async (tx) => {
        const value = await work(tx);
        if (empty(value)) await resolveRound(tx, this.ref);
        return value;
      },
      this.ref,
    );
  }

  protected write<T>(work: (tx: StoreTx) => Flow<T>): Promise<T> {
    return this.access.session(
      'WRITE',
      async (tx) => {
        assertOpen(await resolveRound(tx, this.ref));
        const result = await runAsync(work(new Neo4jTx(tx, { who: this.who, round: this.ref })));
        if (tx.changed) {
          // The counter slot is the transaction's own (counter-slots.ts); the round is bound by tx.
          tx.send('round-bump');
        }
        return result;
      },
      this.ref,
    );
  }

  async version(): Promise<number> {
    const key = `version ${this.ref.mapping}/${this.ref.round}`;
    return this.access.sharedRead(key, async (tx) => (await resolveRound(tx, this.ref)).version, this.ref);
  }

  async listSources(): Promise<Source[]> {
    return this.read(reads.allSources, (list) => list.length === 0);
  }

  async getSource(id: string): Promise<Source | null> {
    return this.read(
      async (tx) => (await new Neo4jTx(tx, { who: this.who, round: this.ref }).sources([id])).get(id) ?? null,
      (found) => found === null,
    );
  }

  async listActors(filter: ActorFilter, page: PageRequest): Promise<Page<Actor>> {
    return this.read(
      (tx) => reads.listActors(tx, filter, page),
      (p) => p.items.length === 0,
    );
  }

  async getActor(id: string): Promise<Actor | null> {
    return this.read(
      (tx) => reads.getActor(tx, id),
      (found) => found === null,
    );
  }

  async listCollaborations(filter: CollaborationFilter, page: PageRequest): Promise<Page<Collaboration>> {
    return this.read(
      (tx) => reads.listCollaborations(tx, filter, page),
      (p) => p.items.length === 0,
    );
  }

  async getCollaboration(id: string): Promise<Collaboration | null> {
    return this.read(
      (tx) => reads.getCollaboration(tx, id),
      (found) => found === null,
    );
  }

  async listForums(filter: ForumFilter, page: PageRequest): Promise<Page<Forum>> {
    return this.read(
      (tx) => reads.listForums(tx, filter, page),
      (p) => p.items.length === 0,
    );
  }

  async getForum(id: string): Promise<Forum | null> {
    return this.read(
      (tx) => reads.getForum(tx, id),
      (found) => found === null,
    );
  }

  async getLayout(): Promise<StoredLayout | null> {
    return this.read(
      async (tx) => {
        const stored = await reads.storedLayout(tx);
        return stored === null
          ? null
          : liveLayout(stored, await new Neo4jTx(tx, { who: this.who, round: this.ref }).layoutNodes(layoutIds(stored.positions)));
      },
      (found) => found === null,
    );
  }

  async snapshot(): Promise<GraphSnapshot> {
    return this.access.session(
      'READ',
      async (tx): Promise<GraphSnapshot> => ({ ...(await reads.snapshot(tx)), version: (await resolveRound(tx, this.ref)).version }),
      this.ref,
    );
  }
}
