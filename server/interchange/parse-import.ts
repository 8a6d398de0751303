// The one door every import goes through (routes, CLI, bench): bytes and a file name in; the
// detected format, the checked Dataset, how each column was read, and every problem out. Nothing
// here writes: a caller writes the dataset only when there are no problems.
import { unzipSync } from 'fflate';
import type { CarriedFields } from '../domain/carried-fields.ts';
import { Dataset } from '../domain/inputs.ts';
import { type ImportFormat, detectFormat } from './detect.ts';
import { readJson, readXmlGraph } from './graphs/read.ts';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './limits.ts';
import { type Assembled, assembleDataset, type KeptAttributes, type MappingReport } from './mapping/assemble.ts';
import type { MappingOptions } from './mapping/options.ts';
import { previewSheets, type SheetPreview } from './preview.ts';
import { type ImportProblem, ProblemList, UnreadableFileError, unreadable } from './problems.ts';
import { readCsv } from './tables/csv.ts';
import { CellBudget, checkSheetBounds, type Sheet } from './tables/sheet.ts';
import { readXlsx } from './tables/xlsx.ts';
import { checkZipSizes, zipEntries } from './tables/zip-guard.ts';

export interface ParseImportOptions {
  /** Skip detection (the request's `format=`). */
  format?: ImportFormat | undefined;
  mapping?: MappingOptions | undefined;
  /**
   * The import the file is read for: in an upsert (the default) an actor a tie, parent or
   * membership names need not be in the file, as the round may hold it; a replace's file must be
   * complete.
   */
  mode?: 'upsert' | 'replace' | undefined;
  limits?: Partial<ReadLimits> | undefined;
}

export interface ParsedImport {
  format: ImportFormat | null;
  /** null when there is any problem: a file is imported whole or not at all */
  dataset: Dataset | null;
  report: MappingReport;
  attributes: KeptAttributes;
  /** the fields the file's columns carry per kind; none listed for our JSON, whose records are whole */
  carried: CarriedFields;
  /** the first rows of each sheet read (none for our own JSON, which has no sheets) */
  preview: SheetPreview[];
  problems: { listed: ImportProblem[]; total: number };
}

const EMPTY_REPORT: MappingReport = { sheets: [], skippedSheets: [], assumed: [] };
const NO_ATTRIBUTES: KeptAttributes = { actors: {}, ties: {}, forums: {} };

/** Our CSV export: a zip of actors.csv, ties.csv … each read as the sheet its name says. */
function readCsvZip(bytes: Uint8Array, fileName: string, limits: ReadLimits): Sheet[] {
  checkZipSizes(zipEntries(bytes, fileName), fileName, limits);
  const files = unzipSync(bytes, { filter: ({ name }) => name.toLowerCase().endsWith('.csv') });
  const budget = new CellBudget(limits.maxCells);
  const sheets: Sheet[] = [];
  for (const [name, data] of Object.entries(files)) sheets.push(readCsv(data, name, limits, budget));
  return sheets;
}

function datasetProblems(json: unknown, fileName: string, problems: ProblemList): Dataset | null {
  const result = Dataset.safeParse(json);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const [table, index, ...field] = issue.path;
    problems.add({
      sheet: `${fileName}: ${String(table ?? '')}`,
      row: typeof index === 'number' ? index + 1 : null,
      column: field.join('.') || null,
      message: issue.message,
    });
  }
  return null;
}

async function read(
  bytes: Uint8Array,
  fileName: string,
  options: ParseImportOptions,
  limits: ReadLimits,
  problems: ProblemList,
): Promise<{ format: ImportFormat; assembled: Assembled; preview: SheetPreview[] }> {
  if (bytes.length > limits.maxFileBytes)
    throw unreadable(
      fileName,
      `the file is ${Math.ceil(bytes.length / 1024 / 1024)} MB, more than the ${Math.round(limits.maxFileBytes / 1024 / 1024)} MB allowed`,
    );
  const format = options.format ?? detectFormat(bytes, fileName, () => zipEntries(bytes, fileName).map((e) => e.name));
  const mapping = options.mapping ?? {};
  const text = () => new TextDecoder().decode(bytes);
  const fromSheets = (sheets: Sheet[], as: ImportFormat = format) => ({
    format: as,
    assembled: assembleDataset(sheets, mapping, problems, options.mode === 'replace' ? 'file' : 'file-or-round'),
    preview: previewSheets(sheets),
  });
  const fromGraph = (sheets: Sheet[], as: ImportFormat = format) => {
    checkSheetBounds(sheets, limits);
    return fromSheets(sheets, as);
  };
  switch (format) {
    case 'csv':
      return fromSheets([readCsv(bytes, fileName, limits)]);
    case 'csv-zip':
      return fromSheets(readCsvZip(bytes, fileName, limits));
    case 'xlsx':
      return fromSheets(await readXlsx(bytes, fileName, limits, problems));
    case 'graphml':
    case 'gexf':
      return fromGraph(readXmlGraph(text(), format, fileName));
    default: {
      const content = readJson(text(), fileName, format);
      if ('sheets' in content) return fromGraph(content.sheets, content.format);
      return {
        format: 'json',
        assembled: {
          dataset: datasetProblems(content.dataset, fileName, problems),
          report: EMPTY_REPORT,
          attributes: NO_ATTRIBUTES,
          carried: {},
        },
        preview: [],
      };
    }
  }
}

export async function parseImport(bytes: Uint8Array, fileName: string, options: ParseImportOptions = {}): Promise<ParsedImport> {
  const limits = { ...DEFAULT_READ_LIMITS, ...options.limits };
  const problems = new ProblemList();
  try {
    const { format, assembled, preview } = await read(bytes, fileName, options, limits, problems);
    return {
      format,
      ...assembled,
      preview,
      dataset: problems.isEmpty ? assembled.dataset : null,
      problems: { listed: problems.listed, total: problems.total },
    };
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    problems.add(error.problem);
    return unread(options, problems);
  }
}

function unread(options: ParseImportOptions, problems: ProblemList): ParsedImport {
  return {
    format: options.format ?? null,
    dataset: null,
    report: EMPTY_REPORT,
    attributes: NO_ATTRIBUTES,
    carried: {},
    preview: [],
    problems: { listed: problems.listed, total: problems.total },
  };
}

/** A file the caller gave up reading (it took too long), answered as a file that cannot be read. */
export function unreadableUpload(fileName: string, options: ParseImportOptions, reason: string): ParsedImport {
  const problems = new ProblemList();
  problems.add(unreadable(fileName, reason).problem);
  return unread(options, problems);
}
