// A round's snapshot as JSON text, written by SQLite itself: what the worker threads take
// (analytics/shared-snapshot.ts), without a JavaScript object per row on the way, nor a
// JSON.stringify of them. For a 10k-actor / 50k-tie round this is ≈ 0.15 s of CPU against
// ≈ 0.6 s for snapshot() and stringifying its result (bench/README.md, compare.ts).
//
// The text must parse to exactly what snapshot() returns — the shapes of rules/records.ts, keys in
// their order, optional fields absent when unset — and the store contract holds the two equal
// (test/store/contract/snapshot.ts). Records are spelt by concatenation, each value through
// json_quote and the list columns as the JSON text they are stored as: json_object and json_patch
// (to drop the unset fields) cost twice as much.

import type { SnapshotJson } from '../port.ts';
import { sql, type Db } from './sql.ts';

/** How a column appears in a record: a value, a value left out when null, stored JSON text, or 0/1 as a boolean. */
type Field = [key: string, column: string, kind?: 'optional' | 'json' | 'boolean'];

const jsonValue = (column: string, kind: Field[2]) =>
  kind === 'json' ? column : kind === 'boolean' ? `CASE ${column} WHEN 1 THEN 'true' ELSE 'false' END` : `json_quote(${column})`;

/** One record as an SQL expression yielding its JSON text. */
function recordOf(fields: readonly Field[]): string {
  const parts = fields.map(([key, column, kind], i) => {
    const member = `'${i === 0 ? '{' : ','}"${key}":' || ${jsonValue(column, kind)}`;
    // The first field is the id, never optional: the brace is always written.
    return kind === 'optional' ? `CASE WHEN ${column} IS NULL THEN '' ELSE ${member} END` : member;
  });
  return `${parts.join(' || ')} || '}'`;
}

/** The items of a JSON array from the rows of a query, in the order `orderBy` names; [] when none. */
const arrayOf = (item: string, orderBy: string) => `'[' || coalesce(group_concat(${item}, ',' ORDER BY ${orderBy}), '') || ']'`;

const STAMPS: Field[] = [
  ['createdAt', 'created_at'],
  ['updatedAt', 'updated_at'],
];

const SOURCE = recordOf([
  ['id', 'id'],
  ['title', 'title'],
  ['authors', 'authors', 'json'],
  ['year', 'year'],
  ['publisher', 'publisher', 'optional'],
  ['url', 'url', 'optional'],
]);

const ACTOR = recordOf([
  ['id', 'id'],
  ['name', 'name'],
  ['sector', 'sector'],
  ['parentId', 'parent_id', 'optional'],
  ['areas', 'areas', 'json'],
  ['neighbourhoods', 'neighbourhoods', 'json'],
  ['targetGroups', 'target_groups', 'json'],
  ['description', 'description', 'optional'],
  ['descriptionSv', 'description_sv', 'optional'],
  ['website', 'website', 'optional'],
  ['evidence', 'evidence', 'json'],
  ...STAMPS,
]);

const COLLABORATION = recordOf([
  ['id', 'id'],
  ['source', 'source'],
  ['target', 'target'],
  ['type', 'type'],
  ['status', 'status'],
  ['areas', 'areas', 'json'],
  ['forms', 'forms', 'json'],
  ['strength', 'strength', 'optional'],
  ['since', 'since', 'optional'],
  ['until', 'until', 'optional'],
  ['directed', 'directed', 'boolean'],
  ['neighbourhoods', 'neighbourhoods', 'json'],
  ['description', 'description', 'optional'],
  ['descriptionSv', 'description_sv', 'optional'],
  ['evidence', 'evidence', 'json'],
  ...STAMPS,
]);

const MEMBERS = `(SELECT ${arrayOf(
  recordOf([
    ['actorId', 'actor_id'],
    ['role', 'role'],
  ]),
  'actor_id',
)}
  FROM memberships m WHERE m.round_key = f.round_key AND m.forum_id = f.id)`;

const FORUM = recordOf([
  ['id', 'id'],
  ['name', 'name'],
  ['description', 'description', 'optional'],
  ['descriptionSv', 'description_sv', 'optional'],
  ['areas', 'areas', 'json'],
  ['neighbourhoods', 'neighbourhoods', 'json'],
  ['members', MEMBERS, 'json'],
  ['evidence', 'evidence', 'json'],
  ...STAMPS,
]);

interface Listed {
  json: string;
  count: number;
}

/**
 * One table's records of the round as a JSON array, in id order as snapshot() lists them. The
 * aggregate's ORDER BY is what promises the order; the subquery hands it the rows already in key
 * order, which makes its sort cheap.
 */
const listed = (db: Db, key: number, table: string, record: string): Listed =>
  sql(
    db,
    `SELECT ${arrayOf(record, 'id')} AS json, count(*) AS count FROM (SELECT * FROM ${table} f WHERE round_key = ? ORDER BY id) f`,
  ).get(key) as Listed;

/** The round's snapshot as text; run it in one read transaction with the version it is read at. */
export function snapshotJson(db: Db, key: number, version: number): SnapshotJson {
  const sources = listed(db, key, 'sources', SOURCE);
  const actors = listed(db, key, 'actors', ACTOR);
  const forums = listed(db, key, 'forums', FORUM);
  const collaborations = listed(db, key, 'collaborations', COLLABORATION);
  return {
    version,
    actors: actors.count,
    forums: forums.count,
    collaborations: collaborations.count,
    json: `{"version":${version},"sources":${sources.json},"actors":${actors.json},"forums":${forums.json},"collaborations":${collaborations.json}}`,
  };
}
