// One page from a query that asked for one row more than the page holds: that extra row is how
// both stores know, without a count, that another page follows.
import type { Page } from '../port.ts';

function pageOf<T extends { id: string }>(items: T[], more: boolean): Page<T> {
  return { items, lastId: more ? (items.at(-1)?.id ?? null) : null };
}

export function pageOfOneMore<R, T extends { id: string }>(rows: readonly R[], limit: number, convert: (row: R) => T): Page<T> {
  return pageOf(rows.slice(0, limit).map(convert), rows.length > limit);
}

/** As pageOfOneMore, for a conversion that awaits: the extra row is never converted either. */
export async function pageOfOneMoreAsync<R, T extends { id: string }>(
  rows: readonly R[],
  limit: number,
  convert: (row: R) => Promise<T>,
): Promise<Page<T>> {
  return pageOf(await Promise.all(rows.slice(0, limit).map(convert)), rows.length > limit);
}
