// The collaboration writes of the port, once for both stores. Both actors of a tie are locked
// (in one order, by the adapter) before their sectors and their other ties are read, so two
// concurrent creates between one pair cannot both pass the one-tie-per-pair-and-area rule.
import { collaborationType } from '../../domain/collaboration-type.ts';
import type { Collaboration, Sector } from '../../domain/schemas.ts';
import type { CollaborationRecord, CreateCollaborationOptions } from '../port.ts';
import {
  assertNoParallel,
  assertNotSelfTie,
  assertReferences,
  assertSameId,
  collaborationProblems,
  conflictOnId,
  evidenceIds,
  knownFrom,
  notFound,
  reshapes,
  type Known,
} from '../rules/checks.ts';
import { collaborationShape } from '../rules/records.ts';
import { recordChange } from './history.ts';
import { plan, stampsOver, type Plan } from './plan.ts';
import { step, type Flow } from './step.ts';
import type { StoreTx } from './tx.ts';

/** What writing `record` over `before` would store; both ends' sectors must be known. */
export function planCollaboration(
  record: CollaborationRecord,
  known: Known,
  before: Collaboration | null,
  now: string,
): Plan<Collaboration> {
  const type = collaborationType(known.sector(record.source) as Sector, known.sector(record.target) as Sector);
  return plan(before, collaborationShape(record, type, stampsOver(before, now)));
}

function* saveCollaboration(
  tx: StoreTx,
  before: Collaboration | null,
  record: CollaborationRecord,
  checkParallel: boolean,
): Flow<Collaboration> {
  assertNotSelfTie(record);
  const ends = yield* step(tx.lockedActors([record.source, record.target]));
  const { sources } = yield* step(tx.existing([], evidenceIds(record.evidence)));
  const known = knownFrom({ actors: new Map([...ends.values()].map((a) => [a.id, a.sector])), sources });
  assertReferences(collaborationProblems(record, known));
  if (checkParallel) assertNoParallel(record, yield* step(tx.tiesBetween(record.source, record.target, record.id)));
  const planned = planCollaboration(record, known, before, tx.context.now);
  if (planned.outcome === 'unchanged') return planned.after;
  yield* step(tx.writeCollaborations([planned]));
  yield* recordChange(tx, {
    entity: 'collaboration',
    entityId: planned.after.id,
    op: planned.before === null ? 'create' : 'update',
    before: planned.before,
    after: planned.after,
  });
  return planned.after;
}

export function* createCollaboration(tx: StoreTx, record: CollaborationRecord, options?: CreateCollaborationOptions): Flow<Collaboration> {
  if ((yield* step(tx.lockedCollaborations([record.id]))).has(record.id)) throw conflictOnId('collaboration', record.id);
  return yield* saveCollaboration(tx, null, record, options?.allowParallel !== true);
}

export function* updateCollaboration(
  tx: StoreTx,
  id: string,
  change: (current: Collaboration) => CollaborationRecord,
  options?: CreateCollaborationOptions,
): Flow<Collaboration> {
  const current = (yield* step(tx.lockedCollaborations([id]))).get(id) ?? notFound('collaboration', id);
  const next = change(current);
  assertSameId(id, next);
  // Editing a curated parallel tie (say its description) must not trip the rule it predates.
  return yield* saveCollaboration(tx, current, next, options?.allowParallel !== true && reshapes(current, next));
}

export function* deleteCollaboration(tx: StoreTx, id: string): Flow<void> {
  const before = (yield* step(tx.lockedCollaborations([id]))).get(id) ?? notFound('collaboration', id);
  yield* step(tx.deleteCollaboration(id));
  yield* recordChange(tx, { entity: 'collaboration', entityId: id, op: 'delete', before, after: null });
}
