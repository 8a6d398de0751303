// The history in the Neo4j store: one (:Change) node per change, before/after as JSON text, named
// by mapping and round id so it outlives a deleted round. Lists are newest first (change-list.cypher).
// A large before/after (an import's, holding every record it wrote) is kept gzipped as bytes: as
// text, 110 000 records made a 31 MB string, a quarter of a million string records for the server
// to allocate, log and apply in the import's commit (bench/README.md, import-stores.ts).
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import type { Change, ChangeFilter, StoredChange } from '../../domain/changes.ts';
import type { Page, PageRequest } from '../port.ts';
import { pageOfOneMoreAsync } from '../rules/pages.ts';
import type { Row, Tx } from './tx.ts';

const gzipped = promisify(gzip);
const gunzipped = promisify(gunzip);

/** JSON longer than this is stored gzipped; a single write's record stays readable text. */
const GZIP_OVER_CHARS = 64 * 1024;

const json = (value: unknown): string | null => (value === null || value === undefined ? null : JSON.stringify(value));
const parsed = (text: unknown): unknown => (typeof text === 'string' ? JSON.parse(text) : null);

/** A before/after as stored: JSON text, or above GZIP_OVER_CHARS that text gzipped (off the event loop). */
async function packed(value: unknown): Promise<string | Int8Array | null> {
  const text = json(value);
  if (text === null || text.length <= GZIP_OVER_CHARS) return text;
  // Level 1: the text is records' repeated keys, which the fastest level already shrinks ~10×.
  const bytes = await gzipped(text, { level: 1 });
  return new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length); // what the driver sends as bytes
}

/** Either stored form back to its value. */
async function unpacked(stored: unknown): Promise<unknown> {
  return stored instanceof Int8Array ? JSON.parse((await gunzipped(stored)).toString('utf8')) : parsed(stored);
}

/** Sends the change's node with the transaction's other writes (change-create). */
export async function recordChange(tx: Tx, change: StoredChange): Promise<void> {
  tx.send('change-create', { props: await changeProps(change), mappingId: change.mapping, roundId: change.round });
}

async function changeProps(change: StoredChange): Promise<Row> {
  const [before, after] = await Promise.all([packed(change.before), packed(change.after)]);
  return {
    id: change.id,
    at: change.at,
    who: change.who,
    entity: change.entity,
    entityId: change.entityId,
    op: change.op,
    before,
    after,
    counts: json(change.counts),
    revertOf: change.revertOf ?? null,
    actors: change.actors,
  };
}

async function changeFromProps(props: Row): Promise<Change> {
  const [before, after] = await Promise.all([unpacked(props.before), unpacked(props.after)]);
  return {
    id: String(props.id),
    at: String(props.at),
    who: String(props.who),
    mapping: String(props.mappingId),
    round: typeof props.roundId === 'string' ? props.roundId : null,
    entity: props.entity as Change['entity'],
    entityId: String(props.entityId),
    op: props.op as Change['op'],
    before,
    after,
    ...(typeof props.counts === 'string' ? { counts: parsed(props.counts) as Change['counts'] } : {}),
    ...(typeof props.revertOf === 'string' ? { revertOf: props.revertOf } : {}),
  };
}

export async function getChange(tx: Tx, id: string): Promise<Change | null> {
  const [row] = await tx.read('change-get', { id });
  return row ? await changeFromProps(row.change as Row) : null;
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
  // The extra row only says another page follows: not unpacked (it may be an import's gzipped records).
  return pageOfOneMoreAsync(rows, page.limit, (r) => changeFromProps(r.change as Row));
}
