// The actor writes of the port, once for both stores: lock, read, check, write what changed.
// A sector change retypes the actor's ties in the same transaction; a new parent is checked for
// cycles right after the links are written (a cycle can only run through a record just written).
import { collaborationType } from '../../domain/collaboration-type.ts';
import type { Actor } from '../../domain/schemas.ts';
import type { ActorRecord, Upserted } from '../port.ts';
import {
  actorProblems,
  assertNotOwnParent,
  assertNotReferenced,
  assertReferences,
  assertSameId,
  conflictOnId,
  evidenceIds,
  knownFrom,
  notFound,
  parentCycle,
} from '../rules/checks.ts';
import { actorShape } from '../rules/records.ts';
import { bundle, recordChange } from './history.ts';
import { changed, plan, stampsOver, type Plan } from './plan.ts';
import { step, type Flow } from './step.ts';
import type { StoreTx } from './tx.ts';

export const planActor = (record: ActorRecord, before: Actor | null, now: string): Plan<Actor> =>
  plan(before, actorShape(record, stampsOver(before, now)));

/**
 * Write the changed actors, then the follow-ups only a write can tell: ties of actors whose
 * sector changed take their new type, and no actor with a new parent may be its own unit.
 * `paths` names each actor's parentId field for the error (imports: "actors.3.parentId").
 */
export function* writeActorChanges(tx: StoreTx, plans: readonly Plan<Actor>[], paths?: readonly string[]): Flow<void> {
  const writes = changed(plans);
  if (writes.length === 0) return;
  yield* step(tx.writeActors(writes));
  yield* retypeTies(
    tx,
    writes.filter((p) => p.before !== null && p.before.sector !== p.after.sector).map((p) => p.after.id),
  );
  const reparented = plans.flatMap((p, i) =>
    p.outcome !== 'unchanged' && p.after.parentId !== undefined && p.after.parentId !== p.before?.parentId
      ? [{ actor: p.after, path: paths?.[i] }]
      : [],
  );
  if (reparented.length === 0) return;
  const cyclic = new Set(yield* step(tx.unitsOfThemselves(reparented.map((r) => r.actor.id))));
  const first = reparented.find((r) => cyclic.has(r.actor.id));
  if (first) throw parentCycle(first.actor.id, first.actor.parentId, first.path);
}

/** After sector changes, every tie of these actors takes the type its two sectors now give. */
function* retypeTies(tx: StoreTx, actorIds: string[]): Flow<void> {
  if (actorIds.length === 0) return;
  const ties = yield* step(tx.tiesOf(actorIds));
  const rows = ties.flatMap((t) => {
    const type = collaborationType(t.sourceSector, t.targetSector);
    return type === t.type ? [] : [{ id: t.id, type }];
  });
  if (rows.length > 0) yield* step(tx.setCollaborationTypes(rows));
}

/** create, put and update: the record's references, then one write when something changed. */
function* saveActor(tx: StoreTx, before: Actor | null, actor: ActorRecord): Flow<Upserted<Actor>> {
  const existing = yield* step(tx.existing(actor.parentId ? [actor.parentId] : [], evidenceIds(actor.evidence)));
  assertReferences(actorProblems(actor, knownFrom(existing)));
  assertNotOwnParent(actor);
  const planned = planActor(actor, before, tx.context.now);
  yield* writeActorChanges(tx, [planned]);
  if (planned.outcome !== 'unchanged') yield* recordActor(tx, planned);
  return { value: planned.after, created: planned.outcome === 'created' };
}

function* recordActor(tx: StoreTx, planned: Plan<Actor>): Flow<void> {
  const op = planned.before === null ? 'create' : 'update';
  yield* recordChange(tx, {
    entity: 'actor',
    entityId: planned.after.id,
    op,
    before: planned.before,
    after: planned.after,
  });
}

/** Lock, then read: the read decides the write, so nobody may change the actor in between. */
function* lockedActor(tx: StoreTx, id: string): Flow<Actor | null> {
  return (yield* step(tx.lockedActors([id]))).get(id) ?? null;
}

export function* createActor(tx: StoreTx, record: ActorRecord): Flow<Actor> {
  if (yield* lockedActor(tx, record.id)) throw conflictOnId('actor', record.id);
  return (yield* saveActor(tx, null, record)).value;
}

export function* putActor(tx: StoreTx, record: ActorRecord): Flow<Upserted<Actor>> {
  return yield* saveActor(tx, yield* lockedActor(tx, record.id), record);
}

export function* updateActor(tx: StoreTx, id: string, change: (current: Actor) => ActorRecord): Flow<Actor> {
  const current = (yield* lockedActor(tx, id)) ?? notFound('actor', id);
  const next = change(current);
  assertSameId(id, next);
  return (yield* saveActor(tx, current, next)).value;
}

/**
 * Without cascade an actor still referenced stays (409); with it, it goes with its ties. The
 * history keeps every record the delete took or changed (its ties; its forums and units, before
 * and after), so a revert can put them all back.
 */
export function* deleteActor(tx: StoreTx, id: string, cascade: boolean): Flow<void> {
  const actor = yield* lockedActor(tx, id);
  const dependents = (yield* step(tx.dependents(id))) ?? notFound('actor', id);
  if (!cascade) assertNotReferenced(id, dependents);
  const ids = cascade ? yield* step(tx.dependentIds(id)) : { collaborations: [], forums: [], units: [] };
  const ties = yield* step(tx.lockedCollaborations(ids.collaborations));
  const forums = yield* step(tx.lockedForums(ids.forums));
  const units = yield* step(tx.lockedActors(ids.units));
  yield* step(tx.deleteActor(id));
  const forumsAfter = yield* step(tx.lockedForums(ids.forums));
  const unitsAfter = yield* step(tx.lockedActors(ids.units));
  yield* recordChange(tx, {
    entity: 'actor',
    entityId: id,
    op: 'delete',
    before: bundle({ actors: [actor, ...units.values()], forums: [...forums.values()], collaborations: [...ties.values()] }),
    after: bundle({ actors: [...unitsAfter.values()], forums: [...forumsAfter.values()] }),
  });
}
