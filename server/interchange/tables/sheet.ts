// What the spreadsheet readers (CSV, XLSX) yield: named sheets of text rows, each row knowing the
// number a spreadsheet program shows for it, so every problem can point at it.

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

export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}
