// Sorting for the table view, pure so it can be tested: text columns in Swedish collation,
// numbers with missing values last whichever the direction.
export type SortDirection = 'ascending' | 'descending';
export interface SortState {
  column: string;
  direction: SortDirection;
}

export type Cell = string | number | null;

/**
 * Clicking the sorted column flips it; another column starts with the most central first:
 * descending for numbers, ascending for a metric where less is more (Burt's constraint), as the
 * panel's ranks count them. Text starts ascending.
 */
export function nextSort(current: SortState, column: string, numeric: boolean, higherIsMore = true): SortState {
  if (current.column === column) return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { column, direction: numeric && higherIsMore ? 'descending' : 'ascending' };
}

export function sortRows<R>(rows: readonly R[], cell: (row: R) => Cell, direction: SortDirection): R[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((ra, rb) => {
    const a = cell(ra);
    const b = cell(rb);
    if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
    if (typeof a === 'number' && typeof b === 'number') return sign * (a - b);
    return sign * String(a).localeCompare(String(b), 'sv');
  });
}
