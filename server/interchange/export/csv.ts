// CSV export: one file per table (actors, ties, forums, memberships, evidence, sources) in a zip,
// UTF-8 with a byte-order mark and ";" between fields, as Swedish Excel opens them with a double
// click; every text cell escaped against formula injection (tables/formula-escape.ts).
import { strToU8, zipSync } from 'fflate';
import type { GraphSnapshot } from '../../store/port.ts';
import { escapeFormula } from '../tables/formula-escape.ts';
import { type Scalar, snapshotTables, type Table } from './records.ts';

export const CSV_DELIMITER = ';';

function quoted(cell: Scalar): string {
  const text = typeof cell === 'string' ? escapeFormula(cell) : String(cell);
  return /[";\r\n,]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function tableToCsv(table: Table): string {
  const lines = [table.header, ...table.rows].map((row) => row.map(quoted).join(CSV_DELIMITER));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

export function exportCsvZip(snapshot: GraphSnapshot): Uint8Array {
  const files = Object.fromEntries(snapshotTables(snapshot).map((table) => [`${table.name}.csv`, strToU8(tableToCsv(table))]));
  return zipSync(files, { level: 6 });
}
