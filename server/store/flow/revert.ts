// Reverting one change, once for both stores: inside one write transaction, lock every record the
// change touched, check each is still as the change left it (else 409 naming those changed since),
// then put back what it found: records it changed or deleted are written as they were before
// (through the same plans as any write, so a restored actor's ties take their type again), records
// it created are deleted. The revert is itself a change, kept in the same form as the original,
// so it can be reverted in turn. Sources an import added stay: other records may cite them since.
import { BUNDLE_KINDS, isRevertible, type Bundle, type BundleKind, type Change, type ChangeOp } from '../../domain/changes.ts';
import type { Actor, Collaboration, Forum, Source } from '../../domain/schemas.ts';
import { AppError, ConflictError, type ErrorDetail } from '../../errors.ts';
import type { Store } from '../port.ts';
import {
  actorProblems,
  assertReferences,
  collaborationProblems,
  evidenceIds,
  forumProblems,
  knownFrom,
  notFound,
} from '../rules/checks.ts';
import { sameContent } from '../rules/records.ts';
import { planActor, writeActorChanges } from './actors.ts';
import { planCollaboration } from './collaborations.ts';
import { planForum, planSource } from './forums.ts';
import { bundle, bundleOf, isRecord, recordChange } from './history.ts';
import { changed } from './plan.ts';
import { step, type Flow } from './step.ts';
import type { StoreTx } from './tx.ts';

type Current = {
  sources: Map<string, Source>;
  actors: Map<string, Actor>;
  forums: Map<string, Forum>;
  collaborations: Map<string, Collaboration>;
};

const INVERSE: Record<ChangeOp, ChangeOp> = { create: 'delete', delete: 'create', update: 'update' };

const idsIn =
  (...bundles: Bundle[]) =>
  (kind: BundleKind): string[] => [...new Set(bundles.flatMap((b) => (b[kind] ?? []).map((r) => r.id)))];
const byId = <T extends { id: string }>(records: readonly T[] | undefined): Map<string, T> =>
  new Map((records ?? []).map((r) => [r.id, r]));

/** What differs from the change's after: each record changed, deleted or created since. */
function changedSince(after: Bundle, current: Current, ids: (kind: BundleKind) => string[]): ErrorDetail[] {
  return BUNDLE_KINDS.flatMap((kind) => {
    const left = byId<{ id: string }>(after[kind]);
    const now = current[kind] as Map<string, { id: string }>;
    return ids(kind).flatMap((id) => {
      const was = left.get(id);
      const is = now.get(id);
      if (was === undefined && is === undefined) return [];
      if (was !== undefined && is !== undefined && sameContent(was, is)) return [];
      const what = was === undefined ? 'created' : is === undefined ? 'deleted' : 'changed';
      return [{ path: `${kind}/${id}`, message: `${what} since this change` }];
    });
  });
}

export function* revertChange(tx: StoreTx, change: Change): Flow<Change> {
  const before = bundleOf(change.entity, change.before);
  const after = bundleOf(change.entity, change.after);
  const ids = idsIn(before, after);
  const current: Current = {
    sources: yield* step(tx.sources(ids('sources'))),
    actors: yield* step(tx.lockedActors(ids('actors'))),
    forums: yield* step(tx.lockedForums(ids('forums'))),
    collaborations: yield* step(tx.lockedCollaborations(ids('collaborations'))),
  };
  const conflicts = changedSince(after, current, ids);
  if (conflicts.length > 0) {
    throw new ConflictError(`change '${change.id}' cannot be reverted: ${conflicts.length} record(s) changed since`, conflicts);
  }
  const written = yield* restore(tx, before, current);
  const removed = yield* removeCreated(tx, change.id, before, after, current);
  // Every touched record as the revert leaves it: written back, deleted, or (a source) left as it was.
  const left = (kind: BundleKind) => {
    const records = new Map<string, { id: string }>([
      ...(current[kind] as Map<string, { id: string }>),
      ...byId<{ id: string }>(written[kind]),
    ]);
    return [...records.values()].filter((r) => !removed.has(`${kind}/${r.id}`));
  };
  const was = bundle({
    sources: [...current.sources.values()],
    actors: [...current.actors.values()],
    forums: [...current.forums.values()],
    collaborations: [...current.collaborations.values()],
  });
  const now = bundle({
    sources: left('sources') as Source[],
    actors: left('actors') as Actor[],
    forums: left('forums') as Forum[],
    collaborations: left('collaborations') as Collaboration[],
  });
  const simple = isRecord(change.before) || isRecord(change.after);
  const only = (b: Bundle): unknown => BUNDLE_KINDS.flatMap((k): unknown[] => b[k] ?? [])[0] ?? null;
  const recorded = yield* recordChange(tx, {
    entity: change.entity,
    entityId: change.entityId,
    op: INVERSE[change.op],
    before: simple ? only(was) : was,
    after: simple ? only(now) : now,
    revertOf: change.id,
  });
  const { actors: _actors, ...answer } = recorded;
  return answer;
}

/** Write back every record of `before` whose content differs from the current one. */
function* restore(tx: StoreTx, before: Bundle, current: Current): Flow<Bundle> {
  const now = tx.context.now;
  const sources = changed((before.sources ?? []).map((s) => planSource(s, current.sources.get(s.id) ?? null)));
  yield* step(tx.writeSources(sources));

  const refs = (before.actors ?? []).flatMap((a) => (a.parentId ? [a.parentId] : []));
  const members = (before.forums ?? []).flatMap((f) => f.members.map((m) => m.actorId));
  const ends = (before.collaborations ?? []).flatMap((c) => [c.source, c.target]);
  const cited = [...(before.actors ?? []), ...(before.forums ?? []), ...(before.collaborations ?? [])].flatMap((r) =>
    evidenceIds(r.evidence),
  );
  const restoring = { actors: new Map((before.actors ?? []).map((a) => [a.id, a.sector])), sources: new Set<string>() };
  const known = knownFrom(yield* step(tx.existing([...new Set([...refs, ...members, ...ends])], [...new Set(cited)])), restoring);
  assertReferences([
    ...(before.actors ?? []).flatMap((a) => actorProblems(a, known, `actors/${a.id}/`)),
    ...(before.forums ?? []).flatMap((f) => forumProblems(f, known, `forums/${f.id}/`)),
    ...(before.collaborations ?? []).flatMap((c) => collaborationProblems(c, known, `collaborations/${c.id}/`)),
  ]);

  const actors = (before.actors ?? []).map((a) => planActor(a, current.actors.get(a.id) ?? null, now));
  yield* writeActorChanges(tx, actors);
  const forums = changed((before.forums ?? []).map((f) => planForum(f, current.forums.get(f.id) ?? null, now)));
  yield* step(tx.writeForums(forums));
  const ties = changed(
    (before.collaborations ?? []).map((c) => planCollaboration(c, known, current.collaborations.get(c.id) ?? null, now)),
  );
  yield* step(tx.writeCollaborations(ties));
  return bundle({
    sources: sources.map((p) => p.after),
    actors: changed(actors).map((p) => p.after),
    forums: forums.map((p) => p.after),
    collaborations: ties.map((p) => p.after),
  });
}

/** Delete what the change created (ties, then forums, then actors); answers them as 'kind/id'. */
function* removeCreated(tx: StoreTx, changeId: string, before: Bundle, after: Bundle, current: Current): Flow<Set<string>> {
  const created = (kind: BundleKind) =>
    idsIn(after)(kind).filter((id) => !byId<{ id: string }>(before[kind]).has(id) && current[kind].has(id));
  const ties = created('collaborations');
  const forums = created('forums');
  const actors = created('actors');
  for (const id of ties) yield* step(tx.deleteCollaboration(id));
  for (const id of forums) yield* step(tx.deleteForum(id));
  for (const id of actors) {
    // Anything made since that refers to the actor would go with it: refuse instead.
    const dependents = yield* step(tx.dependents(id));
    if (dependents && dependents.collaborations + dependents.memberships + dependents.units > 0) {
      throw new ConflictError(`change '${changeId}' cannot be reverted: actor '${id}' has ties, memberships or units made since`, [
        { path: `actors/${id}`, message: 'referred to by records made since this change' },
      ]);
    }
    yield* step(tx.deleteActor(id));
  }
  return new Set([
    ...ties.map((id) => `collaborations/${id}`),
    ...forums.map((id) => `forums/${id}`),
    ...actors.map((id) => `actors/${id}`),
  ]);
}

/** Store.revertChange, once for both stores: find the change, then revert it in its round. */
export async function revertThrough(store: Store, id: string, who: string): Promise<Change> {
  const change = (await store.getChange(id)) ?? notFound('change', id);
  if (change.round === null || !isRevertible(change.entity)) {
    throw new AppError(
      422,
      'not_revertible',
      `change '${id}' changed a ${change.entity}: such changes cannot be reverted, only made again`,
    );
  }
  return store.round({ mapping: change.mapping, round: change.round }, who).revert(change);
}
