// A file from disk posted to a round's POST …/import/file, shared by `import` and `seed`: the
// content type follows the file's extension, so the server's detection reads it as that file.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { DuplicatePair } from '../../domain/duplicates.ts';
import type { ImportProblem } from '../../interchange/problems.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { problemLines } from '../output.ts';
import { type Api, expectOk } from '../transport.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.csv': 'text/csv',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.zip': 'application/zip',
  '.graphml': 'application/graphml+xml',
  '.gexf': 'application/gexf+xml',
  '.xml': 'application/xml',
  '.json': 'application/json',
};

export interface ImportAnswer {
  dryRun: boolean;
  format: string;
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
  /** A dry run's probable duplicates among the actors the round would hold. */
  duplicates?: DuplicatePair[];
}

interface FileProblems {
  error: 'invalid_file';
  problems: ImportProblem[];
  total: number;
}

export async function readInput(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(EXIT.notFound, `no such file: ${file}`);
    throw new CliError(EXIT.failed, `cannot read ${file}: ${code ?? String(error)}`);
  }
}

export async function uploadFile(
  api: Api,
  path: string,
  file: string,
  query: Record<string, string | boolean | undefined>,
): Promise<ImportAnswer> {
  const res = await api.request({
    method: 'POST',
    path: `${path}/import/file`,
    query,
    body: await readInput(file),
    contentType: CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
  });
  if (res.status === 422) {
    const body = JSON.parse(res.body.toString('utf8')) as FileProblems | { message: string };
    if ('problems' in body)
      throw new CliError(
        EXIT.invalid,
        `${file} has ${body.total} problem(s); nothing was written:\n${problemLines(body.problems, body.total)}`,
        body,
      );
  }
  return expectOk(res, `importing ${file}`) as ImportAnswer;
}

export const countsLine = (a: ImportAnswer): string =>
  `${a.created} created, ${a.updated} updated, ${a.unchanged} unchanged, ${a.deleted} deleted` +
  (a.duplicates?.length
    ? `; ${a.duplicates.length} probable duplicate pair(s): ${a.duplicates.map((d) => d.actors.join(' ~ ')).join(', ')}`
    : '');
