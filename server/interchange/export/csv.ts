// CSV export: one file per table (actors, ties, forums, memberships, evidence, sources) in a zip,
// UTF-8 with a byte-order mark and ";" between fields, as Swedish Excel opens them with a double
// click; every text cell escaped against formula injection (tables/formula-escape.ts). The zip is
// formats.ts's, written as it is made (export/zip.ts); this module is also the client's CSV.
import { escapeFormula } from '../tables/formula-escape.ts';
import type { Scalar, Table } from './records.ts';

export const CSV_DELIMITER = ';';

function quoted(cell: Scalar): string {
  const text = typeof cell === 'string' ? escapeFormula(cell) : String(cell);
  return /[";\r\n,]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A table's CSV text line by line, the byte-order mark first. */
export function* csvLines(table: Table): Generator<string> {
  const line = (row: readonly Scalar[]) => `${row.map(quoted).join(CSV_DELIMITER)}\r\n`;
  yield `\ufeff${line(table.header)}`;
  for (const row of table.rows) yield line(row);
}

export function tableToCsv(table: Table): string {
  return [...csvLines(table)].join('');
}
