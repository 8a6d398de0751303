// What the spreadsheet readers (CSV, XLSX) yield: named sheets of text rows, each row knowing the
// number a spreadsheet program shows for it, so every problem can point at it.

import type { ReadLimits } from '../limits.ts';
import { unreadable } from '../problems.ts';

export interface SheetRow {
  /** 1-based, as the spreadsheet shows it (the header is row 1 when it is the first row). */
  row: number;
  cells: string[];
}

export interface Sheet {
  name: string;
  header: string[];
  rows: SheetRow[];
}

/** Counts cells across a whole file against the cap; shared by the readers so the cap is one rule. */
export class CellBudget {
  private used = 0;
  constructor(private readonly max: number) {}

  /** False once the file has more cells than allowed. */
  spend(cells: number): boolean {
    this.used += cells;
    return this.used <= this.max;
  }
}

/**
 * The same caps for sheets made from graph files, whose readers build the whole graph first: the
 * file-size limit bounds that work, this bounds everything after it.
 */
export function checkSheetBounds(sheets: readonly Sheet[], limits: ReadLimits): void {
  const budget = new CellBudget(limits.maxCells);
  for (const sheet of sheets) {
    if (sheet.rows.length > limits.maxRowsPerSheet)
      throw unreadable(sheet.name, `more than ${limits.maxRowsPerSheet.toLocaleString('en-US')} rows`);
    if (!budget.spend(sheet.rows.length * sheet.header.length))
      throw unreadable(sheet.name, `more than ${limits.maxCells.toLocaleString('en-US')} cells in the file`);
  }
}

export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}
