// The write half of the GraphStore port, once for both adapters: each method runs its flow in
// one write transaction that the adapter opens (`write`). An adapter extends this class and adds
// its reads; a new write or a new check is written here and in the flows, never per adapter.
import type { Change } from '../../domain/changes.ts';
import type { CarriedFields } from '../../domain/carried-fields.ts';
import type { Dataset } from '../../domain/inputs.ts';
import type { LayoutPositions, StoredLayout } from '../../domain/layout.ts';
import type { Actor, Collaboration, Forum, MemberRole, Source } from '../../domain/schemas.ts';
import type {
  ActorRecord,
  CollaborationRecord,
  CreateCollaborationOptions,
  DeleteActorOptions,
  ForumRecord,
  GraphStore,
  ImportResult,
  ReplaceResult,
  Upserted,
} from '../port.ts';
import * as actors from './actors.ts';
import * as collaborations from './collaborations.ts';
import * as forums from './forums.ts';
import { mergeActor } from './merge.ts';
import { importDataset, replaceDataset } from './import.ts';
import { saveFirstLayout, saveLayout } from './layout.ts';
import { revertChange } from './revert.ts';
import type { Flow } from './step.ts';
import type { StoreTx } from './tx.ts';

type Writes = Pick<
  GraphStore,
  | 'putSource'
  | 'createActor'
  | 'putActor'
  | 'updateActor'
  | 'deleteActor'
  | 'createCollaboration'
  | 'updateCollaboration'
  | 'deleteCollaboration'
  | 'createForum'
  | 'putForum'
  | 'deleteForum'
  | 'putMember'
  | 'deleteMember'
  | 'importDataset'
  | 'revert'
  | 'mergeActor'
  | 'replaceDataset'
  | 'saveLayout'
  | 'saveFirstLayout'
>;

export abstract class FlowStore implements Writes {
  /** Run a flow in one write transaction: all of it happens, or none of it. */
  protected abstract write<T>(work: (tx: StoreTx) => Flow<T>): Promise<T>;

  putSource(source: Source): Promise<Upserted<Source>> {
    return this.write((tx) => forums.putSource(tx, source));
  }

  createActor(record: ActorRecord): Promise<Actor> {
    return this.write((tx) => actors.createActor(tx, record));
  }

  putActor(record: ActorRecord): Promise<Upserted<Actor>> {
    return this.write((tx) => actors.putActor(tx, record));
  }

  updateActor(id: string, change: (current: Actor) => ActorRecord): Promise<Actor> {
    return this.write((tx) => actors.updateActor(tx, id, change));
  }

  async deleteActor(id: string, options?: DeleteActorOptions): Promise<void> {
    await this.write((tx) => actors.deleteActor(tx, id, options?.cascade === true));
  }

  createCollaboration(record: CollaborationRecord, options?: CreateCollaborationOptions): Promise<Collaboration> {
    return this.write((tx) => collaborations.createCollaboration(tx, record, options));
  }

  updateCollaboration(
    id: string,
    change: (current: Collaboration) => CollaborationRecord,
    options?: CreateCollaborationOptions,
  ): Promise<Collaboration> {
    return this.write((tx) => collaborations.updateCollaboration(tx, id, change, options));
  }

  async deleteCollaboration(id: string): Promise<void> {
    await this.write((tx) => collaborations.deleteCollaboration(tx, id));
  }

  createForum(record: ForumRecord): Promise<Forum> {
    return this.write((tx) => forums.createForum(tx, record));
  }

  putForum(record: ForumRecord): Promise<Upserted<Forum>> {
    return this.write((tx) => forums.putForum(tx, record));
  }

  async deleteForum(id: string): Promise<void> {
    await this.write((tx) => forums.deleteForum(tx, id));
  }

  putMember(forumId: string, actorId: string, role: MemberRole): Promise<Upserted<Forum>> {
    return this.write((tx) => forums.putMember(tx, forumId, actorId, role));
  }

  deleteMember(forumId: string, actorId: string): Promise<Forum> {
    return this.write((tx) => forums.deleteMember(tx, forumId, actorId));
  }

  importDataset(dataset: Dataset, carried?: CarriedFields): Promise<ImportResult> {
    return this.write((tx) => importDataset(tx, dataset, carried));
  }

  mergeActor(id: string, into: string): Promise<Actor> {
    return this.write((tx) => mergeActor(tx, id, into));
  }

  revert(change: Change): Promise<Change> {
    return this.write((tx) => revertChange(tx, change));
  }

  replaceDataset(dataset: Dataset): Promise<ReplaceResult> {
    return this.write((tx) => replaceDataset(tx, dataset));
  }

  saveLayout(positions: LayoutPositions): Promise<StoredLayout> {
    return this.write((tx) => saveLayout(tx, positions));
  }

  saveFirstLayout(positions: LayoutPositions): Promise<StoredLayout> {
    return this.write((tx) => saveFirstLayout(tx, positions));
  }
}
