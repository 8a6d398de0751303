// CSV export: one file per table (actors, ties, forums, memberships, evidence, sources) in a zip,
// UTF-8 with a byte-order mark and ";" between fields, as Swedish Excel opens them with a double
// click; every text cell escaped against formula injection (tables/formula-escape.ts). The zip is
// written as it is made (fflate's streaming Zip), a batch of lines at a time.
import { strToU8, Zip, ZipDeflate } from 'fflate';
import { escapeFormula } from '../tables/formula-escape.ts';
import { batched } from './chunks.ts';
import type { Scalar, Table } from './records.ts';

export const CSV_DELIMITER = ';';

function quoted(cell: Scalar): string {
  const text = typeof cell === 'string' ? escapeFormula(cell) : String(cell);
  return /[";\r\n,]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A table's CSV text line by line, the byte-order mark first. */
function* csvLines(table: Table): Generator<string> {
  const line = (row: readonly Scalar[]) => `${row.map(quoted).join(CSV_DELIMITER)}\r\n`;
  yield `\ufeff${line(table.header)}`;
  for (const row of table.rows) yield line(row);
}

export function tableToCsv(table: Table): string {
  return [...csvLines(table)].join('');
}

/** The zip of the tables' CSV files, chunk by chunk. */
export function* csvZipChunks(tables: Iterable<Table>): Generator<Uint8Array> {
  const ready: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else ready.push(chunk);
  });
  function* drain(): Generator<Uint8Array> {
    if (failure !== null) throw failure;
    yield* ready.splice(0);
  }
  for (const table of tables) {
    const file = new ZipDeflate(`${table.name}.csv`, { level: 6 });
    zip.add(file);
    for (const text of batched(csvLines(table))) {
      file.push(strToU8(text));
      yield* drain();
    }
    file.push(new Uint8Array(0), true);
    yield* drain();
  }
  zip.end();
  yield* drain();
}
