// A graph snapshot as flat records, the one projection every exporter writes: field keys and
// headers from mapping/fields.ts (so an export imports back through the same mapping), lists
// joined with "|", evidence as JSON in graph formats and as its own sheet in spreadsheets.
import type { Actor, Collaboration, Evidence, Forum } from '../../domain/schemas.ts';
import type { GraphSnapshot } from '../../store/port.ts';
import { FIELDS, type TableKind } from '../mapping/fields.ts';
import { VOCABULARIES, type VocabularyName } from '../mapping/values.ts';
import { mapped } from './chunks.ts';

export type Scalar = string | number | boolean;
export type FlatRecord = Record<string, Scalar>;

type Field = Scalar | readonly string[] | readonly Evidence[] | undefined;

/** A field as a record holds it: lists joined with "|", evidence as JSON; nothing for none or an empty list. */
function flatValue(key: string, value: Field): Scalar | undefined {
  if (!Array.isArray(value)) return value as Scalar | undefined;
  if (value.length === 0) return undefined;
  return key === 'evidence' ? JSON.stringify(value) : value.join('|');
}

/** `item`'s fields added to `record` as flatValue holds them, all but `skip` (no rest copy: 100k ties). */
function flatInto(record: FlatRecord, item: object, skip: ReadonlySet<string>): FlatRecord {
  for (const [key, value] of Object.entries(item)) {
    if (skip.has(key)) continue;
    const flattened = flatValue(key, value as Field);
    if (flattened !== undefined) record[key] = flattened;
  }
  return record;
}

// What the graph formats leave out of a record's attributes: its id is the node's or edge's key,
// stored timestamps are the store's, a tie's ends are the edge's and its type is derived.
const NOT_ATTRIBUTES = new Set(['id', 'createdAt', 'updatedAt']);
const NOT_TIE_ATTRIBUTES = new Set([...NOT_ATTRIBUTES, 'type', 'source', 'target']);
const NOT_FORUM_ATTRIBUTES = new Set([...NOT_ATTRIBUTES, 'members']);

/** An actor's fields as node attributes, added to `attributes`. */
export const actorAttributes = (actor: Actor, attributes: FlatRecord): FlatRecord => flatInto(attributes, actor, NOT_ATTRIBUTES);

/** A tie's fields as edge attributes, added to `attributes`. */
export const tieAttributes = (tie: Collaboration, attributes: FlatRecord): FlatRecord => flatInto(attributes, tie, NOT_TIE_ATTRIBUTES);

/** A forum's fields as node attributes, added to `attributes`. */
export const forumAttributes = (forum: Forum, attributes: FlatRecord): FlatRecord => flatInto(attributes, forum, NOT_FORUM_ATTRIBUTES);

/** Actor metrics an export adds as actor columns: the metric ids in order, and each actor's values (null: undefined for that actor). */
export interface ActorMetrics {
  ids: readonly string[];
  values: ReadonlyMap<string, Readonly<Record<string, number | null>>>;
}

/** What an export adds to the round's records. */
export interface ExportOptions {
  metrics?: ActorMetrics | undefined;
  /** The filters that selected a subset, as query words (`area: 'housing'`); none for the whole round. */
  filters?: Readonly<Record<string, string>> | undefined;
}

/** An actor's metric values as record fields; an undefined value is left out. */
export function metricFields(metrics: ActorMetrics | undefined, actorId: string): FlatRecord {
  const fields: FlatRecord = {};
  const values = metrics?.values.get(actorId);
  for (const id of metrics?.ids ?? []) {
    const value = values?.[id];
    if (value !== undefined && value !== null) fields[id] = value;
  }
  return fields;
}

/**
 * The sheet (and CSV file) naming the filters a subset was exported with. "(ignore)" is Kumu's
 * mark for a sheet of notes, so the importers skip it (mapping/plan.ts).
 */
export const FILTERS_SHEET = 'filters (ignore)';

export interface Table {
  name: TableKind | typeof FILTERS_SHEET;
  header: string[];
  /** Read once: an export's rows are made as they are written. */
  rows: Iterable<Scalar[]>;
}

const VOCABULARY_OF: Partial<Record<string, VocabularyName>> = {
  sector: 'sector',
  areas: 'areas',
  status: 'status',
  forms: 'forms',
  role: 'role',
};

/** Each vocabulary field's English word by id. */
const ENGLISH = new Map(
  Object.entries(VOCABULARY_OF).map(([key, vocabulary]) => [
    key,
    new Map<string, string>(VOCABULARIES[vocabulary!].map((t) => [t.id, t.en])),
  ]),
);

/** Vocabulary ids as the English words a person reads and Excel's validation lists offer. */
function asWords(key: string, value: Scalar): Scalar {
  const words = ENGLISH.get(key);
  if (words === undefined || typeof value !== 'string') return value;
  return value
    .split('|')
    .map((id) => words.get(id) ?? id)
    .join('|');
}

/**
 * A table of records, each cell read from its record's field as flatValue holds it (no flat
 * record is made per row: 100k ties); `extra` are columns of their own name after the known
 * fields (metrics).
 */
function table(name: TableKind, records: Iterable<object>, extra: readonly string[] = []): Table {
  // Evidence has its own sheet; a tie's Type column is the other tools' word, not ours to write.
  const fields = FIELDS[name].filter((f) => f.kind !== 'evidenceJson' && f.kind !== 'tieType' && !f.key.startsWith('evidence'));
  const keys = [...fields.map((f) => f.key), ...extra];
  const cellOf = (record: object, key: string) => {
    const value = flatValue(key, (record as Record<string, Field>)[key]);
    return value === undefined ? '' : asWords(key, value);
  };
  return {
    name,
    header: [...fields.map((f) => f.header), ...extra],
    rows: mapped(records, (record) => keys.map((key) => cellOf(record, key))),
  };
}

/** The spreadsheet tables of a snapshot: what the XLSX sheets and the CSV files hold, their rows made as they are read. */
export function snapshotTables(snapshot: GraphSnapshot, options: ExportOptions = {}): Table[] {
  const evidence: object[] = [];
  const collect = (recordKind: string, recordId: string, list: readonly Evidence[]) => {
    for (const e of list) evidence.push({ recordKind, recordId, ...e });
  };
  for (const a of snapshot.actors) collect('actor', a.id, a.evidence);
  for (const c of snapshot.collaborations) collect('tie', c.id, c.evidence);
  for (const f of snapshot.forums) collect('forum', f.id, f.evidence);
  const { metrics, filters } = options;
  const notes: Table[] = [];
  if (filters !== undefined && Object.keys(filters).length > 0)
    notes.push({ name: FILTERS_SHEET, header: ['Filter', 'Value'], rows: Object.entries(filters) });
  return [
    ...notes,
    table(
      'actors',
      metrics === undefined ? snapshot.actors : mapped(snapshot.actors, (a) => ({ ...a, ...metricFields(metrics, a.id) })),
      metrics?.ids,
    ),
    table('ties', snapshot.collaborations),
    table('forums', snapshot.forums),
    table(
      'memberships',
      snapshot.forums.flatMap((f) => f.members.map((m) => ({ forumId: f.id, actorId: m.actorId, role: m.role }))),
    ),
    table('evidence', evidence),
    table('sources', snapshot.sources),
  ];
}
