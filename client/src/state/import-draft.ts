// The import wizard's state, pure: the analyst's column and value choices on top of what the
// server read, the mapping they make for the next dry run, and the answer's problems grouped by
// sheet. Edits accumulate: a dry run with a mapping reports it back, and the next edit adds to it.
import { FIELDS, fold, type TableKind } from '../../../server/interchange/mapping/fields.ts';
import type { VocabularyName } from '../../../server/interchange/mapping/values.ts';
import type { FileProblem, ImportMapping, ImportReport } from '../api/interchange.ts';

export type ColumnReport = ImportReport['sheets'][number]['columns'][number];

/** A column is a field's key, or one of these. */
export const KEEP = 'attribute';
export const IGNORE = 'ignore';

export interface ImportDraft {
  /** header → field key, KEEP or IGNORE, as the analyst chose */
  columns: Record<string, string>;
  /** per vocabulary: the file's word → a term id */
  values: Partial<Record<VocabularyName, Record<string, string>>>;
}

export const emptyDraft = (): ImportDraft => ({ columns: {}, values: {} });

/** What a column is read as now: the analyst's choice, else what the server matched. */
export function columnChoice(draft: ImportDraft, column: ColumnReport): string {
  return draft.columns[column.header] ?? (column.ignored ? IGNORE : (column.field ?? KEEP));
}

/** The fields a column of a table may be: the table's own, then keep or ignore. */
export function fieldOptions(table: TableKind, lang: 'en' | 'sv'): Array<{ value: string; label: string }> {
  return FIELDS[table].map((f) => ({ value: f.key, label: lang === 'sv' ? f.sv : f.header }));
}

export const chooseColumn = (draft: ImportDraft, header: string, choice: string): ImportDraft => ({
  ...draft,
  columns: { ...draft.columns, [header]: choice },
});

/** An empty term leaves the word unmapped again. */
export function chooseValue(draft: ImportDraft, vocabulary: VocabularyName, word: string, term: string): ImportDraft {
  const { [word]: _, ...rest } = draft.values[vocabulary] ?? {};
  return { ...draft, values: { ...draft.values, [vocabulary]: term === '' ? rest : { ...rest, [word]: term } } };
}

/** The request's `mapping`, or null when the analyst changed nothing (the server's matching stands). */
export function mappingOf(draft: ImportDraft): ImportMapping | null {
  const values = Object.fromEntries(Object.entries(draft.values).filter(([, words]) => Object.keys(words ?? {}).length > 0));
  const mapping: ImportMapping = {
    ...(Object.keys(draft.columns).length > 0 && { columns: draft.columns as ImportMapping['columns'] }),
    ...(Object.keys(values).length > 0 && { values }),
  };
  return Object.keys(mapping).length > 0 ? mapping : null;
}

/** Every word no term matched, once each, in the order the file has them. */
export function unknownWords(problems: readonly FileProblem[]): Array<{ vocabulary: VocabularyName; text: string }> {
  const seen = new Set<string>();
  return problems.flatMap((p) => {
    const u = p.unknownValue;
    if (!u || seen.has(`${u.vocabulary}\u0000${u.text}`)) return [];
    seen.add(`${u.vocabulary}\u0000${u.text}`);
    return [u];
  });
}

/** Problems by sheet, each sheet's in row order (whole-sheet problems first). */
export function problemsBySheet(problems: readonly FileProblem[]): Array<{ sheet: string; problems: FileProblem[] }> {
  const groups = new Map<string, FileProblem[]>();
  for (const p of problems) groups.set(p.sheet, [...(groups.get(p.sheet) ?? []), p]);
  return [...groups].map(([sheet, list]) => ({ sheet, problems: list.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)) }));
}

/** A slug from a name ("Malmö 2025" → "malmo-2025"), for the ids of a new mapping and round. */
export function slugOf(text: string): string {
  return fold(text).replaceAll(' ', '-').slice(0, 120).replace(/-+$/, '');
}
