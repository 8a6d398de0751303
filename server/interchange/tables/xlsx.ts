// XLSX into sheets of text rows: exceljs's streaming reader, after the zip guard has checked the
// declared sizes. Formulas are never evaluated: a cell holding one is a problem naming the cell,
// so no value anyone computed in Excel is taken as observed without being looked at.
import { Readable } from 'node:stream';
import { DOMParser } from '@xmldom/xmldom';
import type ExcelJS from 'exceljs';
import type { ReadLimits } from '../limits.ts';
import { type ImportProblem, type ProblemList, unreadable } from '../problems.ts';
import { CellBudget, isBlankRow, type Sheet } from './sheet.ts';
import { checkZipSizes, readZipEntry, zipEntries } from './zip-guard.ts';
import { workbookPartsFirst } from './zip-order.ts';

/** Excel's column letters: 0 → A, 27 → AB. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** "xl/worksheets/sheet3.xml" → "Elements": the streaming reader only knows sheets by number. */
function sheetNames(bytes: Uint8Array): Map<string, string> {
  const xml = (entry: string) => {
    const data = readZipEntry(bytes, entry);
    return data ? new DOMParser().parseFromString(new TextDecoder().decode(data), 'application/xml') : undefined;
  };
  const targets = new Map<string, string>();
  const rels = xml('xl/_rels/workbook.xml.rels');
  for (const rel of Array.from(rels?.getElementsByTagName('Relationship') ?? [])) {
    const target = rel.getAttribute('Target') ?? '';
    targets.set(rel.getAttribute('Id') ?? '', target.replace(/^\/?(xl\/)?/, ''));
  }
  const names = new Map<string, string>();
  for (const sheet of Array.from(xml('xl/workbook.xml')?.getElementsByTagName('sheet') ?? [])) {
    const target = targets.get(sheet.getAttribute('r:id') ?? '');
    const number = target?.match(/sheet(\d+)\.xml$/)?.[1];
    if (number) names.set(number, sheet.getAttribute('name') ?? `Sheet${number}`);
  }
  return names;
}

type CellText = { text: string } | { problem: string };

function cellText(value: ExcelJS.CellValue): CellText {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number' || typeof value === 'boolean') return { text: String(value) };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10) };
  if ('formula' in value || 'sharedFormula' in value)
    return { problem: 'the cell holds a formula; formulas are not evaluated — paste the values instead' };
  if ('error' in value) return { problem: `the cell holds the error ${value.error}` };
  if ('richText' in value) return { text: value.richText.map((run) => run.text).join('') };
  if ('text' in value && typeof value.text === 'string') return { text: value.text };
  return { problem: 'the cell holds a value that is not text, a number, a date or true/false' };
}

export async function readXlsx(bytes: Uint8Array, fileName: string, limits: ReadLimits, problems: ProblemList): Promise<Sheet[]> {
  checkZipSizes(zipEntries(bytes, fileName), fileName, limits);
  const names = sheetNames(bytes);
  const budget = new CellBudget(limits.maxCells);
  // The reordered zip is a copy already: the reader gets a view of it, not a second copy.
  const ordered = workbookPartsFirst(bytes);
  const zip = Buffer.from(ordered.buffer, ordered.byteOffset, ordered.byteLength);
  // Loaded on the first workbook, not with the module: a CSV or graph import never needs it.
  const { default: excel } = await import('exceljs');
  const reader = new excel.stream.xlsx.WorkbookReader(Readable.from([zip]), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
  });
  const sheets: Sheet[] = [];
  const unread = new Set(names.keys());
  try {
    for await (const worksheet of reader) {
      const id = String((worksheet as unknown as { id: string | number }).id);
      unread.delete(id);
      const name = names.get(id) ?? `Sheet${id}`;
      const sheet: Sheet = { name, header: [], rows: [] };
      let headerSeen = false;
      for await (const row of worksheet) {
        // exceljs leaves a blank cell as a hole in a sparse array, which map would keep: Array.from
        // makes each one undefined, read as '' like every other blank cell.
        const values = Array.from((row.values as ExcelJS.CellValue[]).slice(1));
        if (values.length > limits.maxColumns) throw unreadable(name, `more than ${limits.maxColumns} columns`, row.number);
        if (!budget.spend(values.length))
          throw unreadable(name, `more than ${limits.maxCells.toLocaleString('en-US')} cells in the file`, row.number);
        const cells = values.map((value, index) => {
          const read = cellText(value);
          if ('text' in read && read.text.length <= limits.maxCellChars) return read.text;
          const problem: ImportProblem = {
            sheet: name,
            row: row.number,
            column: sheet.header[index] || columnLetter(index),
            message: 'problem' in read ? read.problem : `a cell longer than ${limits.maxCellChars} characters`,
          };
          problems.add(problem);
          return '';
        });
        if (!headerSeen) {
          if (isBlankRow(cells)) continue;
          sheet.header = cells.map((cell) => cell.trim());
          headerSeen = true;
          continue;
        }
        if (isBlankRow(cells)) continue;
        if (sheet.rows.length >= limits.maxRowsPerSheet)
          throw unreadable(name, `more than ${limits.maxRowsPerSheet.toLocaleString('en-US')} rows`, row.number);
        sheet.rows.push({ row: row.number, cells });
      }
      if (headerSeen) sheets.push(sheet);
    }
    // A sheet the workbook names but the reader never gave is a failed read, not an empty sheet.
    if (unread.size > 0) throw new Error('a sheet was not read');
  } catch (error) {
    if (error instanceof Error && error.name === 'UnreadableFileError') throw error;
    throw unreadable(fileName, 'the file could not be read as an XLSX workbook');
  }
  return sheets;
}
