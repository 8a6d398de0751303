// One round's graph in the embedded store: the shared write flows (../flow/) and the reads of
// reads.ts, every statement scoped to the round's key. The round is looked up inside each
// transaction, so a round deleted or closed by another request is seen at once.
import type { RoundRef } from '../../domain/mappings.ts';
import type { StoredLayout } from '../../domain/layout.ts';
import type { Actor, Collaboration, Forum, Source } from '../../domain/schemas.ts';
import { runSync, type Flow } from '../flow/step.ts';
import { FlowStore } from '../flow/store.ts';
import type { StoreTx } from '../flow/tx.ts';
import type { ActorFilter, CollaborationFilter, ForumFilter, GraphSnapshot, GraphStore, Page, PageRequest, SnapshotJson } from '../port.ts';
import { layoutIds, liveLayout } from '../rules/layout.ts';
import { assertOpen, mappingNotFound, roundNotFound } from '../rules/rounds.ts';
import * as reads from './reads.ts';
import { snapshotJson } from './snapshot-json.ts';
import { getMappingRow, getRoundRow, nextVersion, roundFromRow, setRoundVersion, type RoundRow } from './rounds.ts';
import { sql, type Db } from './sql.ts';
import { EmbeddedTx } from './tx.ts';

/** How the store lends its connection: a guarded read, or one IMMEDIATE transaction. */
export interface EmbeddedAccess {
  read<T>(work: (db: Db) => T): T;
  transaction<T>(work: (db: Db) => T): T;
}

/** The round's row; 404 naming the mapping or the round when either is unknown. */
export function resolveRound(db: Db, ref: RoundRef): RoundRow {
  const row = getRoundRow(db, ref);
  if (row !== undefined) return row;
  throw getMappingRow(db, ref.mapping) === undefined ? mappingNotFound(ref.mapping) : roundNotFound(ref);
}

export class EmbeddedRoundGraph extends FlowStore implements GraphStore {
  readonly kind = 'embedded' as const;

  constructor(
    private readonly access: EmbeddedAccess,
    readonly ref: RoundRef,
    /** Whom the history names for this graph's writes. */
    private readonly who: string,
  ) {
    super();
  }

  /** A read within the round: `key` is its rounds.key. */
  private within<T>(work: (db: Db, key: number) => T): T {
    return this.access.read((db) => work(db, resolveRound(db, this.ref).key));
  }

  protected async write<T>(work: (tx: StoreTx) => Flow<T>): Promise<T> {
    return this.access.transaction((db) => {
      const round = resolveRound(db, this.ref);
      assertOpen(roundFromRow(round));
      const changes = (): number => (sql(db, 'SELECT total_changes() AS n').get() as { n: number }).n;
      const before = changes();
      const result = runSync(work(new EmbeddedTx(db, round.key, { now: new Date().toISOString(), who: this.who, round: this.ref })));
      if (changes() !== before) setRoundVersion(db, round.key, nextVersion(db));
      return result;
    });
  }

  async version(): Promise<number> {
    return this.access.read((db) => resolveRound(db, this.ref).version);
  }

  async listSources(): Promise<Source[]> {
    return this.within(reads.allSources);
  }

  async getSource(id: string): Promise<Source | null> {
    return this.within((db, key) => reads.getSource(db, key, id));
  }

  async listActors(filter: ActorFilter, page: PageRequest): Promise<Page<Actor>> {
    return this.within((db, key) => reads.listActors(db, key, filter, page));
  }

  async getActor(id: string): Promise<Actor | null> {
    return this.within((db, key) => reads.getActor(db, key, id));
  }

  async listCollaborations(filter: CollaborationFilter, page: PageRequest): Promise<Page<Collaboration>> {
    return this.within((db, key) => reads.listCollaborations(db, key, filter, page));
  }

  async getCollaboration(id: string): Promise<Collaboration | null> {
    return this.within((db, key) => reads.getCollaboration(db, key, id));
  }

  async listForums(filter: ForumFilter, page: PageRequest): Promise<Page<Forum>> {
    return this.within((db, key) => reads.listForums(db, key, filter, page));
  }

  async getForum(id: string): Promise<Forum | null> {
    return this.within((db, key) => reads.getForum(db, key, id));
  }

  async getLayout(): Promise<StoredLayout | null> {
    return this.within((db, key) => {
      const stored = reads.storedLayout(db, key);
      return stored === null ? null : liveLayout(stored, reads.layoutNodes(db, key, layoutIds(stored.positions)));
    });
  }

  async snapshot(): Promise<GraphSnapshot> {
    return this.access.read((db) =>
      db
        .transaction(() => {
          const { key, version } = resolveRound(db, this.ref);
          return {
            version,
            sources: reads.allSources(db, key),
            actors: reads.allActors(db, key),
            forums: reads.allForums(db, key),
            collaborations: reads.allCollaborations(db, key),
          };
        })
        .deferred(),
    );
  }

  async snapshotJson(): Promise<SnapshotJson> {
    return this.access.read((db) =>
      db
        .transaction(() => {
          const { key, version } = resolveRound(db, this.ref);
          return snapshotJson(db, key, version);
        })
        .deferred(),
    );
  }
}
