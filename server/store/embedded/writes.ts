// Row writes for the embedded store, shared by the single-record methods and importDataset.
// They run inside the caller's transaction, after the checks in checks.ts, and write only when
// the content differs from what is stored, so a no-op leaves rows, updatedAt and version alone.
import { collaborationType } from '../../domain/collaboration-type.ts';
import type { MemberRole, Sector, Source } from '../../domain/schemas.ts';
import { ConflictError, NotFoundError, ReferenceError422, type ErrorDetail } from '../../errors.ts';
import type { ActorRecord, CollaborationRecord, ForumRecord } from '../port.ts';
import { membersOf } from './reads.ts';
import {
  actorContent,
  collaborationContent,
  forumContent,
  sameContent,
  sortedMembers,
  sourceRow,
  type ActorRow,
  type CollaborationRow,
  type ForumRow,
  type SourceRow,
} from './rows.ts';
import { sql, type Db } from './sql.ts';

export type Outcome = 'created' | 'updated' | 'unchanged';

// Statements built from a row's column list; the text is the same every time, so it caches.
const insertInto = (table: string, columns: string[]): string =>
  `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`;
const updateOf = (table: string, columns: string[]): string =>
  `UPDATE ${table} SET ${columns.filter((c) => c !== 'id' && c !== 'created_at').map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`;

/** Insert or update a row by id; timestamps only when the table has them. */
function upsertRow<R extends { id: string }>(
  db: Db,
  table: string,
  content: Omit<R, 'created_at' | 'updated_at'> & { id: string },
  now: string | null,
): Outcome {
  const current = sql(db, `SELECT * FROM ${table} WHERE id = ?`).get(content.id) as R | undefined;
  const stamps = now === null ? {} : { created_at: now, updated_at: now };
  const row = { ...content, ...stamps };
  const columns = Object.keys(row);
  if (!current) {
    sql(db, insertInto(table, columns)).run(row);
    return 'created';
  }
  if (sameContent(current, content)) return 'unchanged';
  sql(db, updateOf(table, columns)).run(row);
  return 'updated';
}

export function upsertSource(db: Db, source: Source): Outcome {
  return upsertRow<SourceRow>(db, 'sources', sourceRow(source), null);
}

export function upsertActor(db: Db, record: ActorRecord, now: string): Outcome {
  const before = sql(db, 'SELECT sector FROM actors WHERE id = ?').get(record.id) as { sector: string } | undefined;
  const outcome = upsertRow<ActorRow>(db, 'actors', actorContent(record), now);
  if (before && before.sector !== record.sector) retypeTies(db, record.id, now);
  return outcome;
}

/** After a sector change, every tie of the actor takes the type its two sectors now give. */
export function retypeTies(db: Db, actorId: string, now: string): void {
  const ties = sql(
    db,
    `SELECT c.id, c.type, s.sector AS a, t.sector AS b
     FROM collaborations c JOIN actors s ON s.id = c.source JOIN actors t ON t.id = c.target
     WHERE c.source = @id OR c.target = @id`,
  ).all({ id: actorId }) as { id: string; type: string; a: Sector; b: Sector }[];
  for (const tie of ties) {
    const type = collaborationType(tie.a, tie.b);
    if (type !== tie.type) sql(db, 'UPDATE collaborations SET type = ?, updated_at = ? WHERE id = ?').run(type, now, tie.id);
  }
}

/** Both ends must exist (checked before): the type comes from their sectors as stored now. */
export function upsertCollaboration(db: Db, record: CollaborationRecord, now: string): Outcome {
  const sectors = sql(db, 'SELECT (SELECT sector FROM actors WHERE id = ?) AS a, (SELECT sector FROM actors WHERE id = ?) AS b').get(
    record.source,
    record.target,
  ) as { a: Sector; b: Sector };
  return upsertRow<CollaborationRow>(db, 'collaborations', collaborationContent(record, collaborationType(sectors.a, sectors.b)), now);
}

/** The forum row and its members; members are replaced whole when they differ. */
export function upsertForum(db: Db, record: ForumRecord, now: string): Outcome {
  const members = sortedMembers(record.members);
  const sameMembers = JSON.stringify(membersOf(db, record.id)) === JSON.stringify(members);
  let outcome = upsertRow<ForumRow>(db, 'forums', forumContent(record), now);
  if (outcome === 'created' || !sameMembers) {
    sql(db, 'DELETE FROM memberships WHERE forum_id = ?').run(record.id);
    for (const m of members) {
      sql(db, 'INSERT INTO memberships (forum_id, actor_id, role) VALUES (?, ?, ?)').run(record.id, m.actorId, m.role);
    }
  }
  if (outcome === 'unchanged' && !sameMembers) {
    touchForum(db, record.id, now);
    outcome = 'updated';
  }
  return outcome;
}

function touchForum(db: Db, forumId: string, now: string): void {
  sql(db, 'UPDATE forums SET updated_at = ? WHERE id = ?').run(now, forumId);
}

function forumExists(db: Db, forumId: string): void {
  if (sql(db, 'SELECT 1 FROM forums WHERE id = ?').get(forumId) === undefined) throw new NotFoundError('Forum', forumId);
}

/** Add or re-role one member; true when the membership is new. */
export function setMember(db: Db, forumId: string, actorId: string, role: MemberRole, now: string): boolean {
  forumExists(db, forumId);
  if (sql(db, 'SELECT 1 FROM actors WHERE id = ?').get(actorId) === undefined) {
    throw new ReferenceError422(`actor '${actorId}' does not exist`, [{ path: 'actorId', message: `actor '${actorId}' does not exist` }]);
  }
  const current = sql(db, 'SELECT role FROM memberships WHERE forum_id = ? AND actor_id = ?').get(forumId, actorId) as
    | { role: string }
    | undefined;
  if (current?.role === role) return false;
  if (current) sql(db, 'UPDATE memberships SET role = ? WHERE forum_id = ? AND actor_id = ?').run(role, forumId, actorId);
  else sql(db, 'INSERT INTO memberships (forum_id, actor_id, role) VALUES (?, ?, ?)').run(forumId, actorId, role);
  touchForum(db, forumId, now);
  return current === undefined;
}

export function removeMember(db: Db, forumId: string, actorId: string, now: string): void {
  forumExists(db, forumId);
  const { changes } = sql(db, 'DELETE FROM memberships WHERE forum_id = ? AND actor_id = ?').run(forumId, actorId);
  if (changes === 0) throw new NotFoundError('Membership', `${forumId}/${actorId}`);
  touchForum(db, forumId, now);
}

export function removeForum(db: Db, forumId: string): void {
  forumExists(db, forumId);
  sql(db, 'DELETE FROM memberships WHERE forum_id = ?').run(forumId);
  sql(db, 'DELETE FROM forums WHERE id = ?').run(forumId);
}

export function removeCollaboration(db: Db, id: string): void {
  const { changes } = sql(db, 'DELETE FROM collaborations WHERE id = ?').run(id);
  if (changes === 0) throw new NotFoundError('Collaboration', id);
}

/**
 * Without cascade an actor that is still referenced stays (409, counting what holds it); with
 * cascade its ties and memberships go, its units lose their parent, then it goes.
 */
export function removeActor(db: Db, id: string, cascade: boolean, now: string): void {
  if (sql(db, 'SELECT 1 FROM actors WHERE id = ?').get(id) === undefined) throw new NotFoundError('Actor', id);
  const counts = sql(
    db,
    `SELECT (SELECT count(*) FROM collaborations WHERE source = @id OR target = @id) AS collaborations,
            (SELECT count(*) FROM memberships WHERE actor_id = @id) AS memberships,
            (SELECT count(*) FROM actors WHERE parent_id = @id) AS units`,
  ).get({ id }) as { collaborations: number; memberships: number; units: number };
  if (!cascade) {
    const details: ErrorDetail[] = Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([path, n]) => ({ path, message: `${n} ${path} refer to actor '${id}'` }));
    if (details.length > 0) {
      throw new ConflictError(`actor '${id}' is still referenced; delete with cascade to remove its ties too`, details);
    }
  }
  sql(db, 'UPDATE forums SET updated_at = @now WHERE id IN (SELECT forum_id FROM memberships WHERE actor_id = @id)').run({ id, now });
  sql(db, 'DELETE FROM memberships WHERE actor_id = ?').run(id);
  sql(db, 'DELETE FROM collaborations WHERE source = @id OR target = @id').run({ id });
  sql(db, 'UPDATE actors SET parent_id = NULL, updated_at = @now WHERE parent_id = @id').run({ id, now });
  sql(db, 'DELETE FROM actors WHERE id = ?').run(id);
}
