// One page from a query that asked for one row more than the page holds: that extra row is how
// both stores know, without a count, that another page follows.
import type { Page } from '../port.ts';

export function pageOfOneMore<R, T extends { id: string }>(rows: readonly R[], limit: number, convert: (row: R) => T): Page<T> {
  const items = rows.slice(0, limit).map(convert);
  return { items, lastId: rows.length > limit ? (items.at(-1)?.id ?? null) : null };
}
