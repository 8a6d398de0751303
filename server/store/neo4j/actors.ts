// Actor reads and writes inside one transaction, shared by the single-record methods and the
// import. Writes go in UNWIND batches and only for records whose content changed, so a no-op
// leaves nodes, updatedAt and the version alone.
import { collaborationType } from '../../domain/collaboration-type.ts';
import type { Actor, Sector } from '../../domain/schemas.ts';
import { ConflictError, NotFoundError, type ErrorDetail } from '../../errors.ts';
import type { ActorRecord } from '../port.ts';
import { actorProblems, assertNoParentCycles, assertReferences, evidenceIds, lookup, parentCycle } from './checks.ts';
import { actorFromProps, actorFromRecord, actorProps, sameContent } from './records.ts';
import type { Tx } from './tx.ts';

export type Outcome = 'created' | 'updated' | 'unchanged';

export async function getActor(tx: Tx, id: string): Promise<Actor | null> {
  const [row] = await tx.read('actor-get', { id });
  return row ? actorFromProps(row.actor as Record<string, unknown>) : null;
}

export async function getActors(tx: Tx, ids: string[]): Promise<Map<string, Actor>> {
  const rows = ids.length === 0 ? [] : await tx.read('actors-get', { ids });
  return new Map(rows.map((row) => [String((row.actor as { id: string }).id), actorFromProps(row.actor as Record<string, unknown>)]));
}

export interface ActorPlan {
  next: Actor;
  outcome: Outcome;
  /** The sector before this write, when it changes (the actor's ties need new types). */
  oldSector?: Sector;
}

/** What writing `record` over `current` would store: a pure step, no queries. */
export function planActor(record: ActorRecord, current: Actor | null | undefined, now: string): ActorPlan {
  const next = actorFromRecord(record, { createdAt: current?.createdAt ?? now, updatedAt: now });
  if (!current) return { next, outcome: 'created' };
  if (sameContent(current, next)) return { next: current, outcome: 'unchanged' };
  return { next, outcome: 'updated', ...(current.sector !== next.sector ? { oldSector: current.sector } : {}) };
}

/**
 * Write the changed plans: nodes, then parent links (a parent may be in the same batch), then
 * the types of the ties of actors whose sector changed. `create` uses CREATE, so a concurrent
 * create of the same id fails on the uniqueness constraint instead of overwriting.
 */
export async function writeActors(tx: Tx, plans: ActorPlan[], create = false): Promise<void> {
  const changed = plans.filter((p) => p.outcome !== 'unchanged').map((p) => p.next);
  if (changed.length === 0) return;
  const rows = changed.map((a) => ({ props: actorProps(a), createdAt: a.createdAt, updatedAt: a.updatedAt }));
  await tx.write(create ? 'actors-create' : 'actors-save', { rows });
  await tx.write('actors-link-parents', { rows: changed.map((a) => ({ id: a.id, parentId: a.parentId ?? null })) });
  await retypeTies(
    tx,
    plans.filter((p) => p.oldSector !== undefined).map((p) => p.next.id),
  );
}

/** After sector changes, every tie of these actors takes the type its two sectors now give. */
export async function retypeTies(tx: Tx, actorIds: string[]): Promise<void> {
  if (actorIds.length === 0) return;
  const ties = await tx.read('actor-ties', { ids: actorIds });
  const rows = ties.flatMap((t) => {
    const type = collaborationType(t.sourceSector as Sector, t.targetSector as Sector);
    return type === t.type ? [] : [{ id: t.id, type }];
  });
  if (rows.length > 0) await tx.write('collaborations-set-type', { rows });
}

/** createActor / putActor / updateActor: checks, then one write when something changed. */
export async function saveActor(tx: Tx, record: ActorRecord, create: boolean): Promise<{ value: Actor; created: boolean }> {
  const known = await lookup(tx, record.parentId ? [record.parentId] : [], evidenceIds(record.evidence));
  assertReferences(actorProblems(record, known));
  if (record.parentId === record.id) throw parentCycle(record.id, record.parentId);
  const plan = planActor(record, create ? null : await getActor(tx, record.id), tx.now);
  await writeActors(tx, [plan], create);
  if (plan.outcome !== 'unchanged') await assertNoParentCycles(tx, [{ id: record.id, parentId: record.parentId, path: 'parentId' }]);
  return { value: plan.next, created: plan.outcome === 'created' };
}

/**
 * Without cascade an actor that is still referenced stays (409, counting what holds it); with
 * cascade its ties and memberships go, its units lose their parent, then it goes.
 */
export async function removeActor(tx: Tx, id: string, cascade: boolean): Promise<void> {
  const [counts] = await tx.read('actor-dependents', { id });
  if (!counts) throw new NotFoundError('Actor', id);
  if (!cascade) {
    const details: ErrorDetail[] = (['collaborations', 'memberships', 'units'] as const)
      .filter((path) => (counts[path] as number) > 0)
      .map((path) => ({ path, message: `${counts[path] as number} ${path} refer to actor '${id}'` }));
    if (details.length > 0) {
      throw new ConflictError(`actor '${id}' is still referenced; delete with cascade to remove its ties too`, details);
    }
  }
  await tx.write('actor-delete', { id });
}
