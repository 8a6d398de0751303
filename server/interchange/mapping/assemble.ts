// Sheets → a checked Dataset: plan the sheets, read every row, resolve what refers to what (tie
// endpoints by id or name, parents, memberships, evidence rows), then hold each record to the
// Dataset schema so every problem can name its sheet, row and column.
import type { z } from 'zod';
import { DATASET_LIMITS, Dataset } from '../../domain/inputs.ts';
import type { ProblemList } from '../problems.ts';
import type { Sheet } from '../tables/sheet.ts';
import type { CarriedFields } from '../../domain/carried-fields.ts';
import { carriedFields } from './carried.ts';
import { RowReader } from './cells.ts';
import { fold, type TableKind } from './fields.ts';
import type { MappingOptions } from './options.ts';
import { planSheets, type SheetPlan } from './plan.ts';
import { type Located, idFrom, readActor, readEvidence, readForum, readMembership, readSource, readTie, tieId } from './records.ts';
import { ValueMatcher } from './values.ts';

type Loose = Record<string, unknown>;

export interface ColumnReport {
  header: string;
  /** the field the column was read as; null when kept as an attribute or ignored */
  field: string | null;
  ignored: boolean;
}

export interface MappingReport {
  sheets: Array<{ sheet: string; table: TableKind; rows: number; columns: ColumnReport[] }>;
  /** sheets left out on purpose (Kumu's "(ignore)") */
  skippedSheets: string[];
  /** values the file left out that the import assumed, and for how many rows */
  assumed: Array<{ table: TableKind; field: string; value: string; rows: number }>;
}

/** Columns no field claims, per record: kept, and shown, rather than dropped. */
export interface KeptAttributes {
  actors: Record<string, Record<string, string>>;
  ties: Record<string, Record<string, string>>;
  forums: Record<string, Record<string, string>>;
}

export interface Assembled {
  dataset: Dataset | null;
  report: MappingReport;
  attributes: KeptAttributes;
  /** the fields the file's columns carry: an upsert keeps the stored value of the others */
  carried: CarriedFields;
}

const STATUS_WHEN_MISSING = 'active';

/** The Dataset's own item schemas, so a row is held to exactly what POST /api/import takes. */
const DATASET_ITEMS = {
  sources: Dataset.shape.sources.unwrap().element,
  actors: Dataset.shape.actors.unwrap().element,
  forums: Dataset.shape.forums.unwrap().element,
  collaborations: Dataset.shape.collaborations.unwrap().element,
};

function rowsOf<T>(
  plans: readonly SheetPlan[],
  table: TableKind,
  matcher: ValueMatcher,
  problems: ProblemList,
  read: (reader: RowReader) => T,
): T[] {
  return plans
    .filter((p) => p.table === table)
    .flatMap((plan) => plan.sheet.rows.map((row) => read(new RowReader(plan, row, matcher, problems))));
}

/** Each record held to its schema; issues become problems on the record's row and column. */
function validated<S extends z.ZodType>(schema: S, items: readonly Located<Loose>[], problems: ProblemList): Array<z.output<S>> {
  const valid: Array<z.output<S>> = [];
  for (const item of items) {
    // The fields the row left empty are left out, as a JSON body would leave them out.
    const record: Loose = {};
    for (const key in item.record) if (item.record[key] !== undefined) record[key] = item.record[key];
    const result = schema.safeParse(record);
    if (result.success) valid.push(result.data);
    else
      for (const issue of result.error.issues) {
        const key = String(issue.path[0] ?? '');
        const at = { sheet: item.sheet, row: item.row, column: key ? item.headers(key) : null };
        // Already said: the cell's value was unreadable, or the whole column is missing.
        if (problems.has(at) || problems.has({ ...at, row: 1 })) continue;
        const missing = issue.code === 'invalid_type' && record[key] === undefined;
        problems.add({ ...at, message: missing ? 'required, but empty' : issue.message });
      }
  }
  return valid;
}

function refuseDuplicates(items: readonly Located<Loose>[], what: string, problems: ProblemList): Located<Loose>[] {
  const seen = new Map<string, number>();
  return items.filter((item) => {
    const id = String(item.record.id ?? '');
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, item.row);
      return true;
    }
    problems.add({
      sheet: item.sheet,
      row: item.row,
      column: item.headers('id'),
      message: `duplicate ${what} id "${id}" (first on row ${first})`,
    });
    return false;
  });
}

/**
 * `references`: 'file' when the file must be complete (a replace); 'file-or-round' when an actor it
 * does not hold may be one the round holds (an upsert): such a reference is kept as an id and the
 * store's import checks it against the round, answering 422 naming an actor neither holds.
 */
export type ActorReferences = 'file' | 'file-or-round';

export function assembleDataset(
  sheets: readonly Sheet[],
  options: MappingOptions,
  problems: ProblemList,
  references: ActorReferences = 'file',
): Assembled {
  const skippedSheets: string[] = [];
  const plans = planSheets(sheets, options, problems, skippedSheets);
  const matcher = new ValueMatcher(options.values);
  const report: MappingReport = {
    sheets: plans.map((p) => ({
      sheet: p.sheet.name,
      table: p.table,
      rows: p.sheet.rows.length,
      columns: p.columns.map((c) => ({ header: c.header, field: c.field?.key ?? null, ignored: c.ignored })),
    })),
    skippedSheets,
    assumed: [],
  };

  const sources = refuseDuplicates(rowsOf(plans, 'sources', matcher, problems, readSource), 'source', problems);
  const actors = refuseDuplicates(
    rowsOf(plans, 'actors', matcher, problems, (r) => readActor(r, options)),
    'actor',
    problems,
  );
  const forums = refuseDuplicates(rowsOf(plans, 'forums', matcher, problems, readForum), 'forum', problems);
  const ties = rowsOf(plans, 'ties', matcher, problems, readTie);

  // An endpoint names an actor by id, by the id its name gives, or by its name (Kumu's From/To).
  const actorIds = new Set(actors.map((a) => String(a.record.id)));
  const byName = new Map(
    actors.filter((a) => typeof a.record.name === 'string').map((a) => [fold(String(a.record.name)), String(a.record.id)]),
  );
  const resolveActor = (text: string | undefined) => {
    if (text === undefined) return undefined;
    if (actorIds.has(text)) return text;
    const slug = idFrom(text, undefined);
    if (actorIds.has(slug)) return slug;
    return byName.get(fold(text)) ?? (references === 'file-or-round' ? slug : undefined);
  };

  for (const actor of actors) {
    const parent = actor.record.parentId as string | undefined;
    if (parent === undefined) continue;
    const id = resolveActor(parent);
    if (id === undefined)
      problems.add({ sheet: actor.sheet, row: actor.row, column: actor.headers('parentId'), message: `no actor "${parent}" in the file` });
    actor.record.parentId = id;
  }

  let statusAssumed = 0;
  const tieIds = new Set<string>();
  for (const tie of ties) {
    for (const end of ['source', 'target'] as const) {
      const text = tie.endpoints[end];
      const id = resolveActor(text);
      if (text !== undefined && id === undefined)
        problems.add({
          sheet: tie.sheet,
          row: tie.row,
          column: tie.headers(end),
          message: `no actor "${text}" in the file: a tie needs both of its actors`,
        });
      tie.record[end] = id;
    }
    if (tie.record.source !== undefined && tie.record.source === tie.record.target)
      problems.add({ sheet: tie.sheet, row: tie.row, column: tie.headers('target'), message: 'a tie needs two different actors' });
    if (tie.record.status === undefined) {
      tie.record.status = options.defaults?.status ?? STATUS_WHEN_MISSING;
      statusAssumed += 1;
    }
    const given = tie.record.id as string | undefined;
    if (given !== undefined) {
      const id = idFrom(given, undefined);
      if (tieIds.has(id))
        problems.add({ sheet: tie.sheet, row: tie.row, column: tie.headers('id'), message: `duplicate tie id "${given}"` });
      tie.record.id = id;
    }
    if (tie.record.id !== undefined) tieIds.add(String(tie.record.id));
  }
  for (const tie of ties) {
    if (tie.record.id !== undefined) continue;
    tie.record.id = tieId(tie.record, tieIds);
    tieIds.add(String(tie.record.id));
  }
  if (statusAssumed > 0)
    report.assumed.push({ table: 'ties', field: 'status', value: options.defaults?.status ?? STATUS_WHEN_MISSING, rows: statusAssumed });

  const forumById = new Map(forums.map((f) => [String(f.record.id), f]));
  const forumByName = new Map(forums.map((f) => [fold(String(f.record.name ?? '')), f]));
  for (const m of rowsOf(plans, 'memberships', matcher, problems, readMembership)) {
    const forum =
      m.record.forumId === undefined
        ? undefined
        : (forumById.get(idFrom(m.record.forumId, undefined)) ?? forumByName.get(fold(m.record.forumId)));
    const actorId = resolveActor(m.record.actorId);
    if (m.record.forumId !== undefined && forum === undefined)
      problems.add({ sheet: m.sheet, row: m.row, column: m.headers('forumId'), message: `no forum "${m.record.forumId}" in the file` });
    if (m.record.actorId !== undefined && actorId === undefined)
      problems.add({ sheet: m.sheet, row: m.row, column: m.headers('actorId'), message: `no actor "${m.record.actorId}" in the file` });
    if (forum && actorId) (forum.record.members as Loose[]).push({ actorId, role: m.record.role });
  }

  const records: Record<string, Map<string, Located<Loose>>> = {
    actor: new Map(actors.map((a) => [String(a.record.id), a])),
    tie: new Map(ties.map((t) => [String(t.record.id), t])),
    forum: forumById,
  };
  const KINDS: Record<string, string> = {
    actor: 'actor',
    aktor: 'actor',
    tie: 'tie',
    collaboration: 'tie',
    samarbete: 'tie',
    forum: 'forum',
  };
  for (const e of rowsOf(plans, 'evidence', matcher, problems, readEvidence)) {
    const kind = KINDS[fold(e.record.recordKind ?? 'actor')];
    const target = kind === undefined ? undefined : records[kind]?.get(e.record.recordId ?? '');
    if (target === undefined) {
      problems.add({
        sheet: e.sheet,
        row: e.row,
        column: e.headers('recordId'),
        message: `no ${e.record.recordKind ?? 'actor'} "${e.record.recordId ?? ''}" in the file`,
      });
      continue;
    }
    (target.record.evidence as Loose[]).push(Object.fromEntries(Object.entries(e.record.evidence).filter(([, v]) => v !== undefined)));
  }

  const dataset = {
    sources: validated(DATASET_ITEMS.sources, sources, problems),
    actors: validated(DATASET_ITEMS.actors, actors, problems),
    forums: validated(DATASET_ITEMS.forums, forums, problems),
    collaborations: validated(DATASET_ITEMS.collaborations, ties, problems),
  };
  const sourceIds = new Set(dataset.sources.map((s) => s.id));
  const all = [...actors, ...ties, ...forums];
  if (sourceIds.size > 0)
    for (const item of all)
      for (const evidence of (item.record.evidence as Loose[] | undefined) ?? [])
        if (typeof evidence.sourceId === 'string' && !sourceIds.has(evidence.sourceId))
          problems.add({
            sheet: item.sheet,
            row: item.row,
            column: item.headers('evidenceSource'),
            message: `no source "${evidence.sourceId}" in the file`,
          });

  const attributes: KeptAttributes = { actors: {}, ties: {}, forums: {} };
  for (const [table, items] of [
    ['actors', actors],
    ['ties', ties],
    ['forums', forums],
  ] as const)
    for (const item of items) if (item.attributes) attributes[table][String(item.record.id)] = item.attributes;

  const carried = carriedFields(plans);
  if (!problems.isEmpty) return { dataset: null, report, attributes, carried };
  // The records were each held to the Dataset's item schemas; what is left of its rules are the caps.
  for (const table of Object.keys(DATASET_LIMITS) as Array<keyof typeof DATASET_LIMITS>) {
    const limit = DATASET_LIMITS[table];
    if (dataset[table].length > limit)
      problems.add({
        sheet: table,
        row: null,
        column: null,
        message: `more than ${limit.toLocaleString('en-US')} ${table} in one file: import it in parts`,
      });
  }
  return { dataset: problems.isEmpty ? dataset : null, report, attributes, carried };
}
