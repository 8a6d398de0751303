// The embedded store's primitives for the shared write flows (../flow/tx.ts): SQL only, every
// call synchronous inside the caller's IMMEDIATE transaction. That transaction already holds
// SQLite's one write lock, so the flows' locked reads are plain reads here.
import { isDeepStrictEqual } from 'node:util';
import type { StoredLayout } from '../../domain/layout.ts';
import type { Actor, Collaboration, CollaborationType, Forum, Sector, Source } from '../../domain/schemas.ts';
import type { StoredChange } from '../../domain/changes.ts';
import type { Change, DependentIds, RecordIds, StoreTx, TieSectors, TxContext } from '../flow/tx.ts';
import type { Dependents, Existing } from '../rules/checks.ts';
import { insertChange } from './changes.ts';
import type { LayoutNodes } from '../rules/layout.ts';
import * as reads from './reads.ts';
import { actorRow, collaborationRow, forumRow, sourceRow } from './rows.ts';
import { sql, type Db, type Statement } from './sql.ts';

// Statements built from a row's column list; the text is the same every time, so it caches.
const insertInto = (table: string, columns: string[]): string =>
  `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
const updateOf = (table: string, columns: string[]): string =>
  `UPDATE ${table} SET ${columns
    .filter((c) => c !== 'id' && c !== 'created_at' && c !== 'round_key')
    .map((c) => `${c} = @${c}`)
    .join(', ')} WHERE round_key = @round_key AND id = @id`;

/** Insert new rows, update changed ones (the flow passes only changes). */
function writeRows<T, R extends { id: string }>(
  db: Db,
  key: number,
  table: string,
  changes: readonly Change<T>[],
  toRow: (record: T) => R,
): void {
  // Every row of one table has the same columns (toRow fills each): the statements are looked
  // up once per batch, not once per row, which counts when an import inserts 100 000 rows.
  let statements: { insert: Statement; update: Statement } | undefined;
  for (const { before, after } of changes) {
    const row = { round_key: key, ...toRow(after) };
    statements ??= { insert: sql(db, insertInto(table, Object.keys(row))), update: sql(db, updateOf(table, Object.keys(row))) };
    // Inserts bind by position (in the order of the columns): a third cheaper than by name.
    if (before === null) statements.insert.run(Object.values(row));
    else statements.update.run(row);
  }
}

/**
 * Which of these rows the table holds, each with whether it holds it with the same content: the
 * content columns (all but the key and the timestamps) compared as one JSON array, which SQLite's
 * json_array writes for text, integer and null columns as JSON.stringify does. Equal texts are
 * equal rows, as a JSON text has one reading; an unequal pair may be a false alarm (an escape
 * written another way), which the flow then reads and compares whole.
 */
function storedAlike<T extends { id: string }, R extends object>(
  db: Db,
  key: number,
  table: string,
  records: readonly T[],
  toRow: (record: T) => R,
): Map<string, boolean> {
  if (records.length === 0) return new Map();
  const columns = (Object.keys(toRow(records[0] as T)) as (keyof R & string)[]).filter(
    (c) => c !== 'id' && c !== 'created_at' && c !== 'updated_at',
  );
  const stored = new Map(
    sql(db, `SELECT id, json_array(${columns.join(', ')}) FROM ${table} WHERE round_key = ? AND id IN (SELECT value FROM json_each(?))`)
      .raw()
      .all(key, json(records.map((r) => r.id))) as [string, string][],
  );
  const alike = new Map<string, boolean>();
  for (const record of records) {
    const content = stored.get(record.id);
    if (content === undefined) continue;
    const row = toRow(record);
    alike.set(record.id, content === JSON.stringify(columns.map((c) => row[c])));
  }
  return alike;
}

const json = (ids: readonly string[]): string => JSON.stringify(ids);
/** The table each kind of record lives in. */
const TABLES = { sources: 'sources', actors: 'actors', forums: 'forums', collaborations: 'collaborations' } as const;
const byId = <T extends { id: string }>(records: T[]): Map<string, T> => new Map(records.map((r) => [r.id, r]));

export class EmbeddedTx implements StoreTx {
  constructor(
    private readonly db: Db,
    /** The round's rounds.key: every statement stays within it. */
    private readonly key: number,
    readonly context: TxContext,
  ) {}

  sources(ids: readonly string[]): Map<string, Source> {
    return byId(reads.sourcesIn(this.db, this.key, ids));
  }

  lockedActors(ids: readonly string[]): Map<string, Actor> {
    return byId(reads.actorsIn(this.db, this.key, ids));
  }

  lockedCollaborations(ids: readonly string[]): Map<string, Collaboration> {
    return byId(reads.collaborationsIn(this.db, this.key, ids));
  }

  /** The transaction is IMMEDIATE: no other writer can change what this answers before it commits. */
  storedCollaborations(records: readonly Collaboration[]): Map<string, boolean> {
    return storedAlike(this.db, this.key, 'collaborations', records, collaborationRow);
  }

  lockedForums(ids: readonly string[]): Map<string, Forum> {
    return byId(reads.forumsIn(this.db, this.key, ids));
  }

  existing(actorIds: readonly string[], sourceIds: readonly string[]): Existing {
    if (actorIds.length === 0 && sourceIds.length === 0) return { actors: new Map(), sources: new Set() };
    const actors = sql(this.db, 'SELECT id, sector FROM actors WHERE round_key = ? AND id IN (SELECT value FROM json_each(?))').all(
      this.key,
      json(actorIds),
    ) as { id: string; sector: Sector }[];
    const sources = sql(this.db, 'SELECT id FROM sources WHERE round_key = ? AND id IN (SELECT value FROM json_each(?))').all(
      this.key,
      json(sourceIds),
    ) as { id: string }[];
    return { actors: new Map(actors.map((a) => [a.id, a.sector])), sources: new Set(sources.map((s) => s.id)) };
  }

  tiesBetween(a: string, b: string, except: string): { id: string; areas: string[] }[] {
    const rows = sql(
      this.db,
      `SELECT id, areas FROM collaborations
       WHERE round_key = @key AND id <> @except AND ((source = @a AND target = @b) OR (source = @b AND target = @a))
       ORDER BY id`,
    ).all({ key: this.key, except, a, b }) as { id: string; areas: string }[];
    return rows.map((r) => ({ id: r.id, areas: JSON.parse(r.areas) as string[] }));
  }

  tiesOf(actorIds: readonly string[]): TieSectors[] {
    return sql(
      this.db,
      `SELECT c.id, c.type, s.sector AS sourceSector, t.sector AS targetSector
       FROM collaborations c
       JOIN actors s ON s.round_key = c.round_key AND s.id = c.source
       JOIN actors t ON t.round_key = c.round_key AND t.id = c.target
       WHERE c.round_key = @key AND (c.source IN (SELECT value FROM json_each(@ids)) OR c.target IN (SELECT value FROM json_each(@ids)))`,
    ).all({ key: this.key, ids: json(actorIds) }) as TieSectors[];
  }

  dependents(actorId: string): Dependents | null {
    if (sql(this.db, 'SELECT 1 FROM actors WHERE round_key = ? AND id = ?').get(this.key, actorId) === undefined) return null;
    return sql(
      this.db,
      `SELECT (SELECT count(*) FROM collaborations WHERE round_key = @key AND (source = @id OR target = @id)) AS collaborations,
              (SELECT count(*) FROM memberships WHERE round_key = @key AND actor_id = @id) AS memberships,
              (SELECT count(*) FROM actors WHERE round_key = @key AND parent_id = @id) AS units`,
    ).get({ key: this.key, id: actorId }) as Dependents;
  }

  dependentIds(actorId: string): DependentIds {
    const ids = (query: string): string[] => (sql(this.db, query).all({ key: this.key, id: actorId }) as { id: string }[]).map((r) => r.id);
    return {
      collaborations: ids('SELECT id FROM collaborations WHERE round_key = @key AND (source = @id OR target = @id) ORDER BY id'),
      forums: ids('SELECT forum_id AS id FROM memberships WHERE round_key = @key AND actor_id = @id ORDER BY forum_id'),
      units: ids('SELECT id FROM actors WHERE round_key = @key AND parent_id = @id ORDER BY id'),
    };
  }

  recordChange(change: StoredChange): void {
    insertChange(this.db, change);
  }

  unitsOfThemselves(actorIds: readonly string[]): string[] {
    const parentOf = (id: string): string | undefined =>
      (
        sql(this.db, 'SELECT parent_id FROM actors WHERE round_key = ? AND id = ?').get(this.key, id) as
          | { parent_id: string | null }
          | undefined
      )?.parent_id ?? undefined;
    return actorIds.filter((id) => {
      const seen = new Set<string>();
      for (let at = parentOf(id); at !== undefined && !seen.has(at); at = parentOf(at)) {
        if (at === id) return true;
        seen.add(at);
      }
      return false;
    });
  }

  unnamed(named: RecordIds): RecordIds {
    const left = (kind: keyof RecordIds): string[] =>
      (
        sql(this.db, `SELECT id FROM ${TABLES[kind]} WHERE round_key = ? AND id NOT IN (SELECT value FROM json_each(?)) ORDER BY id`).all(
          this.key,
          json(named[kind]),
        ) as { id: string }[]
      ).map((r) => r.id);
    return { sources: left('sources'), actors: left('actors'), forums: left('forums'), collaborations: left('collaborations') };
  }

  layoutNodes(ids: { actors: readonly string[]; forums: readonly string[] }): LayoutNodes {
    return reads.layoutNodes(this.db, this.key, ids);
  }

  storedLayout(): StoredLayout | null {
    return reads.storedLayout(this.db, this.key);
  }

  writeSources(changes: readonly Change<Source>[]): void {
    writeRows(this.db, this.key, 'sources', changes, sourceRow);
  }

  writeActors(changes: readonly Change<Actor>[]): void {
    // A unit may be written before its parent in one batch: check foreign keys at commit.
    if (changes.length > 1) this.db.pragma('defer_foreign_keys = ON');
    writeRows(this.db, this.key, 'actors', changes, actorRow);
  }

  writeCollaborations(changes: readonly Change<Collaboration>[]): void {
    writeRows(this.db, this.key, 'collaborations', changes, collaborationRow);
  }

  writeForums(changes: readonly Change<Forum>[]): void {
    writeRows(this.db, this.key, 'forums', changes, forumRow);
    for (const { before, after } of changes) {
      if (before !== null && isDeepStrictEqual(before.members, after.members)) continue;
      sql(this.db, 'DELETE FROM memberships WHERE round_key = ? AND forum_id = ?').run(this.key, after.id);
      for (const m of after.members) {
        sql(this.db, 'INSERT INTO memberships (round_key, forum_id, actor_id, role) VALUES (?, ?, ?, ?)').run(
          this.key,
          after.id,
          m.actorId,
          m.role,
        );
      }
    }
  }

  setCollaborationTypes(rows: readonly { id: string; type: CollaborationType }[]): void {
    for (const { id, type } of rows) {
      sql(this.db, 'UPDATE collaborations SET type = ?, updated_at = ? WHERE round_key = ? AND id = ?').run(
        type,
        this.context.now,
        this.key,
        id,
      );
    }
  }

  deleteActor(id: string): void {
    const at = { key: this.key, id, now: this.context.now };
    sql(
      this.db,
      `UPDATE forums SET updated_at = @now
       WHERE round_key = @key AND id IN (SELECT forum_id FROM memberships WHERE round_key = @key AND actor_id = @id)`,
    ).run(at);
    sql(this.db, 'DELETE FROM memberships WHERE round_key = @key AND actor_id = @id').run(at);
    sql(this.db, 'DELETE FROM collaborations WHERE round_key = @key AND (source = @id OR target = @id)').run(at);
    sql(this.db, 'UPDATE actors SET parent_id = NULL, updated_at = @now WHERE round_key = @key AND parent_id = @id').run(at);
    sql(this.db, 'DELETE FROM actors WHERE round_key = @key AND id = @id').run(at);
  }

  deleteCollaboration(id: string): boolean {
    return sql(this.db, 'DELETE FROM collaborations WHERE round_key = ? AND id = ?').run(this.key, id).changes > 0;
  }

  deleteRecords(ids: RecordIds): void {
    const at = (list: readonly string[]) => ({ key: this.key, ids: json(list), now: this.context.now });
    const inList = 'IN (SELECT value FROM json_each(@ids))';
    sql(this.db, `DELETE FROM collaborations WHERE round_key = @key AND id ${inList}`).run(at(ids.collaborations));
    sql(this.db, `DELETE FROM memberships WHERE round_key = @key AND forum_id ${inList}`).run(at(ids.forums));
    sql(this.db, `DELETE FROM forums WHERE round_key = @key AND id ${inList}`).run(at(ids.forums));
    const actors = at(ids.actors);
    sql(
      this.db,
      `UPDATE forums SET updated_at = @now
       WHERE round_key = @key AND id IN (SELECT forum_id FROM memberships WHERE round_key = @key AND actor_id ${inList})`,
    ).run(actors);
    sql(this.db, `DELETE FROM memberships WHERE round_key = @key AND actor_id ${inList}`).run(actors);
    sql(this.db, `DELETE FROM collaborations WHERE round_key = @key AND (source ${inList} OR target ${inList})`).run(actors);
    // RESTRICT holds even when deferred: units let go of their parents before the parents go.
    sql(this.db, `UPDATE actors SET parent_id = NULL, updated_at = @now WHERE round_key = @key AND parent_id ${inList}`).run(actors);
    sql(this.db, `DELETE FROM actors WHERE round_key = @key AND id ${inList}`).run(actors);
    sql(this.db, `DELETE FROM sources WHERE round_key = @key AND id ${inList}`).run(at(ids.sources));
  }

  deleteForum(id: string): boolean {
    sql(this.db, 'DELETE FROM memberships WHERE round_key = ? AND forum_id = ?').run(this.key, id);
    return sql(this.db, 'DELETE FROM forums WHERE round_key = ? AND id = ?').run(this.key, id).changes > 0;
  }

  writeLayout(layout: StoredLayout): void {
    sql(
      this.db,
      `INSERT INTO layouts (round_key, positions, saved_at) VALUES (?, ?, ?)
       ON CONFLICT (round_key) DO UPDATE SET positions = excluded.positions, saved_at = excluded.saved_at`,
    ).run(this.key, JSON.stringify(layout.positions), layout.savedAt);
  }
}
