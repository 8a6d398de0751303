// The history in the embedded store: one `changes` row per change (schema.ts, the history
// migration), before/after as JSON text. Rows name their mapping and round by id, not by key, so
// the history outlives a deleted round. Lists are newest first: descending id order.
import type { Change, ChangeFilter, StoredChange } from '../../domain/changes.ts';
import type { Page, PageRequest } from '../port.ts';
import { pageOfOneMore } from '../rules/pages.ts';
import { sql, type Db } from './sql.ts';

interface ChangeRow {
  id: string;
  at: string;
  who: string;
  mapping_id: string;
  round_id: string | null;
  entity: Change['entity'];
  entity_id: string;
  op: Change['op'];
  before: string | null;
  after: string | null;
  counts: string | null;
  revert_of: string | null;
}

export function insertChange(db: Db, change: StoredChange): void {
  sql(
    db,
    `INSERT INTO changes (id, at, who, mapping_id, round_id, entity, entity_id, op, before, after, counts, revert_of, actors)
     VALUES (@id, @at, @who, @mapping_id, @round_id, @entity, @entity_id, @op, @before, @after, @counts, @revert_of, @actors)`,
  ).run({
    id: change.id,
    at: change.at,
    who: change.who,
    mapping_id: change.mapping,
    round_id: change.round,
    entity: change.entity,
    entity_id: change.entityId,
    op: change.op,
    before: change.before === null ? null : JSON.stringify(change.before),
    after: change.after === null ? null : JSON.stringify(change.after),
    counts: change.counts === undefined ? null : JSON.stringify(change.counts),
    revert_of: change.revertOf ?? null,
    actors: JSON.stringify(change.actors),
  });
}

function changeFromRow(row: ChangeRow): Change {
  return {
    id: row.id,
    at: row.at,
    who: row.who,
    mapping: row.mapping_id,
    round: row.round_id,
    entity: row.entity,
    entityId: row.entity_id,
    op: row.op,
    before: row.before === null ? null : JSON.parse(row.before),
    after: row.after === null ? null : JSON.parse(row.after),
    ...(row.counts === null ? {} : { counts: JSON.parse(row.counts) as Change['counts'] }),
    ...(row.revert_of === null ? {} : { revertOf: row.revert_of }),
  };
}

const COLUMNS = 'id, at, who, mapping_id, round_id, entity, entity_id, op, before, after, counts, revert_of';

export function getChange(db: Db, id: string): Change | null {
  const row = sql(db, `SELECT ${COLUMNS} FROM changes WHERE id = ?`).get(id) as ChangeRow | undefined;
  return row === undefined ? null : changeFromRow(row);
}

export function listChanges(db: Db, filter: ChangeFilter, page: PageRequest): Page<Change> {
  const rows = sql(
    db,
    `SELECT ${COLUMNS} FROM changes
     WHERE (@after IS NULL OR id < @after)
       AND (@mapping IS NULL OR mapping_id = @mapping)
       AND (@round IS NULL OR round_id = @round)
       AND (@entity IS NULL OR entity = @entity)
       AND (@entity_id IS NULL OR entity_id = @entity_id)
       AND (@who IS NULL OR who = @who)
       AND (@since IS NULL OR at >= @since)
       AND (@actor IS NULL OR EXISTS (SELECT 1 FROM json_each(actors) WHERE value = @actor))
     ORDER BY id DESC LIMIT @limit`,
  ).all({
    after: page.after ?? null,
    mapping: filter.mapping ?? null,
    round: filter.round ?? null,
    entity: filter.entity ?? null,
    entity_id: filter.id ?? null,
    who: filter.who ?? null,
    since: filter.since ?? null,
    actor: filter.actor ?? null,
    limit: page.limit + 1,
  }) as ChangeRow[];
  return pageOfOneMore(rows, page.limit, changeFromRow);
}
