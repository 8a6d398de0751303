// Forum, membership and source writes of the port, once for both stores. A change to the
// members alone is a change to the forum (its updatedAt moves); members are stored sorted.
import type { ChangeOp } from '../../domain/changes.ts';
import type { Forum, MemberRole, Source } from '../../domain/schemas.ts';
import { NotFoundError } from '../../errors.ts';
import type { ForumRecord, Upserted } from '../port.ts';
import { assertMemberExists, assertReferences, conflictOnId, evidenceIds, forumProblems, knownFrom, notFound } from '../rules/checks.ts';
import { forumShape, sourceShape } from '../rules/records.ts';
import { recordChange } from './history.ts';
import { plan, stampsOver, type Plan } from './plan.ts';
import { step, type Flow } from './step.ts';
import type { StoreTx } from './tx.ts';

export const planForum = (record: ForumRecord, before: Forum | null, now: string): Plan<Forum> =>
  plan(before, forumShape(record, stampsOver(before, now)));

/** Sources carry no timestamps: equal content is simply left alone. */
export const planSource = (source: Source, before: Source | null): Plan<Source> => plan(before, sourceShape(source));

function* lockedForum(tx: StoreTx, id: string): Flow<Forum | null> {
  return (yield* step(tx.lockedForums([id]))).get(id) ?? null;
}

function* saveForum(tx: StoreTx, before: Forum | null, record: ForumRecord): Flow<Upserted<Forum>> {
  const existing = yield* step(
    tx.existing(
      (record.members ?? []).map((m) => m.actorId),
      evidenceIds(record.evidence),
    ),
  );
  assertReferences(forumProblems(record, knownFrom(existing)));
  const planned = planForum(record, before, tx.context.now);
  if (planned.outcome !== 'unchanged') {
    yield* step(tx.writeForums([planned]));
    const op = planned.before === null ? 'create' : 'update';
    yield* recordChange(tx, { entity: 'forum', entityId: record.id, op, before: planned.before, after: planned.after });
  }
  return { value: planned.after, created: planned.outcome === 'created' };
}

export function* createForum(tx: StoreTx, record: ForumRecord): Flow<Forum> {
  if (yield* lockedForum(tx, record.id)) throw conflictOnId('forum', record.id);
  return (yield* saveForum(tx, null, record)).value;
}

export function* putForum(tx: StoreTx, record: ForumRecord): Flow<Upserted<Forum>> {
  return yield* saveForum(tx, yield* lockedForum(tx, record.id), record);
}

export function* deleteForum(tx: StoreTx, id: string): Flow<void> {
  const before = (yield* lockedForum(tx, id)) ?? notFound('forum', id);
  yield* step(tx.deleteForum(id));
  yield* recordChange(tx, { entity: 'forum', entityId: id, op: 'delete', before, after: null });
}

/** A membership's change keeps its forum whole, before and after: the members are part of it. */
function* recordMembership(tx: StoreTx, before: Forum, after: Forum, actorId: string, op: ChangeOp): Flow<void> {
  yield* recordChange(tx, { entity: 'membership', entityId: `${before.id}/${actorId}`, op, before, after });
}

/** Add or re-role one member; `created` when the membership is new. */
export function* putMember(tx: StoreTx, forumId: string, actorId: string, role: MemberRole): Flow<Upserted<Forum>> {
  const forum = (yield* lockedForum(tx, forumId)) ?? notFound('forum', forumId);
  assertMemberExists(actorId, knownFrom(yield* step(tx.existing([actorId], []))));
  const current = forum.members.find((m) => m.actorId === actorId);
  if (current?.role === role) return { value: forum, created: false };
  const members = [...forum.members.filter((m) => m.actorId !== actorId), { actorId, role }];
  const after = forumShape({ ...forum, members }, stampsOver(forum, tx.context.now));
  yield* step(tx.writeForums([{ before: forum, after }]));
  yield* recordMembership(tx, forum, after, actorId, current === undefined ? 'create' : 'update');
  return { value: after, created: current === undefined };
}

export function* deleteMember(tx: StoreTx, forumId: string, actorId: string): Flow<Forum> {
  const forum = (yield* lockedForum(tx, forumId)) ?? notFound('forum', forumId);
  if (!forum.members.some((m) => m.actorId === actorId)) throw new NotFoundError('membership', `${forumId}/${actorId}`);
  const members = forum.members.filter((m) => m.actorId !== actorId);
  const after = forumShape({ ...forum, members }, stampsOver(forum, tx.context.now));
  yield* step(tx.writeForums([{ before: forum, after }]));
  yield* recordMembership(tx, forum, after, actorId, 'delete');
  return after;
}

export function* putSource(tx: StoreTx, source: Source): Flow<Upserted<Source>> {
  const planned = planSource(source, (yield* step(tx.sources([source.id]))).get(source.id) ?? null);
  if (planned.outcome !== 'unchanged') {
    yield* step(tx.writeSources([planned]));
    const op = planned.before === null ? 'create' : 'update';
    yield* recordChange(tx, { entity: 'source', entityId: source.id, op, before: planned.before, after: planned.after });
  }
  return { value: planned.after, created: planned.outcome === 'created' };
}
