// Rows → records, one function per table. Each reads its row through a RowReader (which reports
// unreadable values), and returns the record as the Dataset schema will check it, with the row
// it came from so later checks can point at it.
import { derivedCollaborationId } from '../../services/collaborations.ts';
import { Slug } from '../../domain/schemas.ts';
import { slugFor } from '../../domain/text.ts';
import type { RowReader } from './cells.ts';
import type { MappingOptions } from './options.ts';

export interface Located<T> {
  sheet: string;
  row: number;
  record: T;
  /** header → cell, for the columns no field claims */
  attributes?: Record<string, string> | undefined;
  /** field key → the header the file used, to name columns in later problems */
  headers: (key: string) => string;
}

type Loose = Record<string, unknown>;

function located<T>(reader: RowReader, record: T): Located<T> {
  // The sheet's own header lookup, not a closure over the reader: a record must not keep its row's cells alive.
  return { sheet: reader.sheet, row: reader.row.row, record, attributes: reader.attributes(), headers: reader.headerOf };
}

/** A file's id as our id: kept when it is already a slug ("kronogarden", "12"), else slugified. */
export function idFrom(raw: string | undefined, name: string | undefined): string {
  if (raw !== undefined) return Slug.safeParse(raw).success ? raw : slugFor(raw);
  return name === undefined ? '' : slugFor(name);
}

function rowEvidence(reader: RowReader): Loose[] | undefined {
  const fromJson = reader.json('evidence');
  const sourceId = reader.text('evidenceSource');
  const locator = reader.text('evidenceLocator');
  const note = reader.text('evidenceNote');
  const list: Loose[] = Array.isArray(fromJson) ? (fromJson as Loose[]) : [];
  if (fromJson !== undefined && !Array.isArray(fromJson)) reader.problem(reader.headerOf('evidence'), 'must be a JSON list of evidence');
  if (sourceId !== undefined || locator !== undefined || note !== undefined) {
    const absent = [
      ['evidenceSource', sourceId],
      ['evidenceLocator', locator],
      ['evidenceNote', note],
    ].filter(([, v]) => v === undefined);
    for (const [key] of absent) reader.problem(reader.headerOf(key as string), 'evidence needs a source, a locator and a note');
    if (absent.length === 0) list.push({ sourceId, locator, note });
  }
  return list;
}

export function readActor(reader: RowReader, options: MappingOptions): Located<Loose> {
  const name = reader.text('name');
  return located(reader, {
    id: idFrom(reader.text('id'), name),
    name,
    sector: reader.vocabulary('sector', 'sector') ?? (reader.text('sector') === undefined ? options.defaults?.sector : undefined),
    parentId: reader.text('parentId'),
    areas: reader.vocabularyList('areas', 'areas'),
    neighbourhoods: reader.list('neighbourhoods'),
    targetGroups: reader.list('targetGroups'),
    description: reader.text('description'),
    descriptionSv: reader.text('descriptionSv'),
    website: reader.text('website'),
    evidence: rowEvidence(reader),
  });
}

export function readTie(reader: RowReader): Located<Loose> & { endpoints: { source?: string; target?: string } } {
  const type = tieTypeOf(reader);
  const forms = reader.vocabularyList('forms', 'forms');
  if (type.form !== undefined && !forms.includes(type.form)) forms.push(type.form);
  const record: Loose = {
    id: reader.text('id'),
    status: reader.vocabulary('status', 'status') ?? type.status,
    areas: reader.vocabularyList('areas', 'areas'),
    forms,
    strength: reader.integer('strength', 1, 3, 'a strength of 1, 2 or 3 (weak to strong)'),
    since: reader.text('since'),
    until: reader.text('until'),
    directed: reader.boolean('directed') ?? type.directed ?? false,
    neighbourhoods: reader.list('neighbourhoods'),
    description: reader.text('description'),
    descriptionSv: reader.text('descriptionSv'),
    evidence: rowEvidence(reader),
  };
  // Added to the record read, not spread into a copy of it: one object less per tie.
  return Object.assign(located(reader, record), { endpoints: { source: reader.text('source'), target: reader.text('target') } });
}

const DIRECTIONS: Record<string, boolean> = { directed: true, riktad: true, undirected: false, oriktad: false };

/**
 * Kumu's and Gephi's connection Type says direction (Gephi: Directed/Undirected), a status or a
 * form (Kumu: the analyst's words): whichever vocabulary the value belongs to.
 */
function tieTypeOf(reader: RowReader): { directed?: boolean; status?: string; form?: string } {
  const text = reader.text('type');
  if (text === undefined) return {};
  const directed = DIRECTIONS[text.toLowerCase()];
  if (directed !== undefined) return { directed };
  const status = reader.matcher.match('status', text);
  if (status !== undefined) return { status };
  const form = reader.matcher.match('forms', text);
  if (form !== undefined) return { form };
  reader.problem(reader.headerOf('type'), `unknown type "${text}": a direction (Directed/Undirected), a status or a form of collaboration`);
  return {};
}

/** The id a tie gets when the file gives none; parallel ties between a pair are numbered. */
export function tieId(record: Loose, taken: Set<string>): string {
  const base = derivedCollaborationId(record as Parameters<typeof derivedCollaborationId>[0]) || 'tie';
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base.slice(0, 115)}-${n}`;
  return id;
}

export function readForum(reader: RowReader): Located<Loose> {
  const name = reader.text('name');
  return located(reader, {
    id: idFrom(reader.text('id'), name),
    name,
    description: reader.text('description'),
    descriptionSv: reader.text('descriptionSv'),
    areas: reader.vocabularyList('areas', 'areas'),
    neighbourhoods: reader.list('neighbourhoods'),
    members: [],
    evidence: rowEvidence(reader),
  });
}

export function readMembership(reader: RowReader): Located<{ forumId?: string; actorId?: string; role: string }> {
  return located(reader, {
    forumId: reader.text('forumId'),
    actorId: reader.text('actorId'),
    role: reader.vocabulary('role', 'role') ?? 'member',
  });
}

export function readEvidence(reader: RowReader): Located<{ recordKind?: string; recordId?: string; evidence: Loose }> {
  return located(reader, {
    recordKind: reader.text('recordKind'),
    recordId: reader.text('recordId'),
    evidence: {
      sourceId: reader.text('sourceId'),
      locator: reader.text('locator'),
      note: reader.text('note'),
      noteSv: reader.text('noteSv'),
    },
  });
}

export function readSource(reader: RowReader): Located<Loose> {
  return located(reader, {
    id: reader.text('id'),
    title: reader.text('title'),
    authors: reader.list('authors'),
    year: reader.integer('year', 1900, 2100, 'a year'),
    publisher: reader.text('publisher'),
    url: reader.text('url'),
  });
}
