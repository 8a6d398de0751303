// A read file as it crosses from the worker that read it to the thread that writes it. The
// dataset (100 000 records and more) goes as one JSON buffer, moved rather than copied: cloning
// the records one object at a time, after the worker had walked them all looking for buffers to
// move, cost more than reading the file. The dataset is plain JSON data (it was checked by the
// Dataset schema), so the round trip gives the same records back.
import type { Dataset } from '../domain/inputs.ts';
import type { ParsedImport } from './parse-import.ts';

export type PackedImport = Omit<ParsedImport, 'dataset'> & { dataset: Uint8Array | null };

export function packImport(parsed: ParsedImport): PackedImport {
  const { dataset, ...rest } = parsed;
  return { ...rest, dataset: dataset === null ? null : new TextEncoder().encode(JSON.stringify(dataset)) };
}

export function unpackImport(packed: PackedImport): ParsedImport {
  const { dataset, ...rest } = packed;
  return { ...rest, dataset: dataset === null ? null : (JSON.parse(new TextDecoder().decode(dataset)) as Dataset) };
}
