// Which table each sheet is and which field each of its columns is. A sheet's name says its table
// when it can (Kumu's Elements/Connections, Gephi's nodes/edges, our actors/ties in either
// language); otherwise its headers do. Columns we do not know are kept as attributes.
import type { ProblemList } from '../problems.ts';
import type { Sheet } from '../tables/sheet.ts';
import { FIELDS, type FieldSpec, fieldForHeader, fold, type TableKind, tableForName } from './fields.ts';
import type { MappingOptions } from './options.ts';

export interface ColumnPlan {
  index: number;
  header: string;
  field: FieldSpec | null;
  /** true when the caller said to drop it */
  ignored: boolean;
}

export interface SheetPlan {
  sheet: Sheet;
  table: TableKind;
  columns: ColumnPlan[];
  /** The column each field is read from (the first, when two claim it): looked up per cell. */
  byField: ReadonlyMap<string, ColumnPlan>;
  /** The columns no field claims and no one ignored: kept as attributes. */
  attributeColumns: readonly ColumnPlan[];
  /** The header the file uses for a field, or the field's own header when the file has none. */
  headerOf: (key: string) => string;
}

/** What every row of a sheet shares, worked out once rather than per row or per cell. */
function sheetPlan(sheet: Sheet, table: TableKind, columns: ColumnPlan[]): SheetPlan {
  const byField = new Map<string, ColumnPlan>();
  for (const column of columns) if (column.field && !byField.has(column.field.key)) byField.set(column.field.key, column);
  return {
    sheet,
    table,
    columns,
    byField,
    attributeColumns: columns.filter((c) => c.field === null && !c.ignored),
    headerOf: (key) => byField.get(key)?.header ?? FIELDS[table].find((f) => f.key === key)?.header ?? key,
  };
}

const REQUIRED: Record<TableKind, readonly string[]> = {
  actors: ['name'],
  ties: ['source', 'target'],
  forums: ['name'],
  memberships: ['forumId', 'actorId'],
  evidence: ['recordId', 'sourceId', 'locator', 'note'],
  sources: ['id', 'title', 'year'],
};

/** Kumu's convention: a sheet whose name holds "(ignore)" is the analyst's own scratch space. */
export function isIgnoredSheet(name: string): boolean {
  return name.toLowerCase().includes('(ignore)');
}

function tableFromHeaders(header: readonly string[]): TableKind | undefined {
  const has = (table: TableKind, key: string) => header.some((h) => fieldForHeader(table, h)?.key === key);
  if (has('ties', 'source') && has('ties', 'target')) return 'ties';
  if (has('memberships', 'forumId') && has('memberships', 'actorId')) return 'memberships';
  if (has('actors', 'name') || has('actors', 'id')) return 'actors';
  return undefined;
}

function planColumns(table: TableKind, header: readonly string[], options: MappingOptions): ColumnPlan[] {
  const explicit = new Map(Object.entries(options.columns ?? {}).map(([h, key]) => [fold(h), key]));
  return header.map((text, index) => {
    const chosen = explicit.get(fold(text));
    if (chosen === 'ignore') return { index, header: text, field: null, ignored: true };
    if (chosen === 'attribute') return { index, header: text, field: null, ignored: false };
    const field = chosen === undefined ? fieldForHeader(table, text) : FIELDS[table].find((f) => f.key === chosen);
    return { index, header: text, field: field ?? null, ignored: false };
  });
}

function delimiterHint(header: readonly string[]): string {
  if (header.length !== 1) return '';
  const only = header[0] ?? '';
  const other = [';', ',', '\t', '|'].find((d) => only.includes(d));
  return other
    ? ` — the header is one column "${only.slice(0, 60)}": is the file separated by "${other === '\t' ? 'tab' : other}"? Use ";" or ","`
    : '';
}

export function planSheets(sheets: readonly Sheet[], options: MappingOptions, problems: ProblemList, skipped: string[]): SheetPlan[] {
  const plans: SheetPlan[] = [];
  for (const sheet of sheets) {
    if (isIgnoredSheet(sheet.name)) {
      skipped.push(sheet.name);
      continue;
    }
    const table = tableForName(sheet.name) ?? tableFromHeaders(sheet.header);
    if (table === undefined) {
      problems.add({
        sheet: sheet.name,
        row: 1,
        column: null,
        message: `cannot tell what this sheet holds: name it actors, ties, forums, memberships, evidence or sources (aktörer, samarbeten …), or give it Name or Source/Target columns${delimiterHint(sheet.header)}`,
      });
      continue;
    }
    const columns = planColumns(table, sheet.header, options);
    const present = new Set(columns.map((c) => c.field?.key));
    const missing = REQUIRED[table].filter((key) => !present.has(key));
    if (table === 'actors' && !present.has('sector') && options.defaults?.sector === undefined) missing.push('sector');
    for (const key of missing) {
      const spec = FIELDS[table].find((f) => f.key === key) as FieldSpec;
      problems.add({
        sheet: sheet.name,
        row: 1,
        column: spec.header,
        message: `missing required column "${spec.header}" (${spec.sv})${delimiterHint(sheet.header)}`,
      });
    }
    plans.push(sheetPlan(sheet, table, columns));
  }
  return plans;
}
