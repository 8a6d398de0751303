// Recording the history, once for both stores: every write flow that changed something calls
// `recordChange` once, inside its transaction, so the change commits (or rolls back) with the write.
// The change is stamped here with the transaction's time, who and round; an adapter only stores it.
import { randomBytes } from 'node:crypto';
import {
  BUNDLE_KINDS,
  type Bundle,
  type BundleKind,
  type ChangeEntity,
  type ChangeOp,
  type ChangeRecord,
  type StoredChange,
} from '../../domain/changes.ts';
import type { Mapping, Round } from '../../domain/mappings.ts';
import { step, type Flow } from './step.ts';
import type { StoreTx } from './tx.ts';

let sequence = 0;

/**
 * Sortable in the order changes are made: the time the id is made (after the flow's locks, so
 * a writer that queued behind another sorts after it), then this process's sequence (for changes
 * in one millisecond), then random digits (other processes). Base 36, padded: the order holds
 * until the year 5188.
 */
export function changeId(): string {
  sequence = (sequence + 1) % 36 ** 5;
  return Date.now().toString(36).padStart(9, '0') + sequence.toString(36).padStart(5, '0') + randomBytes(4).toString('hex');
}

/** A change stamped with when, who and where: what an adapter stores. */
export function stampChange(change: ChangeRecord, at: { now: string; who: string; mapping: string; round: string | null }): StoredChange {
  return {
    id: changeId(),
    at: at.now,
    who: at.who,
    mapping: at.mapping,
    round: at.round,
    ...change,
    before: change.before ?? null,
    after: change.after ?? null,
    actors: actorsConcerned(change.entity, change.entityId, bundleOf(change.entity, change.before), bundleOf(change.entity, change.after)),
  };
}

export function* recordChange(tx: StoreTx, change: ChangeRecord): Flow<StoredChange> {
  const { now, who, round } = tx.context;
  const stored = stampChange(change, { now, who, mapping: round.mapping, round: round.round });
  yield* step(tx.recordChange(stored));
  return stored;
}

/**
 * A change to a mapping or a round itself (made outside the round flows): on record, never
 * reverted. A mapping's change names no round.
 */
export function roundLevelChange(
  entity: 'mapping' | 'round',
  op: ChangeOp,
  before: Mapping | Round | null,
  after: Mapping | Round | null,
  who: string,
  now: string,
): StoredChange {
  const record = (after ?? before) as Mapping | Round;
  const mapping = 'mappingId' in record ? record.mappingId : record.id;
  const round = 'mappingId' in record ? record.id : null;
  return stampChange({ entity, entityId: record.id, op, before, after }, { now, who, mapping, round });
}

/** The kind of record a one-record change holds in before/after (a membership: its forum). */
export const RECORD_KIND: Partial<Record<ChangeEntity, BundleKind>> = {
  actor: 'actors',
  collaboration: 'collaborations',
  forum: 'forums',
  membership: 'forums',
  source: 'sources',
};

/** A stored record has an id; a bundle never does. */
export const isRecord = (value: unknown): value is { id: string } =>
  typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';

/** Every record a change's before (or after) holds, as a bundle, whichever form it was kept in. */
export function bundleOf(entity: ChangeEntity, value: unknown): Bundle {
  const kind = RECORD_KIND[entity];
  if (isRecord(value)) return kind === undefined ? {} : ({ [kind]: [value] } as Bundle);
  if (typeof value !== 'object' || value === null) return {};
  const bundle = value as Bundle;
  return Object.fromEntries(BUNDLE_KINDS.flatMap((k) => (bundle[k] ? [[k, bundle[k]]] : [])));
}

/** A bundle of the records that are not null, leaving out empty kinds. */
export function bundle(parts: { [K in BundleKind]?: readonly (NonNullable<Bundle[K]>[number] | null | undefined)[] }): Bundle {
  const out: Record<string, unknown[]> = {};
  for (const kind of BUNDLE_KINDS) {
    const records = (parts[kind] ?? []).filter((r) => r !== null && r !== undefined);
    if (records.length > 0) out[kind] = records;
  }
  return out as Bundle;
}

/**
 * The actors a change to this record concerns, told from the record: an actor itself, a tie's
 * two ends, a membership's member (its id is 'forum/actor'). The actor panel lists by these.
 */
export function actorsConcerned(entity: ChangeEntity, entityId: string, ...bundles: Bundle[]): string[] {
  if (entity === 'actor') return [entityId];
  if (entity === 'membership') return [entityId.slice(entityId.indexOf('/') + 1)];
  if (entity !== 'collaboration') return [];
  return [...new Set(bundles.flatMap((b) => (b.collaborations ?? []).flatMap((c) => [c.source, c.target])))];
}
