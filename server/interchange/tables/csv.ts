// CSV into a sheet of text rows (csv-parse). UTF-8 with or without a byte-order mark;
// `;` (what Swedish Excel writes), `,` or a tab, chosen from the header line; quoted fields may
// hold the delimiter and newlines. Rows are numbered as a spreadsheet program shows them.
import { parse } from 'csv-parse/sync';
import type { ReadLimits } from '../limits.ts';
import { unreadable } from '../problems.ts';
import { unescapeFormula } from './formula-escape.ts';
import { CellBudget, isBlankRow, type Sheet } from './sheet.ts';

const DELIMITERS = [';', ',', '\t'] as const;

/** The delimiter used most on the first line outside quotes (`,` when there is none). */
export function guessDelimiter(text: string): string {
  let inQuotes = false;
  const counts = new Map<string, number>();
  for (const char of text) {
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (char === '\n' || char === '\r')) break;
    else if (!inQuotes) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: string = ',';
  for (const delimiter of DELIMITERS) if ((counts.get(delimiter) ?? 0) > (counts.get(best) ?? 0)) best = delimiter;
  return best;
}

function decodeUtf8(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw unreadable(name, 'the file is not UTF-8 text; save it as "CSV UTF-8" and try again');
  }
}

export function readCsv(bytes: Uint8Array, name: string, limits: ReadLimits, budget = new CellBudget(limits.maxCells)): Sheet {
  const sheet = sheetName(name);
  const text = decodeUtf8(bytes, sheet);
  let header: string[] | null = null;
  const rows: Sheet['rows'] = [];
  let rowNumber = 0;
  // Each record is checked as the parser finishes it, so a file past a cap stops there; the
  // synchronous parser with a per-record hook costs a fraction of the stream's machinery.
  const onRecord = (record: string[]): null => {
    rowNumber += 1;
    if (record.length > limits.maxColumns) throw unreadable(sheet, `more than ${limits.maxColumns} columns`, rowNumber);
    if (!budget.spend(record.length))
      throw unreadable(sheet, `more than ${limits.maxCells.toLocaleString('en-US')} cells in the file`, rowNumber);
    const long = record.findIndex((cell) => cell.length > limits.maxCellChars);
    if (long >= 0) throw unreadable(sheet, `a cell longer than ${limits.maxCellChars} characters`, rowNumber, header?.[long] ?? null);
    if (header === null) {
      if (!isBlankRow(record)) header = record.map((cell) => cell.trim());
      return null;
    }
    if (isBlankRow(record)) return null;
    if (rows.length >= limits.maxRowsPerSheet)
      throw unreadable(sheet, `more than ${limits.maxRowsPerSheet.toLocaleString('en-US')} rows`, rowNumber);
    for (let i = 0; i < record.length; i++) record[i] = unescapeFormula(record[i] as string);
    rows.push({ row: rowNumber, cells: record });
    return null; // kept here, not collected by the parser too
  };
  try {
    parse(text, {
      delimiter: guessDelimiter(text),
      relax_column_count: true,
      max_record_size: limits.maxCellChars * limits.maxColumns,
      on_record: onRecord,
    });
  } catch (error) {
    if (error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('CSV_')) {
      throw unreadable(sheet, `not readable as CSV near row ${rowNumber + 1}: ${error.message.replace(/^[^:]*:\s*/, '')}`, rowNumber + 1);
    }
    throw error;
  }
  if (header === null) throw unreadable(sheet, 'the file has no header row');
  return { name: sheet, header, rows };
}

/** "Aktörer.csv" → "Aktörer": the file plays the part of a sheet. */
export function sheetName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.(csv|tsv|txt)$/i, '');
}
