// The first rows of every sheet as the file holds them, for the import wizard: the analyst sees
// what each column contains before choosing its field. Bounded whatever the file: a few rows,
// the first columns, cell text cut short.
import type { Sheet } from './tables/sheet.ts';

export interface SheetPreview {
  sheet: string;
  header: string[];
  /** `row` is the number a spreadsheet program shows, as in problems */
  rows: Array<{ row: number; cells: string[] }>;
  /** data rows in the whole sheet */
  totalRows: number;
  /** columns in the whole sheet; the preview holds at most PREVIEW_BOUNDS.columns */
  totalColumns: number;
}

export const PREVIEW_BOUNDS = { rows: 10, columns: 60, cellChars: 80, headerChars: 200 } as const;

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function previewSheets(sheets: readonly Sheet[]): SheetPreview[] {
  const { rows, columns, cellChars, headerChars } = PREVIEW_BOUNDS;
  return sheets.map((sheet) => ({
    sheet: sheet.name,
    header: sheet.header.slice(0, columns).map((h) => cut(h, headerChars)),
    rows: sheet.rows.slice(0, rows).map((r) => ({ row: r.row, cells: r.cells.slice(0, columns).map((c) => cut(c, cellChars)) })),
    totalRows: sheet.rows.length,
    totalColumns: sheet.header.length,
  }));
}
