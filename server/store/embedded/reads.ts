// Reads for the embedded store: single records, filtered keyset pages (ordered by id, `after`
// excludes everything up to and including it) and the members of forums.
import type { Actor, Collaboration, Forum, Membership, Source } from '../../domain/schemas.ts';
import { searchKey } from '../../domain/text.ts';
import type { ActorFilter, CollaborationFilter, ForumFilter, Page, PageRequest } from '../port.ts';
import {
  actorFromRow,
  collaborationFromRow,
  forumFromRow,
  membershipFromRow,
  sourceFromRow,
  type ActorRow,
  type CollaborationRow,
  type ForumRow,
  type MembershipRow,
  type SourceRow,
} from './rows.ts';
import { sql, type Db } from './sql.ts';

/** A WHERE fragment from an allow-listed set, with its bound values. */
type Condition = [clause: string, ...values: unknown[]];

const hasArea = (column: string): string => `EXISTS (SELECT 1 FROM json_each(${column}) WHERE value = ?)`;

function page<R, T extends { id: string }>(
  db: Db,
  table: string,
  conditions: Condition[],
  request: PageRequest,
  convert: (rows: R[]) => T[],
): Page<T> {
  const all: Condition[] = [...conditions, ...(request.after !== undefined ? [['id > ?', request.after] as Condition] : [])];
  const where = all.length > 0 ? `WHERE ${all.map(([clause]) => clause).join(' AND ')}` : '';
  const values = all.flatMap(([, ...v]) => v);
  const rows = sql(db, `SELECT * FROM ${table} ${where} ORDER BY id LIMIT ?`).all(...values, request.limit) as R[];
  const items = convert(rows);
  const last = items.at(-1);
  return { items, lastId: last !== undefined && items.length === request.limit ? last.id : null };
}

/** Rows of one table whose id is among `ids`, in id order. */
function rowsIn<R>(db: Db, table: string, ids: readonly string[]): R[] {
  if (ids.length === 0) return [];
  return sql(db, `SELECT * FROM ${table} WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`).all(JSON.stringify(ids)) as R[];
}

export const sourcesIn = (db: Db, ids: readonly string[]): Source[] => rowsIn<SourceRow>(db, 'sources', ids).map(sourceFromRow);
export const actorsIn = (db: Db, ids: readonly string[]): Actor[] => rowsIn<ActorRow>(db, 'actors', ids).map(actorFromRow);
export const collaborationsIn = (db: Db, ids: readonly string[]): Collaboration[] =>
  rowsIn<CollaborationRow>(db, 'collaborations', ids).map(collaborationFromRow);
export const forumsIn = (db: Db, ids: readonly string[]): Forum[] => withMembers(db, rowsIn<ForumRow>(db, 'forums', ids));

export function getSource(db: Db, id: string): Source | null {
  const row = sql(db, 'SELECT * FROM sources WHERE id = ?').get(id) as SourceRow | undefined;
  return row ? sourceFromRow(row) : null;
}

export function allSources(db: Db): Source[] {
  return (sql(db, 'SELECT * FROM sources ORDER BY id').all() as SourceRow[]).map(sourceFromRow);
}

export function getActor(db: Db, id: string): Actor | null {
  const row = sql(db, 'SELECT * FROM actors WHERE id = ?').get(id) as ActorRow | undefined;
  return row ? actorFromRow(row) : null;
}

export function allActors(db: Db): Actor[] {
  return (sql(db, 'SELECT * FROM actors ORDER BY id').all() as ActorRow[]).map(actorFromRow);
}

export function listActors(db: Db, filter: ActorFilter, request: PageRequest): Page<Actor> {
  const conditions: Condition[] = [];
  if (filter.sector !== undefined) conditions.push(['sector = ?', filter.sector]);
  if (filter.area !== undefined) conditions.push([hasArea('areas'), filter.area]);
  // instr, not LIKE: a search for "50%" or "a_b" means those characters.
  if (filter.q !== undefined) conditions.push(['instr(name_key, ?) > 0', searchKey(filter.q)]);
  return page(db, 'actors', conditions, request, (rows: ActorRow[]) => rows.map(actorFromRow));
}

export function getCollaboration(db: Db, id: string): Collaboration | null {
  const row = sql(db, 'SELECT * FROM collaborations WHERE id = ?').get(id) as CollaborationRow | undefined;
  return row ? collaborationFromRow(row) : null;
}

export function allCollaborations(db: Db): Collaboration[] {
  return (sql(db, 'SELECT * FROM collaborations ORDER BY id').all() as CollaborationRow[]).map(collaborationFromRow);
}

export function listCollaborations(db: Db, filter: CollaborationFilter, request: PageRequest): Page<Collaboration> {
  const conditions: Condition[] = [];
  if (filter.actor !== undefined) conditions.push(['(source = ? OR target = ?)', filter.actor, filter.actor]);
  if (filter.type !== undefined) conditions.push(['type = ?', filter.type]);
  if (filter.status !== undefined) conditions.push(['status = ?', filter.status]);
  if (filter.area !== undefined) conditions.push([hasArea('areas'), filter.area]);
  return page(db, 'collaborations', conditions, request, (rows: CollaborationRow[]) => rows.map(collaborationFromRow));
}

/** Members of one forum, sorted by actorId. */
export function membersOf(db: Db, forumId: string): Membership[] {
  const rows = sql(db, 'SELECT * FROM memberships WHERE forum_id = ? ORDER BY actor_id').all(forumId) as MembershipRow[];
  return rows.map(membershipFromRow);
}

/** Attach members to forum rows with one query for the lot. */
function withMembers(db: Db, rows: ForumRow[], everyForum = false): Forum[] {
  const memberships = everyForum
    ? (sql(db, 'SELECT * FROM memberships ORDER BY forum_id, actor_id').all() as MembershipRow[])
    : (sql(db, 'SELECT * FROM memberships WHERE forum_id IN (SELECT value FROM json_each(?)) ORDER BY forum_id, actor_id').all(
        JSON.stringify(rows.map((r) => r.id)),
      ) as MembershipRow[]);
  const byForum = new Map<string, Membership[]>();
  for (const m of memberships) {
    const list = byForum.get(m.forum_id) ?? [];
    list.push(membershipFromRow(m));
    byForum.set(m.forum_id, list);
  }
  return rows.map((row) => forumFromRow(row, byForum.get(row.id) ?? []));
}

export function getForum(db: Db, id: string): Forum | null {
  const row = sql(db, 'SELECT * FROM forums WHERE id = ?').get(id) as ForumRow | undefined;
  return row ? forumFromRow(row, membersOf(db, id)) : null;
}

export function allForums(db: Db): Forum[] {
  return withMembers(db, sql(db, 'SELECT * FROM forums ORDER BY id').all() as ForumRow[], true);
}

export function listForums(db: Db, filter: ForumFilter, request: PageRequest): Page<Forum> {
  const conditions: Condition[] = [];
  if (filter.area !== undefined) conditions.push([hasArea('areas'), filter.area]);
  if (filter.actor !== undefined) {
    conditions.push(['EXISTS (SELECT 1 FROM memberships m WHERE m.forum_id = forums.id AND m.actor_id = ?)', filter.actor]);
  }
  return page(db, 'forums', conditions, request, (rows: ForumRow[]) => withMembers(db, rows));
}

export function version(db: Db): number {
  return (sql(db, "SELECT value FROM meta WHERE key = 'version'").get() as { value: number }).value;
}
