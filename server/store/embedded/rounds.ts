// Mappings and rounds in the embedded store: their rows, and copying a round's graph. A round's
// version is the store-wide write counter (meta.version) at its last write, so a version never
// repeats even when a round is deleted and made again under the same id (caches key on it).
import type { Mapping, Round, RoundRef } from '../../domain/mappings.ts';
import { DECLARED_GAP_STATUSES } from '../rules/rounds.ts';
import { sql, type Db } from './sql.ts';

interface MappingRow {
  id: string;
  name: string;
  place: string;
  topic: string;
  description: string | null;
  languages: string;
  created_at: string;
  updated_at: string;
}

export interface RoundRow {
  key: number;
  mapping_id: string;
  id: string;
  label: string;
  observed_on: string;
  sources: string;
  kind: Round['kind'];
  closed: number;
  based_on: string | null;
  realised: Round['realised'] | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export function mappingFromRow(row: MappingRow): Mapping {
  return {
    id: row.id,
    name: row.name,
    place: row.place,
    topic: row.topic,
    ...(row.description === null ? {} : { description: row.description }),
    languages: JSON.parse(row.languages) as Mapping['languages'],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function mappingRow(mapping: Mapping): MappingRow {
  return {
    id: mapping.id,
    name: mapping.name,
    place: mapping.place,
    topic: mapping.topic,
    description: mapping.description ?? null,
    languages: JSON.stringify(mapping.languages),
    created_at: mapping.createdAt,
    updated_at: mapping.updatedAt,
  };
}

export function roundFromRow(row: RoundRow): Round {
  return {
    id: row.id,
    mappingId: row.mapping_id,
    label: row.label,
    observedOn: row.observed_on,
    sources: JSON.parse(row.sources) as string[],
    kind: row.kind,
    closed: row.closed === 1,
    ...(row.based_on === null ? {} : { basedOn: row.based_on }),
    ...(row.realised === null ? {} : { realised: row.realised }),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function roundRow(round: Round): Omit<RoundRow, 'key'> {
  return {
    mapping_id: round.mappingId,
    id: round.id,
    label: round.label,
    observed_on: round.observedOn,
    sources: JSON.stringify(round.sources),
    kind: round.kind,
    closed: round.closed ? 1 : 0,
    based_on: round.basedOn ?? null,
    realised: round.realised ?? null,
    version: round.version,
    created_at: round.createdAt,
    updated_at: round.updatedAt,
  };
}

export const getMappingRow = (db: Db, id: string): MappingRow | undefined =>
  sql(db, 'SELECT * FROM mappings WHERE id = ?').get(id) as MappingRow | undefined;

export const allMappingRows = (db: Db): MappingRow[] => sql(db, 'SELECT * FROM mappings ORDER BY id').all() as MappingRow[];

export function insertMapping(db: Db, mapping: Mapping): void {
  sql(
    db,
    `INSERT INTO mappings (id, name, place, topic, description, languages, created_at, updated_at)
     VALUES (@id, @name, @place, @topic, @description, @languages, @created_at, @updated_at)`,
  ).run(mappingRow(mapping));
}

export function updateMapping(db: Db, mapping: Mapping): void {
  sql(
    db,
    `UPDATE mappings SET name = @name, place = @place, topic = @topic, description = @description,
     languages = @languages, updated_at = @updated_at WHERE id = @id`,
  ).run(mappingRow(mapping));
}

export const getRoundRow = (db: Db, ref: RoundRef): RoundRow | undefined =>
  sql(db, 'SELECT * FROM rounds WHERE mapping_id = ? AND id = ?').get(ref.mapping, ref.round) as RoundRow | undefined;

export const roundRowsOf = (db: Db, mapping: string): RoundRow[] =>
  sql(db, 'SELECT * FROM rounds WHERE mapping_id = ? ORDER BY observed_on, id').all(mapping) as RoundRow[];

export const latestObservedRoundRow = (db: Db): RoundRow | undefined =>
  sql(
    db,
    `SELECT * FROM rounds WHERE mapping_id = (SELECT id FROM mappings ORDER BY created_at, id LIMIT 1) AND kind = 'observed'
     ORDER BY observed_on DESC, id DESC LIMIT 1`,
  ).get() as RoundRow | undefined;

/** Inserts the round; returns its key. */
export function insertRound(db: Db, round: Round): number {
  return Number(
    sql(
      db,
      `INSERT INTO rounds (mapping_id, id, label, observed_on, sources, kind, closed, based_on, realised, version, created_at, updated_at)
       VALUES (@mapping_id, @id, @label, @observed_on, @sources, @kind, @closed, @based_on, @realised, @version, @created_at, @updated_at)`,
    ).run(roundRow(round)).lastInsertRowid,
  );
}

export function updateRound(db: Db, round: Round): void {
  sql(
    db,
    `UPDATE rounds SET label = @label, observed_on = @observed_on, sources = @sources, closed = @closed,
     updated_at = @updated_at WHERE mapping_id = @mapping_id AND id = @id`,
  ).run(roundRow(round));
}

/** The next value of the store-wide write counter: the version a written round takes. */
export function nextVersion(db: Db): number {
  return (sql(db, "UPDATE meta SET value = value + 1 WHERE key = 'version' RETURNING value").get() as { value: number }).value;
}

export function setRoundVersion(db: Db, key: number, version: number): void {
  sql(db, 'UPDATE rounds SET version = ? WHERE key = ?').run(version, key);
}

/** Parents before children, so every reference of a copied row is already there; the layout goes with the graph. */
const COPY_ORDER = ['sources', 'actors', 'forums', 'collaborations', 'memberships', 'layouts'] as const;

/** A round's graph copied into another: one INSERT … SELECT per table. */
export function copyGraph(db: Db, from: number, to: number): void {
  db.pragma('defer_foreign_keys = ON'); // a unit may sort before its parent
  for (const table of COPY_ORDER) {
    const columns = (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name).filter((c) => c !== 'round_key');
    const list = columns.join(', ');
    sql(db, `INSERT INTO ${table} (round_key, ${list}) SELECT ?, ${list} FROM ${table} WHERE round_key = ?`).run(to, from);
  }
}

/** A scenario's declared gaps (desired, needs development) become active ties. */
export function realiseDeclared(db: Db, key: number, now: string): void {
  sql(
    db,
    `UPDATE collaborations SET status = 'active', updated_at = ? WHERE round_key = ? AND status IN (SELECT value FROM json_each(?))`,
  ).run(now, key, JSON.stringify(DECLARED_GAP_STATUSES));
}

/** Everything in a round, children first, then the round itself. */
export function deleteRoundRows(db: Db, key: number): void {
  for (const table of [...COPY_ORDER].reverse()) {
    if (table === 'actors') sql(db, 'UPDATE actors SET parent_id = NULL WHERE round_key = ? AND parent_id IS NOT NULL').run(key);
    sql(db, `DELETE FROM ${table} WHERE round_key = ?`).run(key);
  }
  sql(db, 'DELETE FROM rounds WHERE key = ?').run(key);
}
