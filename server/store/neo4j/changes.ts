// The history in the Neo4j store: one (:Change) node per change, before/after as JSON text, named
// by mapping and round id so it outlives a deleted round. Lists are newest first (change-list.cypher).
import type { Change, ChangeFilter, StoredChange } from '../../domain/changes.ts';
import type { Page, PageRequest } from '../port.ts';
import { pageOfOneMore } from '../rules/pages.ts';
import type { Row, Tx } from './tx.ts';

const json = (value: unknown): string | null => (value === null || value === undefined ? null : JSON.stringify(value));
const parsed = (text: unknown): unknown => (typeof text === 'string' ? JSON.parse(text) : null);

/** change-create's parameters: the node's properties, and where the change was made. */
export function changeParams(change: StoredChange): Row {
  return { props: changeProps(change), mappingId: change.mapping, roundId: change.round };
}

function changeProps(change: StoredChange): Row {
  return {
    id: change.id,
    at: change.at,
    who: change.who,
    entity: change.entity,
    entityId: change.entityId,
    op: change.op,
    before: json(change.before),
    after: json(change.after),
    counts: json(change.counts),
    revertOf: change.revertOf ?? null,
    actors: change.actors,
  };
}

function changeFromProps(props: Row): Change {
  return {
    id: String(props.id),
    at: String(props.at),
    who: String(props.who),
    mapping: String(props.mappingId),
    round: typeof props.roundId === 'string' ? props.roundId : null,
    entity: props.entity as Change['entity'],
    entityId: String(props.entityId),
    op: props.op as Change['op'],
    before: parsed(props.before),
    after: parsed(props.after),
    ...(typeof props.counts === 'string' ? { counts: parsed(props.counts) as Change['counts'] } : {}),
    ...(typeof props.revertOf === 'string' ? { revertOf: props.revertOf } : {}),
  };
}

export async function getChange(tx: Tx, id: string): Promise<Change | null> {
  const [row] = await tx.read('change-get', { id });
  return row ? changeFromProps(row.change as Row) : null;
}

export async function listChanges(tx: Tx, filter: ChangeFilter, page: PageRequest): Promise<Page<Change>> {
  // A round's list seeks that round's index; other filters read down the id index.
  const inRound = filter.mapping !== undefined && filter.round !== undefined;
  const rows = await tx.read(inRound ? 'change-list-round' : 'change-list', {
    before: page.after ?? '~',
    mappingId: filter.mapping ?? null,
    roundId: filter.round ?? null,
    entity: filter.entity ?? null,
    entityId: filter.id ?? null,
    who: filter.who ?? null,
    since: filter.since ?? null,
    actor: filter.actor ?? null,
    limit: page.limit + 1,
  });
  return pageOfOneMore(rows, page.limit, (r) => changeFromProps(r.change as Row));
}
