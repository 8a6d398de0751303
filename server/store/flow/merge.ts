// Merging a duplicate actor into another, once for both stores, in one transaction: its ties move
// to the kept actor (a tie between the two goes; one parallel to a tie the kept actor has is
// combined into that one), its memberships and units move, its evidence and lists join the kept
// actor's, and it is deleted. One `merge` change keeps every record touched, so a revert puts
// both actors and all their ties back; its after-bundle names the kept actor first (the
// explorer's history says what it was merged into).
import type { Actor, Collaboration, Forum } from '../../domain/schemas.ts';
import { ValidationError } from '../../errors.ts';
import type { CollaborationRecord } from '../port.ts';
import { knownFrom, notFound, parallelTo } from '../rules/checks.ts';
import { combinedTie, mergedActor, movedTie } from '../rules/merge.ts';
import { forumShape } from '../rules/records.ts';
import { planActor, writeActorChanges } from './actors.ts';
import { planCollaboration } from './collaborations.ts';
import { bundle, recordChange } from './history.ts';
import { changed, stampsOver } from './plan.ts';
import { step, type Flow } from './step.ts';
import type { StoreTx } from './tx.ts';

export function* mergeActor(tx: StoreTx, fromId: string, intoId: string): Flow<Actor> {
  if (fromId === intoId)
    throw new ValidationError('an actor cannot be merged into itself', [{ path: 'body.into', message: 'must name another actor' }]);
  const locked = yield* step(tx.lockedActors([fromId, intoId]));
  const from = locked.get(fromId) ?? notFound('actor', fromId);
  const into = locked.get(intoId) ?? notFound('actor', intoId);
  const ids = yield* step(tx.dependentIds(fromId));
  const ties = [...(yield* step(tx.lockedCollaborations(ids.collaborations))).values()];
  const forums = [...(yield* step(tx.lockedForums(ids.forums))).values()];
  const units = [...(yield* step(tx.lockedActors(ids.units.filter((id) => id !== intoId)))).values()];
  const now = tx.context.now;

  const actors = [planActor(mergedActor(into, from), into, now), ...units.map((u) => planActor({ ...u, parentId: intoId }, u, now))];
  yield* writeActorChanges(tx, actors);

  const moved = yield* moveTies(tx, ties, fromId, into);
  const regrouped = forums.map((f) => ({
    before: f,
    after: forumShape({ ...f, members: membersMoved(f, fromId, intoId) }, stampsOver(f, now)),
  }));
  yield* step(tx.writeForums(regrouped));
  yield* step(tx.deleteActor(fromId));

  yield* recordChange(tx, {
    entity: 'merge',
    entityId: fromId,
    op: 'delete',
    before: bundle({ actors: [from, into, ...units], forums, collaborations: [...ties, ...moved.combinedBefore] }),
    after: bundle({
      actors: [actors[0]!.after, ...changed(actors.slice(1)).map((p) => p.after)],
      forums: regrouped.map((r) => r.after),
      collaborations: moved.written,
    }),
  });
  return actors[0]!.after;
}

/** The forum's members with `into` in `from`'s place (keeping `into`'s own role if it had one). */
function membersMoved(forum: Forum, from: string, into: string): Forum['members'] {
  const role = forum.members.find((m) => m.actorId === from)?.role;
  const others = forum.members.filter((m) => m.actorId !== from);
  return others.some((m) => m.actorId === into) || role === undefined ? others : [...others, { actorId: into, role }];
}

/**
 * Each tie of `from` moves to `into`, in id order; a tie between the two is deleted, and one
 * parallel to a tie of the pair `into`–other (one `into` had, or one moved there before it) is
 * combined into that tie. Nothing is written until every tie has found its place.
 */
function* moveTies(
  tx: StoreTx,
  ties: readonly Collaboration[],
  fromId: string,
  into: Actor,
): Flow<{ written: Collaboration[]; combinedBefore: Collaboration[] }> {
  const own = new Set(ties.map((t) => t.id));
  const stored = new Map<string, Collaboration>(ties.map((t) => [t.id, t]));
  const next = new Map<string, CollaborationRecord>();
  const gone: string[] = [];
  for (const tie of [...ties].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const record = movedTie(tie, fromId, into.id);
    if (record.source === record.target) {
      gone.push(tie.id);
      continue;
    }
    const other = record.source === into.id ? record.target : record.source;
    // The store still holds the ties as they were: these are `into`'s own with the other actor.
    const theirs = yield* step(tx.lockedCollaborations((yield* step(tx.tiesBetween(into.id, other, tie.id))).map((t) => t.id)));
    for (const t of theirs.values()) stored.set(t.id, t);
    const pair = [
      ...[...theirs.keys()].map((id) => next.get(id) ?? (stored.get(id) as CollaborationRecord)),
      ...[...next.values()].filter((r) => own.has(r.id) && (r.source === other || r.target === other)),
    ];
    const parallel = parallelTo(
      record.areas ?? [],
      pair.map((r) => ({ ...r, areas: r.areas ?? [] })),
    );
    if (parallel === null) next.set(tie.id, record);
    else {
      next.set(parallel.other.id, combinedTie(parallel.other, record));
      gone.push(tie.id);
    }
  }
  for (const id of gone) yield* step(tx.deleteCollaboration(id));
  const ends = [...new Set([...next.values()].flatMap((r) => [r.source, r.target]))];
  const known = knownFrom(yield* step(tx.existing(ends, [])));
  const plans = changed([...next.values()].map((r) => planCollaboration(r, known, stored.get(r.id) ?? null, tx.context.now)));
  yield* step(tx.writeCollaborations(plans));
  return {
    written: plans.map((p) => p.after),
    combinedBefore: plans.flatMap((p) => (p.before && !own.has(p.before.id) ? [p.before] : [])),
  };
}
