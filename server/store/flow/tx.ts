// What a store adapter supplies to the write flows: primitive reads, locks and writes inside its
// own transaction, nothing more. The flows (this folder) decide what to check and in which
// order; an adapter only knows how to ask its database. Every primitive works within the
// transaction's context, set once when the adapter opens the transaction: a scope added to the
// context (the mapping and round of a later feature) reaches every primitive from there.
import type { StoredChange } from '../../domain/changes.ts';
import type { RoundRef } from '../../domain/mappings.ts';
import type { StoredLayout } from '../../domain/layout.ts';
import type { Actor, Collaboration, CollaborationType, Forum, Sector, Source } from '../../domain/schemas.ts';
import type { Dependents, Existing } from '../rules/checks.ts';
import type { LayoutNodes } from '../rules/layout.ts';
import type { Maybe } from './step.ts';

export interface TxContext {
  /** One timestamp per transaction attempt: every record written together carries it. */
  readonly now: string;
  /** Who writes: the request's key name, 'anonymous' without keys, 'system' for seeds and scripts. */
  readonly who: string;
  /** The round every primitive works in; a change is recorded under it. */
  readonly round: RoundRef;
}

/** What refers to an actor, by id: what deleting it with cascade takes along or changes. */
export interface DependentIds {
  collaborations: string[];
  forums: string[];
  units: string[];
}

/** A record as it was (null: not there) and as the flow will leave it. */
export interface Change<T> {
  before: T | null;
  after: T;
}

/** A tie with the sectors its two ends have now, to recompute its type. */
export interface TieSectors {
  id: string;
  type: CollaborationType;
  sourceSector: Sector;
  targetSector: Sector;
}

/** Ids of each kind of record in a round (ids are unique per kind only). */
export interface RecordIds {
  sources: string[];
  actors: string[];
  forums: string[];
  collaborations: string[];
}

export interface StoreTx {
  readonly context: TxContext;

  // Locked reads. A flow reads what decides its write through these: each record is locked
  // first (held until the transaction ends, taken in id order), then read as the latest commit
  // plus this transaction's writes, so concurrent writers of one record (or one pair of actors)
  // queue behind each other instead of overwriting each other. Unknown ids are absent from the
  // map. A store that serialises every write transaction just reads.
  lockedActors(ids: readonly string[]): Maybe<Map<string, Actor>>;
  lockedCollaborations(ids: readonly string[]): Maybe<Map<string, Collaboration>>;
  lockedForums(ids: readonly string[]): Maybe<Map<string, Forum>>;

  /**
   * Optional, for a store that can answer it without reading its records whole: for each of
   * these collaborations it holds, whether it already holds it with this content (timestamps
   * aside, as rules/records.ts sameContent compares); ids it does not hold are absent. A false
   * may be a false alarm (the flow then reads that record and compares it itself); a true never
   * is. Only a store whose write transaction already excludes every other writer may offer it:
   * what it answers true for is not locked.
   */
  storedCollaborations?(records: readonly Collaboration[]): Maybe<Map<string, boolean>>;

  // Reads. Sources are only ever replaced whole, so nothing waits for them.
  sources(ids: readonly string[]): Maybe<Map<string, Source>>;
  /** Which of these ids are stored, with each actor's sector. Two empty lists cost nothing. */
  existing(actorIds: readonly string[], sourceIds: readonly string[]): Maybe<Existing>;
  /** The other ties between two actors, in either direction, ordered by id. */
  tiesBetween(a: string, b: string, except: string): Maybe<{ id: string; areas: string[] }[]>;
  /** The ties of these actors, locked first, then read with both ends' current sectors. */
  tiesOf(actorIds: readonly string[]): Maybe<TieSectors[]>;
  /** What refers to an actor; null when it does not exist. */
  dependents(actorId: string): Maybe<Dependents | null>;
  /** The ids of what refers to an actor (its ties, the forums it is in, its units). */
  dependentIds(actorId: string): Maybe<DependentIds>;
  /** Those of these actors that are now their own (direct or indirect) unit. */
  unitsOfThemselves(actorIds: readonly string[]): Maybe<string[]>;
  /** The ids the round holds that are not among these, per kind. */
  unnamed(named: RecordIds): Maybe<RecordIds>;
  /** Which of these actors and forums the round holds (what a layout may position). */
  layoutNodes(ids: { actors: readonly string[]; forums: readonly string[] }): Maybe<LayoutNodes>;
  /**
   * The round's layout as saved (positions of deleted records included); null when it has none.
   * Read locked: another write of the round's layout waits until this transaction ends.
   */
  storedLayout(): Maybe<StoredLayout | null>;

  // Writes. A change without `before` creates the record (a concurrent create of the same id
  // fails on the store's uniqueness rule); otherwise only what differs from `before` is written.
  // An empty list writes nothing.
  // Actors may reference each other within one batch (a unit listed before its parent).
  writeSources(changes: readonly Change<Source>[]): Maybe<void>;
  writeActors(changes: readonly Change<Actor>[]): Maybe<void>;
  writeCollaborations(changes: readonly Change<Collaboration>[]): Maybe<void>;
  writeForums(changes: readonly Change<Forum>[]): Maybe<void>;
  setCollaborationTypes(rows: readonly { id: string; type: CollaborationType }[]): Maybe<void>;
  /** The actor with its ties and memberships; its units lose their parent; all touched now. */
  deleteActor(id: string): Maybe<void>;
  /** False when there was nothing to delete. */
  deleteCollaboration(id: string): Maybe<boolean>;
  deleteForum(id: string): Maybe<boolean>;
  /** One entry in the history, stamped by the flow (flow/history.ts); written with the rest. */
  recordChange(change: StoredChange): Maybe<void>;
  /**
   * Delete these records in one batch per kind: ties, forums with their memberships, actors with
   * their ties and memberships (their units lose the parent), then sources.
   */
  deleteRecords(ids: RecordIds): Maybe<void>;
  /** Replaces the round's layout whole. */
  writeLayout(layout: StoredLayout): Maybe<void>;
}
