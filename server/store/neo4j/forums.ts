// Forum, membership and source reads and writes inside one transaction. Members are
// (:Actor)-[:MEMBER_OF {role}]->(:Forum) relationships, replaced whole when a forum is written;
// a change to the members alone is a change to the forum (updatedAt moves).
import type { Forum, MemberRole, Source } from '../../domain/schemas.ts';
import { NotFoundError, ReferenceError422 } from '../../errors.ts';
import type { ForumRecord } from '../port.ts';
import type { Outcome } from './actors.ts';
import { assertReferences, evidenceIds, forumProblems, lookup } from './checks.ts';
import { forumFromProps, forumFromRecord, forumProps, sameContent, sourceFromProps, sourceProps } from './records.ts';
import type { Tx } from './tx.ts';

export async function getForum(tx: Tx, id: string): Promise<Forum | null> {
  const [row] = await tx.read('forum-get', { id });
  return row ? forumFromProps(row.forum as Record<string, unknown>) : null;
}

export async function getForums(tx: Tx, ids: string[]): Promise<Map<string, Forum>> {
  const rows = ids.length === 0 ? [] : await tx.read('forums-get', { ids });
  const forums = rows.map((row) => forumFromProps(row.forum as Record<string, unknown>));
  return new Map(forums.map((f) => [f.id, f]));
}

export interface ForumPlan {
  next: Forum;
  outcome: Outcome;
}

export function planForum(record: ForumRecord, current: Forum | null | undefined, now: string): ForumPlan {
  const next = forumFromRecord(record, { createdAt: current?.createdAt ?? now, updatedAt: now });
  if (!current) return { next, outcome: 'created' };
  if (sameContent(current, next)) return { next: current, outcome: 'unchanged' };
  return { next, outcome: 'updated' };
}

/** `create` uses CREATE, so a concurrent create of the same id hits the uniqueness constraint. */
export async function writeForums(tx: Tx, plans: ForumPlan[], create = false): Promise<void> {
  const rows = plans
    .filter((p) => p.outcome !== 'unchanged')
    .map(({ next: f }) => ({ props: forumProps(f), members: f.members, createdAt: f.createdAt, updatedAt: f.updatedAt }));
  if (rows.length > 0) await tx.write(create ? 'forums-create' : 'forums-save', { rows });
}

export async function saveForum(tx: Tx, record: ForumRecord, create: boolean): Promise<{ value: Forum; created: boolean }> {
  const known = await lookup(tx, (record.members ?? []).map((m) => m.actorId), evidenceIds(record.evidence));
  assertReferences(forumProblems(record, known));
  const plan = planForum(record, create ? null : await getForum(tx, record.id), tx.now);
  await writeForums(tx, [plan], create);
  return { value: plan.next, created: plan.outcome === 'created' };
}

async function mustGetForum(tx: Tx, id: string): Promise<Forum> {
  return (await getForum(tx, id)) ?? Promise.reject(new NotFoundError('Forum', id));
}

export async function removeForum(tx: Tx, id: string): Promise<void> {
  const rows = await tx.write('forum-delete', { id });
  if (rows.length === 0) throw new NotFoundError('Forum', id);
}

/** Add or re-role one member; `created` when the membership is new. */
export async function setMember(tx: Tx, forumId: string, actorId: string, role: MemberRole): Promise<{ value: Forum; created: boolean }> {
  const forum = await mustGetForum(tx, forumId);
  const known = await lookup(tx, [actorId], []);
  if (!known.actor(actorId)) {
    throw new ReferenceError422(`actor '${actorId}' does not exist`, [{ path: 'actorId', message: `actor '${actorId}' does not exist` }]);
  }
  const current = forum.members.find((m) => m.actorId === actorId);
  if (current?.role === role) return { value: forum, created: false };
  await tx.write('member-put', { forumId, actorId, role });
  return { value: await mustGetForum(tx, forumId), created: current === undefined };
}

export async function removeMember(tx: Tx, forumId: string, actorId: string): Promise<Forum> {
  await mustGetForum(tx, forumId);
  const rows = await tx.write('member-delete', { forumId, actorId });
  if (rows.length === 0) throw new NotFoundError('Membership', `${forumId}/${actorId}`);
  return mustGetForum(tx, forumId);
}

// Sources ---------------------------------------------------------------------------------------

export async function getSources(tx: Tx, ids: string[]): Promise<Map<string, Source>> {
  const rows = ids.length === 0 ? [] : await tx.read('sources-get', { ids });
  const sources = rows.map((row) => sourceFromProps(row.source as Record<string, unknown>));
  return new Map(sources.map((s) => [s.id, s]));
}

/** Sources carry no timestamps: equal content is simply left alone. */
export function planSource(source: Source, current: Source | undefined): { next: Source; outcome: Outcome } {
  const next = sourceFromProps(sourceProps(source));
  if (!current) return { next, outcome: 'created' };
  return JSON.stringify(current) === JSON.stringify(next) ? { next: current, outcome: 'unchanged' } : { next, outcome: 'updated' };
}

export async function writeSources(tx: Tx, plans: { next: Source; outcome: Outcome }[]): Promise<void> {
  const rows = plans.filter((p) => p.outcome !== 'unchanged').map((p) => sourceProps(p.next));
  if (rows.length > 0) await tx.write('sources-save', { rows });
}
