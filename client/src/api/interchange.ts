// Files in and out of a round: the raw-body file import (a dry run or the write) with the
// explicit mapping, the export route's URL, and the mapping and round a "new mapping" import makes.
import type { z } from 'zod';
import type { DuplicatePair as DuplicatePairSchema } from '../../../server/domain/duplicates.ts';
import type { MappingCreate, RoundCreate } from '../../../server/domain/mappings.ts';
import type { MappingOptions } from '../../../server/interchange/mapping/options.ts';
import type { ImportReading, UnknownValue } from '../../../server/routes/import-answer.ts';
import { ApiError, apiHeaders, queryString, request } from './http.ts';

export type ImportMapping = MappingOptions;
export type MappingCreateBody = z.input<typeof MappingCreate>;
export type RoundCreateBody = z.input<typeof RoundCreate>;
export type ImportReport = z.infer<typeof ImportReading.report>;
export type SheetPreview = z.infer<typeof ImportReading.preview>[number];
export type KeptColumn = z.infer<typeof ImportReading.keptColumns>[number];

export interface FileProblem {
  sheet: string;
  row: number | null;
  column: string | null;
  message: string;
  unknownValue?: z.infer<typeof UnknownValue>;
}

export type DuplicatePair = z.infer<typeof DuplicatePairSchema>;

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
}

/** A dry run's or an import's answer, 200 or 422 alike: the wizard shows both the same way. */
export interface ImportAnswer {
  format: string | null;
  /** null when the file has problems (nothing was or would be written) */
  counts: ImportCounts | null;
  problems: FileProblem[];
  total: number;
  report: ImportReport | null;
  keptColumns: KeptColumn[];
  preview: SheetPreview[];
  /** a dry run's probable duplicates among the actors the round would hold */
  duplicates: DuplicatePair[];
}

export type ImportMode = 'upsert' | 'replace';

/** The extension says the content type, so the server reads the file as what it is named. */
const TYPES: Record<string, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
  graphml: 'application/graphml+xml',
  gexf: 'application/gexf+xml',
  xml: 'application/xml',
  json: 'application/json',
};

export function uploadType(fileName: string): string {
  return TYPES[fileName.toLowerCase().split('.').pop() ?? ''] ?? 'application/octet-stream';
}

export async function importFile(
  prefix: string,
  file: File,
  options: { dryRun: boolean; mode: ImportMode; mapping: ImportMapping | null },
): Promise<ImportAnswer> {
  const query = queryString({
    dryRun: options.dryRun,
    mode: options.mode,
    mapping: options.mapping === null ? undefined : JSON.stringify(options.mapping),
    name: file.name.slice(-200) || undefined,
  });
  const headers = { accept: 'application/json', 'content-type': uploadType(file.name), ...apiHeaders() };
  const response = await fetch(`${prefix}/import/file${query}`, { method: 'POST', headers, body: file });
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  const reading = {
    format: (body.format as string | null | undefined) ?? null,
    report: (body.report as ImportReport | undefined) ?? null,
    keptColumns: (body.keptColumns as KeptColumn[] | undefined) ?? [],
    preview: (body.preview as SheetPreview[] | undefined) ?? [],
    duplicates: (body.duplicates as DuplicatePair[] | undefined) ?? [],
  };
  if (response.ok) {
    const { created, updated, unchanged, deleted } = body as unknown as ImportCounts;
    return { ...reading, counts: { created, updated, unchanged, deleted }, problems: [], total: 0 };
  }
  if (response.status === 422 && body.error === 'invalid_file')
    return { ...reading, counts: null, problems: body.problems as FileProblem[], total: body.total as number };
  throw new ApiError(
    response.status,
    (body.error as string | undefined) ?? 'http_error',
    (body.message as string | undefined) ?? response.statusText,
    (body.details as ApiError['details'] | undefined) ?? [],
  );
}

export const createMapping = (body: MappingCreateBody) => request<{ id: string }>('POST', '/api/mappings', { body });
export const createRound = (mapping: string, body: RoundCreateBody) =>
  request<{ id: string }>('POST', `/api/mappings/${encodeURIComponent(mapping)}/rounds`, { body });
/** Undoes a "new mapping" import that failed: the mapping with the round made for it. */
export const deleteMapping = (mapping: string) =>
  request<void>('DELETE', `/api/mappings/${encodeURIComponent(mapping)}`, { query: { cascade: true } });

export const exportUrl = (prefix: string, format: string) => `${prefix}/export${queryString({ format })}`;
