// What the file import answers besides its counts, for the explorer's import wizard: the format
// read, which column became which field (and what was assumed), the columns kept as attributes,
// and the first rows of each sheet. A dry run and a 422 both carry it, so the analyst can fix the
// mapping and ask again.
import { z } from 'zod';
import { IMPORT_FORMATS } from '../interchange/detect.ts';
import { TABLE_NAMES, type TableKind } from '../interchange/mapping/fields.ts';
import { MappingOptions } from '../interchange/mapping/options.ts';
import { VOCABULARIES, type VocabularyName } from '../interchange/mapping/values.ts';
import type { ParsedImport } from '../interchange/parse-import.ts';
import { PREVIEW_BOUNDS } from '../interchange/preview.ts';

const Table = z.enum(Object.keys(TABLE_NAMES) as [TableKind, ...TableKind[]]);

/** The request's `mapping=`: a JSON object, held to the same schema the format layer reads. */
export const MappingParam = z
  .string()
  // Inside Node's 16 KiB request head even when every character is a 4-byte one, percent-encoded (12 bytes).
  .max(1000)
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'not JSON: give the mapping as a JSON object, e.g. {"columns":{"Typ":"sector"}}' });
      return z.NEVER;
    }
  })
  .pipe(MappingOptions)
  .describe(
    'JSON: {"columns": {header: field|"ignore"|"attribute"}, "values": {"sector": {word: id}, …}, "defaults": {"sector", "status"}}; ' +
      'what the automatic matching chose stands for everything left out',
  );

/** On a problem: a word no term of a vocabulary matches, so the wizard can offer to map it. */
export const UnknownValue = z
  .object({ vocabulary: z.enum(Object.keys(VOCABULARIES) as [VocabularyName, ...VocabularyName[]]), text: z.string() })
  .describe('a word no term of the vocabulary matches; map it with mapping.values');

export const ImportReading = {
  report: z
    .object({
      sheets: z.array(
        z.object({
          sheet: z.string(),
          table: Table,
          rows: z.int(),
          columns: z.array(
            z.object({
              header: z.string(),
              field: z.string().nullable().describe('the field the column was read as; null: kept as an attribute, or ignored'),
              ignored: z.boolean(),
            }),
          ),
        }),
      ),
      skippedSheets: z.array(z.string()).describe('sheets left out on purpose (Kumu’s "(ignore)")'),
      assumed: z.array(z.object({ table: Table, field: z.string(), value: z.string(), rows: z.int() })),
    })
    .describe('how each sheet and column was read'),
  keptColumns: z
    .array(z.object({ sheet: z.string(), header: z.string() }))
    .describe('columns no field claims: kept on each record as attributes, never dropped'),
  preview: z
    .array(
      z.object({
        sheet: z.string(),
        header: z.array(z.string()),
        rows: z.array(z.object({ row: z.int(), cells: z.array(z.string()) })),
        totalRows: z.int(),
        totalColumns: z.int(),
      }),
    )
    .describe(
      `the first ${PREVIEW_BOUNDS.rows} rows of each sheet, at most ${PREVIEW_BOUNDS.columns} columns, cells cut at ${PREVIEW_BOUNDS.cellChars} characters`,
    ),
};

export function importReading(parsed: ParsedImport) {
  return {
    report: parsed.report,
    keptColumns: parsed.report.sheets.flatMap(({ sheet, columns }) =>
      columns.filter((c) => c.field === null && !c.ignored).map((c) => ({ sheet, header: c.header })),
    ),
    preview: parsed.preview,
  };
}

export const NullableFormat = z.enum(IMPORT_FORMATS).nullable().describe('null when the file could not be read at all');
