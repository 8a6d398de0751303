// Every problem an import finds, in one shape the API, the CLI and the import dialog all show:
// where (sheet, 1-based row as the spreadsheet numbers it, column) and what. The list is capped
// so a million bad rows cost a counter, not a million-entry answer; `total` keeps the true count.
import type { VocabularyName } from './mapping/values.ts';

export interface ImportProblem {
  /** Sheet, CSV file or graph file the problem is in. */
  sheet: string;
  /** The row as a spreadsheet program numbers it (the header is row 1); null for the whole file. */
  row: number | null;
  column: string | null;
  message: string;
  /** A word no vocabulary term matches: the wizard offers to map it (the request's `mapping.values`). */
  unknownValue?: { vocabulary: VocabularyName; text: string };
}

export const MAX_LISTED_PROBLEMS = 1000;

function cellKey({ sheet, row, column }: Pick<ImportProblem, 'sheet' | 'row' | 'column'>): string {
  return `${sheet}\u0000${row}\u0000${column}`;
}

export class ProblemList {
  readonly listed: ImportProblem[] = [];
  total = 0;
  private readonly cells = new Set<string>();

  add(problem: ImportProblem): void {
    this.total += 1;
    this.cells.add(cellKey(problem));
    if (this.listed.length < MAX_LISTED_PROBLEMS) this.listed.push(problem);
  }

  /** Whether a problem was already found in this cell (so a later check need not repeat it). */
  has(at: Pick<ImportProblem, 'sheet' | 'row' | 'column'>): boolean {
    return this.cells.has(cellKey(at));
  }

  get isEmpty(): boolean {
    return this.total === 0;
  }
}

/**
 * A file that cannot be read at all (empty, too big, a zip bomb, broken XML): reading stops at
 * once with this one problem.
 */
export class UnreadableFileError extends Error {
  constructor(readonly problem: ImportProblem) {
    super(problem.message);
    this.name = 'UnreadableFileError';
  }
}

export function unreadable(sheet: string, message: string, row: number | null = null, column: string | null = null): UnreadableFileError {
  return new UnreadableFileError({ sheet, row, column, message });
}
