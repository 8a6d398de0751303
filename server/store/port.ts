// The store port: everything the routes, the seed loader and the analytics need from a graph
// store: mappings and rounds (Store) and each round's graph (GraphStore). Two adapters implement it (embedded SQLite, Neo4j) and one contract suite
// (test/store/contract.ts) holds them to the same behaviour.
//
// Every write is atomic: it either happens whole or leaves nothing behind. Adapters report
// problems with the errors in ../errors.ts (404 unknown id, 409 conflicts, 422 references to
// things that do not exist) and bump the round's version on every write that changes something.
import type { Actor, Area, Collaboration, CollaborationType, Forum, MemberRole, Sector, Source, Status } from '../domain/schemas.ts';
import type { ActorCreate, CollaborationCreate, Dataset, ForumCreate } from '../domain/inputs.ts';
import type { Change, ChangeFilter } from '../domain/changes.ts';
import type { CarriedFields } from '../domain/carried-fields.ts';
import type { LayoutPositions, StoredLayout } from '../domain/layout.ts';
import type { Mapping, MappingCreate, MappingPatch, Round, RoundCreate, RoundPatch, RoundRef } from '../domain/mappings.ts';

/** A new or replacing actor as the store receives it: id known, lists filled in. */
export type ActorRecord = ActorCreate & { id: string };
export type CollaborationRecord = CollaborationCreate & { id: string };
export type ForumRecord = ForumCreate & { id: string };

export interface PageRequest {
  limit: number;
  /** List items with ids after this one (keyset pagination, ordered by id). */
  after?: string | undefined;
}

export interface Page<T> {
  items: T[];
  /** The last id of this page when more may follow; pass it back as `after`. */
  lastId: string | null;
}

export interface ActorFilter {
  sector?: Sector | undefined;
  area?: Area | undefined;
  /** Name search, case- and diacritic-insensitive ("kronogarden" finds Kronogården). */
  q?: string | undefined;
}

export interface CollaborationFilter {
  /** Either end of the tie. */
  actor?: string | undefined;
  type?: CollaborationType | undefined;
  status?: Status | undefined;
  area?: Area | undefined;
}

export interface ForumFilter {
  area?: Area | undefined;
  /** Forums this actor is a member of. */
  actor?: string | undefined;
}

export interface CreateCollaborationOptions {
  /** Allow a second tie between the same two actors in an area they already share a tie in. */
  allowParallel?: boolean;
}

export interface DeleteActorOptions {
  /** Also delete its collaborations and memberships, and detach its units. */
  cascade?: boolean;
}

/** The whole graph at one version: what /api/graph and the analytics start from. */
export interface GraphSnapshot {
  version: number;
  sources: Source[];
  actors: Actor[];
  forums: Forum[];
  collaborations: Collaboration[];
}

/**
 * A snapshot as JSON text (what the worker threads take), with the counts a caller needs without
 * parsing it. The text parses to exactly what snapshot() returns at `version`.
 */
export interface SnapshotJson {
  version: number;
  actors: number;
  forums: number;
  collaborations: number;
  json: string;
}

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * How an import treats what the round holds and the dataset leaves out: `upsert` keeps it,
 * `replace` deletes it, so the round ends up holding exactly the dataset.
 */
export type ImportMode = 'upsert' | 'replace';

export interface ReplaceResult extends ImportResult {
  /** Stored records the dataset did not name, now deleted. */
  deleted: number;
}

export interface Upserted<T> {
  value: T;
  created: boolean;
}

export interface DeleteMappingOptions {
  /** Also delete its rounds and everything in them; without it a mapping with rounds is a 409. */
  cascade?: boolean;
}

/** A new round: empty, or a copy of another round of the same mapping (scenario: maybe realised). */
export type RoundInput = RoundCreate;

/**
 * The store: mappings, their rounds, and each round's graph. Per-round reads and writes go through
 * `round(ref)`, which checks nothing until used: an unknown mapping or round is a 404 naming it on
 * the first call, a write to a closed round a 409 naming it. Writes to mappings and rounds are
 * recorded in the history as made by `who` (default 'system'), like every write in a round.
 */
export interface Store {
  readonly kind: 'neo4j' | 'embedded';

  /** Create schema (tables, constraints, indexes) and migrate older data; idempotent. */
  init(): Promise<void>;
  /** Resolves when the store answers a trivial query; rejects otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;

  /** Mappings in id order. */
  listMappings(): Promise<Mapping[]>;
  getMapping(id: string): Promise<Mapping | null>;
  /** 409 when the id exists. */
  createMapping(input: MappingCreate, who?: string): Promise<Mapping>;
  /** 404 unknown. */
  patchMapping(id: string, patch: MappingPatch, who?: string): Promise<Mapping>;
  /** 404 unknown; 409 when it has rounds, unless cascade. */
  deleteMapping(id: string, options?: DeleteMappingOptions, who?: string): Promise<void>;

  /** The rounds of a mapping, oldest observation first; 404 unknown mapping. */
  listRounds(mapping: string): Promise<Round[]>;
  getRound(ref: RoundRef): Promise<Round | null>;
  /**
   * The round the short routes answer from when none is configured: the latest observed round (by
   * the date it observes, then id) of the oldest mapping (by when it was made, then id), so a
   * mapping added later never moves it; null when there is none.
   */
  latestObservedRound(): Promise<Round | null>;
  /** 404 unknown mapping or copyFrom; 409 when the id exists. A copy is one transaction. */
  createRound(mapping: string, input: RoundInput, who?: string): Promise<Round>;
  /** 404 unknown; closing and reopening are patches too (a closed round takes only `closed`). */
  patchRound(ref: RoundRef, patch: RoundPatch, who?: string): Promise<Round>;
  /** 404 unknown; 409 when closed. Deletes everything in it. */
  deleteRound(ref: RoundRef, who?: string): Promise<void>;

  /** The graph of one round; its writes are recorded as made by `who` (default 'system'). */
  round(ref: RoundRef, who?: string): GraphStore;

  /** The history, newest first; `after` is the id of the last change of the previous page. */
  listChanges(filter: ChangeFilter, page: PageRequest): Promise<Page<Change>>;
  getChange(id: string): Promise<Change | null>;
  /**
   * Undo one change as `who`, recorded as a change of its own: 404 unknown, 422 a change to a
   * mapping or round, 409 when a record it touched changed since (naming them) or the round is closed.
   */
  revertChange(id: string, who: string): Promise<Change>;
}

/** One round's graph: what the routes, the seed loader and the analytics need. */
export interface GraphStore {
  readonly kind: 'neo4j' | 'embedded';
  readonly ref: RoundRef;

  /** Bumped by every write to this round that changes something; shared by all processes. */
  version(): Promise<number>;

  listSources(): Promise<Source[]>;
  getSource(id: string): Promise<Source | null>;
  putSource(source: Source): Promise<Upserted<Source>>;

  listActors(filter: ActorFilter, page: PageRequest): Promise<Page<Actor>>;
  getActor(id: string): Promise<Actor | null>;
  /** 409 when the id exists; 422 when parentId or an evidence source is unknown. */
  createActor(actor: ActorRecord): Promise<Actor>;
  /** Create or replace; keeps createdAt; the actor's ties take the new sector's type. */
  putActor(actor: ActorRecord): Promise<Upserted<Actor>>;
  /** Read, change and write in one transaction; `change` must be pure (it may run twice). */
  updateActor(id: string, change: (current: Actor) => ActorRecord): Promise<Actor>;
  /** 404 unknown; 409 when it has ties, memberships or units, unless cascade. */
  deleteActor(id: string, options?: DeleteActorOptions): Promise<void>;

  listCollaborations(filter: CollaborationFilter, page: PageRequest): Promise<Page<Collaboration>>;
  getCollaboration(id: string): Promise<Collaboration | null>;
  /** 409 duplicate id or a parallel tie; 422 unknown actor or source. */
  createCollaboration(record: CollaborationRecord, options?: CreateCollaborationOptions): Promise<Collaboration>;
  updateCollaboration(
    id: string,
    change: (current: Collaboration) => CollaborationRecord,
    options?: CreateCollaborationOptions,
  ): Promise<Collaboration>;
  deleteCollaboration(id: string): Promise<void>;

  listForums(filter: ForumFilter, page: PageRequest): Promise<Page<Forum>>;
  getForum(id: string): Promise<Forum | null>;
  /** 409 when the id exists; 422 unknown member or source. */
  createForum(record: ForumRecord): Promise<Forum>;
  /** Create or replace, members included. */
  putForum(record: ForumRecord): Promise<Upserted<Forum>>;
  deleteForum(id: string): Promise<void>;
  /** 404 unknown forum; 422 unknown actor. */
  putMember(forumId: string, actorId: string, role: MemberRole): Promise<Upserted<Forum>>;
  /** 404 unknown forum or not a member. */
  deleteMember(forumId: string, actorId: string): Promise<Forum>;

  snapshot(): Promise<GraphSnapshot>;
  /**
   * The snapshot as text, where the store can write it cheaper than snapshot() and a stringify
   * (the embedded store). Optional: analytics/service.ts shares snapshot() without it, and
   * store/snapshot-json.ts's readSnapshotJson stringifies it.
   */
  snapshotJson?(): Promise<SnapshotJson>;
  /**
   * Upsert a whole dataset in one transaction. Idempotent: records equal to what is stored are
   * left alone (and counted unchanged); data not named in the dataset is never touched.
   * `carried`: the fields a partial file holds per kind; a stored record keeps every other field.
   */
  importDataset(dataset: Dataset, carried?: CarriedFields): Promise<ImportResult>;
  /**
   * Merge a duplicate actor into another (flow/merge.ts): its ties, memberships, units and evidence
   * move, parallel ties are combined, and it is deleted; one `merge` change. 404 either unknown.
   */
  mergeActor(id: string, into: string): Promise<Actor>;
  /** Undo a change made in this round (Store.revertChange says when it may not). */
  revert(change: Change): Promise<Change>;
  /**
   * importDataset, then delete every source, actor, forum and tie the dataset does not name, all
   * in the same transaction. The dataset may refer only to itself (what it omits is going). Idempotent.
   */
  replaceDataset(dataset: Dataset): Promise<ReplaceResult>;

  /** The saved layout, without positions of records deleted since; null when none was saved. */
  getLayout(): Promise<StoredLayout | null>;
  /**
   * Replace the round's layout (a write like any other: the version moves, a closed round refuses
   * it); 422 naming every key (as /api/graph keys nodes) that is no actor or forum of the round. Copied with the round.
   */
  saveLayout(positions: LayoutPositions): Promise<StoredLayout>;
  /**
   * saveLayout, but only while the round has no layout (the first layout, computed once and kept,
   * so an edit moves nothing already placed); 412 when it has one, leaving it and the version as they were.
   */
  saveFirstLayout(positions: LayoutPositions): Promise<StoredLayout>;
}
