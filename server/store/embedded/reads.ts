// Reads for the embedded store: single records, filtered keyset pages (ordered by id, `after`
// excludes everything up to and including it) and the members of forums, all within one round
// (`key`: its rounds.key; every primary key and index starts with round_key).
import type { LayoutPositions, StoredLayout } from '../../domain/layout.ts';
import type { Actor, Collaboration, Forum, Membership, Source } from '../../domain/schemas.ts';
import { searchKey } from '../../domain/text.ts';
import type { LayoutNodes } from '../rules/layout.ts';
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
  key: number,
  table: string,
  conditions: Condition[],
  request: PageRequest,
  convert: (rows: R[]) => T[],
): Page<T> {
  const all: Condition[] = [
    ['round_key = ?', key],
    ...conditions,
    ...(request.after !== undefined ? [['id > ?', request.after] as Condition] : []),
  ];
  const where = `WHERE ${all.map(([clause]) => clause).join(' AND ')}`;
  const values = all.flatMap(([, ...v]) => v);
  const rows = sql(db, `SELECT * FROM ${table} ${where} ORDER BY id LIMIT ?`).all(...values, request.limit) as R[];
  const items = convert(rows);
  const last = items.at(-1);
  return { items, lastId: last !== undefined && items.length === request.limit ? last.id : null };
}

/** Rows of one table whose id is among `ids`, in id order. */
function rowsIn<R>(db: Db, key: number, table: string, ids: readonly string[]): R[] {
  if (ids.length === 0) return [];
  return sql(db, `SELECT * FROM ${table} WHERE round_key = ? AND id IN (SELECT value FROM json_each(?)) ORDER BY id`).all(
    key,
    JSON.stringify(ids),
  ) as R[];
}

/** All rows of one table in the round, in id order. */
const allRows = <R>(db: Db, key: number, table: string): R[] =>
  sql(db, `SELECT * FROM ${table} WHERE round_key = ? ORDER BY id`).all(key) as R[];

/** One row by id in the round. */
const oneRow = <R>(db: Db, key: number, table: string, id: string): R | undefined =>
  sql(db, `SELECT * FROM ${table} WHERE round_key = ? AND id = ?`).get(key, id) as R | undefined;

export const sourcesIn = (db: Db, key: number, ids: readonly string[]): Source[] =>
  rowsIn<SourceRow>(db, key, 'sources', ids).map(sourceFromRow);
export const actorsIn = (db: Db, key: number, ids: readonly string[]): Actor[] =>
  rowsIn<ActorRow>(db, key, 'actors', ids).map(actorFromRow);
export const collaborationsIn = (db: Db, key: number, ids: readonly string[]): Collaboration[] =>
  rowsIn<CollaborationRow>(db, key, 'collaborations', ids).map(collaborationFromRow);
export const forumsIn = (db: Db, key: number, ids: readonly string[]): Forum[] =>
  withMembers(db, key, rowsIn<ForumRow>(db, key, 'forums', ids));

export function getSource(db: Db, key: number, id: string): Source | null {
  const row = oneRow<SourceRow>(db, key, 'sources', id);
  return row ? sourceFromRow(row) : null;
}

export function allSources(db: Db, key: number): Source[] {
  return allRows<SourceRow>(db, key, 'sources').map(sourceFromRow);
}

export function getActor(db: Db, key: number, id: string): Actor | null {
  const row = oneRow<ActorRow>(db, key, 'actors', id);
  return row ? actorFromRow(row) : null;
}

export function allActors(db: Db, key: number): Actor[] {
  return allRows<ActorRow>(db, key, 'actors').map(actorFromRow);
}

export function listActors(db: Db, key: number, filter: ActorFilter, request: PageRequest): Page<Actor> {
  const conditions: Condition[] = [];
  if (filter.sector !== undefined) conditions.push(['sector = ?', filter.sector]);
  if (filter.area !== undefined) conditions.push([hasArea('areas'), filter.area]);
  // instr, not LIKE: a search for "50%" or "a_b" means those characters.
  if (filter.q !== undefined) conditions.push(['instr(name_key, ?) > 0', searchKey(filter.q)]);
  return page(db, key, 'actors', conditions, request, (rows: ActorRow[]) => rows.map(actorFromRow));
}

export function getCollaboration(db: Db, key: number, id: string): Collaboration | null {
  const row = oneRow<CollaborationRow>(db, key, 'collaborations', id);
  return row ? collaborationFromRow(row) : null;
}

export function allCollaborations(db: Db, key: number): Collaboration[] {
  return allRows<CollaborationRow>(db, key, 'collaborations').map(collaborationFromRow);
}

export function listCollaborations(db: Db, key: number, filter: CollaborationFilter, request: PageRequest): Page<Collaboration> {
  const conditions: Condition[] = [];
  if (filter.actor !== undefined) conditions.push(['(source = ? OR target = ?)', filter.actor, filter.actor]);
  if (filter.type !== undefined) conditions.push(['type = ?', filter.type]);
  if (filter.status !== undefined) conditions.push(['status = ?', filter.status]);
  if (filter.area !== undefined) conditions.push([hasArea('areas'), filter.area]);
  return page(db, key, 'collaborations', conditions, request, (rows: CollaborationRow[]) => rows.map(collaborationFromRow));
}

/** Members of one forum, sorted by actorId. */
export function membersOf(db: Db, key: number, forumId: string): Membership[] {
  const rows = sql(db, 'SELECT * FROM memberships WHERE round_key = ? AND forum_id = ? ORDER BY actor_id').all(
    key,
    forumId,
  ) as MembershipRow[];
  return rows.map(membershipFromRow);
}

/** Attach members to forum rows with one query for the lot. */
function withMembers(db: Db, key: number, rows: ForumRow[], everyForum = false): Forum[] {
  const memberships = everyForum
    ? (sql(db, 'SELECT * FROM memberships WHERE round_key = ? ORDER BY forum_id, actor_id').all(key) as MembershipRow[])
    : (sql(
        db,
        'SELECT * FROM memberships WHERE round_key = ? AND forum_id IN (SELECT value FROM json_each(?)) ORDER BY forum_id, actor_id',
      ).all(key, JSON.stringify(rows.map((r) => r.id))) as MembershipRow[]);
  const byForum = new Map<string, Membership[]>();
  for (const m of memberships) {
    const list = byForum.get(m.forum_id) ?? [];
    list.push(membershipFromRow(m));
    byForum.set(m.forum_id, list);
  }
  return rows.map((row) => forumFromRow(row, byForum.get(row.id) ?? []));
}

export function getForum(db: Db, key: number, id: string): Forum | null {
  const row = oneRow<ForumRow>(db, key, 'forums', id);
  return row ? forumFromRow(row, membersOf(db, key, id)) : null;
}

export function allForums(db: Db, key: number): Forum[] {
  return withMembers(db, key, allRows<ForumRow>(db, key, 'forums'), true);
}

export function listForums(db: Db, key: number, filter: ForumFilter, request: PageRequest): Page<Forum> {
  const conditions: Condition[] = [];
  if (filter.area !== undefined) conditions.push([hasArea('areas'), filter.area]);
  if (filter.actor !== undefined) {
    conditions.push([
      'EXISTS (SELECT 1 FROM memberships m WHERE m.round_key = forums.round_key AND m.forum_id = forums.id AND m.actor_id = ?)',
      filter.actor,
    ]);
  }
  return page(db, key, 'forums', conditions, request, (rows: ForumRow[]) => withMembers(db, key, rows));
}

/** Which of these actors and forums the round holds. */
export function layoutNodes(db: Db, key: number, ids: { actors: readonly string[]; forums: readonly string[] }): LayoutNodes {
  const present = (table: 'actors' | 'forums', list: readonly string[]): Set<string> =>
    list.length === 0
      ? new Set()
      : new Set(
          (
            sql(db, `SELECT id FROM ${table} WHERE round_key = ? AND id IN (SELECT value FROM json_each(?))`).all(
              key,
              JSON.stringify(list),
            ) as { id: string }[]
          ).map((r) => r.id),
        );
  return { actors: present('actors', ids.actors), forums: present('forums', ids.forums) };
}

/** The layout as saved, positions of deleted records included (rules/layout.ts drops them). */
export function storedLayout(db: Db, key: number): StoredLayout | null {
  const row = sql(db, 'SELECT positions, saved_at FROM layouts WHERE round_key = ?').get(key) as
    | { positions: string; saved_at: string }
    | undefined;
  return row === undefined ? null : { positions: JSON.parse(row.positions) as LayoutPositions, savedAt: row.saved_at };
}
