// The columns Samverkan knows, once: the headers our own exports write (English, with the Swedish
// header beside them) and the names other tools and people use for the same thing (Kumu's Label
// and Type, Gephi's Id, Source, Weight …). The importers match headers against these; the
// exporters write `header`. Values are matched against server/domain/vocabulary.ts.

export type TableKind = 'actors' | 'ties' | 'forums' | 'memberships' | 'evidence' | 'sources';

/** How a cell's text becomes a value. */
export type FieldKind =
  | 'text'
  | 'list' // free text, several values split on `|`
  | 'sector'
  | 'areas'
  | 'status'
  | 'forms'
  | 'role'
  | 'strength'
  | 'year'
  | 'boolean'
  | 'tieType' // Kumu's and Gephi's connection Type: directedness, a status or a form
  | 'evidenceJson'; // a whole evidence list, as the graph formats carry it

export interface FieldSpec {
  key: string;
  header: string;
  sv: string;
  aliases: readonly string[];
  kind: FieldKind;
}

const field = (key: string, header: string, sv: string, kind: FieldKind, aliases: readonly string[] = []): FieldSpec => ({
  key,
  header,
  sv,
  kind,
  aliases,
});

const evidenceColumns = [
  field('evidenceSource', 'Evidence source', 'Källa', 'text', ['source id', 'källa id']),
  field('evidenceLocator', 'Evidence locator', 'Ställe i källan', 'text', ['locator', 'sida', 'avsnitt']),
  field('evidenceNote', 'Evidence note', 'Anteckning om källan', 'text', ['belägg']),
  field('evidence', 'Evidence (JSON)', 'Belägg (JSON)', 'evidenceJson'),
];
const descriptions = [
  field('description', 'Description', 'Beskrivning', 'text', ['notes', 'anteckningar']),
  field('descriptionSv', 'Description (Swedish)', 'Beskrivning (svenska)', 'text', ['description sv', 'beskrivning sv']),
];
const neighbourhoods = field('neighbourhoods', 'Neighbourhoods', 'Stadsdelar', 'list', [
  'neighbourhood',
  'neighborhood',
  'neighborhoods',
  'stadsdel',
  'bostadsområde',
  'bostadsområden',
]);
const areas = field('areas', 'Areas', 'Områden', 'areas', ['area', 'område', 'tags', 'taggar', 'focus areas', 'sakområden']);

export const FIELDS: Record<TableKind, readonly FieldSpec[]> = {
  actors: [
    field('id', 'Id', 'Id', 'text', ['key', 'nyckel', 'actor id', 'aktörs id', 'node id']),
    field('name', 'Name', 'Namn', 'text', ['label', 'actor', 'aktör', 'organisation', 'organization', 'organisationsnamn']),
    field('sector', 'Sector', 'Sektor', 'sector', ['type', 'typ', 'element type']),
    field('parentId', 'Parent', 'Del av', 'text', ['parent id', 'part of', 'överordnad', 'parentid']),
    areas,
    neighbourhoods,
    field('targetGroups', 'Target groups', 'Målgrupper', 'list', ['target group', 'målgrupp']),
    ...descriptions,
    field('website', 'Website', 'Webbplats', 'text', ['url', 'web', 'hemsida', 'webbadress']),
    ...evidenceColumns,
  ],
  ties: [
    field('id', 'Id', 'Id', 'text', ['key', 'tie id', 'samarbetes id']),
    field('source', 'Source', 'Från', 'text', ['from', 'actor 1', 'aktör 1']),
    field('target', 'Target', 'Till', 'text', ['to', 'actor 2', 'aktör 2']),
    field('status', 'Status', 'Status', 'status', ['state', 'läge', 'tillstånd']),
    field('type', 'Type', 'Typ', 'tieType', ['connection type', 'edge type', 'kind']),
    areas,
    field('forms', 'Forms', 'Former', 'forms', ['form', 'samarbetsform', 'samarbetsformer']),
    field('strength', 'Strength', 'Styrka', 'strength', ['weight', 'vikt']),
    field('since', 'Since', 'Sedan', 'text', ['start', 'from date', 'startår']),
    field('until', 'Until', 'Till och med', 'text', ['end', 'to date', 'slutår']),
    field('directed', 'Directed', 'Riktad', 'boolean', ['riktat']),
    neighbourhoods,
    field('description', 'Description', 'Beskrivning', 'text', ['label', 'etikett', 'notes', 'anteckningar']),
    descriptions[1] as FieldSpec,
    ...evidenceColumns,
  ],
  forums: [
    field('id', 'Id', 'Id', 'text', ['key', 'forum id']),
    field('name', 'Name', 'Namn', 'text', ['label', 'forum']),
    ...descriptions,
    areas,
    neighbourhoods,
    ...evidenceColumns,
  ],
  memberships: [
    field('forumId', 'Forum', 'Forum', 'text', ['forum id']),
    field('actorId', 'Actor', 'Aktör', 'text', ['actor id', 'member', 'medlem']),
    field('role', 'Role', 'Roll', 'role'),
  ],
  evidence: [
    field('recordKind', 'Record kind', 'Posttyp', 'text', ['kind']),
    field('recordId', 'Record', 'Post', 'text', ['record id', 'id']),
    field('sourceId', 'Source', 'Källa', 'text', ['source id']),
    field('locator', 'Locator', 'Ställe i källan', 'text', ['page', 'sida', 'avsnitt']),
    field('note', 'Note', 'Anteckning', 'text'),
    field('noteSv', 'Note (Swedish)', 'Anteckning (svenska)', 'text', ['note sv']),
  ],
  sources: [
    field('id', 'Id', 'Id', 'text'),
    field('title', 'Title', 'Titel', 'text'),
    field('authors', 'Authors', 'Författare', 'list', ['author']),
    field('year', 'Year', 'År', 'year'),
    field('publisher', 'Publisher', 'Utgivare', 'text'),
    field('url', 'URL', 'Länk', 'text', ['link']),
  ],
};

/** Sheet and file names that say which table a sheet is, in English, Swedish and the tools' words. */
export const TABLE_NAMES: Record<TableKind, readonly string[]> = {
  actors: ['actors', 'aktörer', 'elements', 'nodes', 'noder', 'organisations', 'organisationer', 'nodes table'],
  ties: ['ties', 'collaborations', 'samarbeten', 'connections', 'edges', 'kanter', 'links', 'relationer', 'kopplingar', 'edges table'],
  forums: ['forums', 'forum', 'fora', 'nätverk'],
  memberships: ['memberships', 'medlemskap', 'members', 'medlemmar'],
  evidence: ['evidence', 'belägg', 'källhänvisningar'],
  sources: ['sources', 'källor'],
};

/** Folds a header or value for matching: case, diacritics, punctuation and spacing do not count. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The field a header names in a table, or undefined for a column we keep as an attribute. */
export function fieldForHeader(table: TableKind, header: string): FieldSpec | undefined {
  const folded = fold(header);
  return FIELDS[table].find((f) => [f.key, f.header, f.sv, ...f.aliases].some((name) => fold(name) === folded));
}

export function tableForName(name: string): TableKind | undefined {
  const folded = fold(name.replace(/\.(csv|tsv|txt)$/i, ''));
  return (Object.keys(TABLE_NAMES) as TableKind[]).find((table) => TABLE_NAMES[table].some((n) => fold(n) === folded));
}
