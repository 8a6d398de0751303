// Files in and out of a round over the format layer (server/interchange): POST …/import/file takes
// a spreadsheet, CSV or graph file as the raw body, GET …/export writes the round in any export
// format. The JSON-only POST …/import (routes/graph.ts) stays as it was for scripts.
import type { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IMPORT_FORMATS } from '../interchange/detect.ts';
import { EXPORT_FORMATS, EXPORT_MEDIA_TYPES, exportSnapshot } from '../interchange/export/formats.ts';
import { type ParsedImport, type ParseImportOptions, unreadableUpload } from '../interchange/parse-import.ts';
import { unpackImport } from '../interchange/packed-import.ts';
import { BudgetExceeded } from '../analytics/errors.ts';
import { AppError } from '../errors.ts';
import { ErrorBody, storeErrors } from '../plugins/errors.ts';
import { previewImport } from '../store/flow/import-preview.ts';
import { assertOpen } from '../store/rules/rounds.ts';
import { selectGraph } from '../graph/serialize.ts';
import { MetricsParam, exportMetrics } from './export-metrics.ts';
import { flag } from './filters.ts';
import { filterWords, GraphFilters, graphFilterOf } from './graph-filters.ts';
import { actorsAfter, DuplicatePair, probableDuplicates } from '../domain/duplicates.ts';
import { ImportReading, MappingParam, NullableFormat, UnknownValue, importReading } from './import-answer.ts';
import { inLanguage } from '../i18n/translate.ts';
import { messageLanguage } from './language.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The body types the file import takes, and the file name each is read as when no format= is given. */
const UPLOAD_NAMES: Record<string, string> = {
  'application/octet-stream': 'upload',
  'text/csv': 'upload.csv',
  [XLSX_TYPE]: 'upload.xlsx',
  'application/zip': 'upload.zip',
  'application/xml': 'upload.xml',
  'text/xml': 'upload.xml',
  'application/graphml+xml': 'upload.graphml',
  'application/gexf+xml': 'upload.gexf',
  'application/json': 'upload.json',
};

const ImportQuery = z.strictObject({
  format: z.enum(IMPORT_FORMATS).optional().describe('skip detection from content and content type'),
  dryRun: flag(false).describe('answer what would change, write nothing'),
  mode: z
    .enum(['upsert', 'replace'])
    .default('upsert')
    .describe('upsert: records the file leaves out are kept; replace: they are deleted, in the same transaction'),
  mapping: MappingParam.optional(),
  name: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe('the file’s own name: a CSV’s sheet is named by it (in problems too), and its extension helps detection'),
});

const ImportCounts = z
  .object({
    dryRun: z.boolean(),
    format: z.enum(IMPORT_FORMATS),
    created: z.int(),
    updated: z.int(),
    unchanged: z.int(),
    deleted: z.int().describe('records the file leaves out, deleted by mode=replace; 0 for upsert'),
    duplicates: z
      .array(DuplicatePair)
      .optional()
      .describe('dry run: probable duplicates among the actors the round would hold, each pair with one from the file'),
    report: ImportReading.report.optional().describe('dry runs only: how each sheet and column was read'),
    keptColumns: ImportReading.keptColumns.optional(),
    preview: ImportReading.preview.optional(),
  })
  .meta({ id: 'FileImportResult' });

const FileProblems = z
  .object({
    error: z.literal('invalid_file'),
    message: z.string(),
    problems: z.array(
      z.object({
        sheet: z.string(),
        row: z.int().nullable(),
        column: z.string().nullable(),
        message: z.string(),
        unknownValue: UnknownValue.optional(),
      }),
    ),
    total: z.int().describe('every problem found; the list is capped'),
    format: NullableFormat,
    ...ImportReading,
  })
  .meta({ id: 'FileProblems' });

const ExportQuery = GraphFilters.extend({ format: z.enum(EXPORT_FORMATS).default('xlsx'), metrics: MetricsParam });

/** The raw upload; the OpenAPI document shows it as a binary string. */
const FileBody = z.custom<Buffer>((value) => Buffer.isBuffer(value)).meta({ type: 'string', format: 'binary' });
const ExportedFile = z.custom<Readable>().meta({ type: 'string', format: 'binary' });
/** The JSON formats are documents, not opaque bytes: a client (and the fuzz run) may parse them. */
const ExportedJson = z.looseObject({});
const exported = {
  description: 'the file, as an attachment',
  content: Object.fromEntries(
    [...new Set(Object.values(EXPORT_MEDIA_TYPES))].map((type) => [type, { schema: type.endsWith('json') ? ExportedJson : ExportedFile }]),
  ),
};

const today = () => new Date().toISOString().slice(0, 10);

interface InterchangeOptions {
  importBodyLimitBytes: number;
  /** How long reading one file may run on a worker. */
  readBudgetMs: number;
  /** How long an export's metrics may take: the analytics routes' budget. */
  analyticsBudgetMs: number;
}

/** Bytes of upload counted as one unit of work: files under ~200 kB are read in this thread. */
const BYTES_PER_WORK_UNIT = 100;

const interchangeRoutes: FastifyPluginAsyncZod<InterchangeOptions> = async (
  app,
  { importBodyLimitBytes, readBudgetMs, analyticsBudgetMs },
) => {
  /**
   * Reading a file grows with its size, so it runs on the analytics workers (queued with them,
   * 503 when too many wait) under its own budget: the event loop keeps answering meanwhile.
   */
  async function readUpload(bytes: Buffer, fileName: string, options: ParseImportOptions): Promise<ParsedImport> {
    try {
      return unpackImport(
        await app.analyticsOffload.run('parseImport', { bytes, fileName, options }, bytes.length / BYTES_PER_WORK_UNIT, readBudgetMs),
      );
    } catch (error) {
      if (!(error instanceof BudgetExceeded)) throw error;
      return unreadableUpload(fileName, options, `reading the file took more than ${readBudgetMs / 1000} s; import it in parts`);
    }
  }

  app.get(
    '/export',
    {
      schema: {
        tags: ['graph'],
        summary: 'The round as a file: xlsx, csv (a zip of actors.csv, ties.csv …), graphml, gexf, json, node-link or cytoscape',
        description:
          'The graph route’s filters select what is written, as /api/graph selects it; a filtered file names its filters ' +
          '(a "filters (ignore)" sheet or CSV file, a `filters` graph attribute or JSON member). metrics= adds actor metrics as actor columns ' +
          `(in json a \`metrics\` member, actor id → values), computed on worker threads within a ${analyticsBudgetMs} ms budget: ` +
          'past it 422 budget_exceeded, 503 busy when the pool is full. The file is streamed as it is written (no Content-Length).',
        querystring: ExportQuery,
        response: { 200: exported, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 422: ErrorBody, ...storeErrors },
      },
    },
    async (request, reply) => {
      const { format, metrics: metricIds, ...filters } = request.query;
      const computed = metricIds === undefined ? undefined : await exportMetrics(request, filters, metricIds, analyticsBudgetMs);
      // The snapshot the metrics were computed on (the analytics service keeps the latest).
      const analytics = request.server.analyticsOf(request.graph);
      const snapshot = await analytics.snapshot(computed?.version ?? (await analytics.version()));
      const selected = selectGraph(snapshot, graphFilterOf(snapshot, filters));
      const file = exportSnapshot(selected, format, { metrics: computed?.metrics, filters: filterWords(filters) });
      const round = request.round;
      const name = `samverkan-${round?.mappingId}-${round?.id}-${today()}.${file.extension}`;
      // Mapping and round ids are slugs, so the name needs no quoting beyond the quotes.
      return reply.type(file.contentType).header('content-disposition', `attachment; filename="${name}"`).send(file.body);
    },
  );

  // Raw bodies only here: the rest of the API keeps its JSON parser and 1 MiB limit.
  await app.register(async (scope) => {
    const files = scope.withTypeProvider<ZodTypeProvider>();
    files.removeAllContentTypeParsers();
    files.addContentTypeParser(
      Object.keys(UPLOAD_NAMES),
      { parseAs: 'buffer', bodyLimit: importBodyLimitBytes },
      (_request, body, done) => {
        done(null, body);
      },
    );
    // Any other type: Fastify's bare "Unsupported Media Type" told a user nothing they could act on.
    files.addContentTypeParser('*', (request, _body, done) => {
      const type = request.headers['content-type']?.split(';')[0]?.trim() || '(none)';
      done(
        new AppError(
          415,
          'unsupported_media_type',
          `the import does not take content type "${type}": send one of ${Object.keys(UPLOAD_NAMES).join(', ')}; application/octet-stream with ?name=<the file's name> works for every format`,
        ),
        undefined,
      );
    });
    files.post(
      '/import/file',
      {
        bodyLimit: importBodyLimitBytes,
        schema: {
          tags: ['graph'],
          summary: 'Import a file (xlsx, csv, graphml, gexf, node-link, cytoscape or our JSON) into the round in one transaction',
          description:
            'The whole file is read and checked before anything is written: any problem is a 422 listing them by sheet, row and column, ' +
            'and nothing is written. dryRun=true answers the counts without writing. The same file twice changes nothing. ' +
            'mode=replace makes the round hold exactly the file: what it leaves out is deleted, so it may refer only to its own records. ' +
            `Bodies over ${Math.round(importBodyLimitBytes / 1024 / 1024)} MB are refused (413).`,
          consumes: Object.keys(UPLOAD_NAMES),
          querystring: ImportQuery,
          body: FileBody,
          response: {
            200: ImportCounts,
            400: ErrorBody,
            401: ErrorBody,
            403: ErrorBody,
            404: ErrorBody,
            409: ErrorBody,
            413: ErrorBody,
            415: ErrorBody,
            422: z.union([FileProblems, ErrorBody]),
            ...storeErrors,
          },
        },
      },
      async (request, reply) => {
        const { format, dryRun, mode, mapping, name } = request.query;
        const fileName = name ?? UPLOAD_NAMES[request.headers['content-type']?.split(';')[0]?.trim().toLowerCase() ?? ''] ?? 'upload';
        const parsed = await readUpload(request.body, fileName, { format, mapping, mode, limits: { maxFileBytes: importBodyLimitBytes } });
        if (parsed.dataset === null || parsed.format === null) {
          const lang = messageLanguage(request, reply);
          return reply.code(422).send({
            error: 'invalid_file' as const,
            message: inLanguage(`the file has ${parsed.problems.total} problem(s); nothing was written`, lang),
            problems: parsed.problems.listed.map((problem) => ({ ...problem, message: inLanguage(problem.message, lang) })),
            total: parsed.problems.total,
            format: parsed.format,
            ...importReading(parsed),
          });
        }
        if (dryRun) {
          // A dry run answers as the import would: a closed round takes none (409 naming it).
          if (request.round !== null) assertOpen(request.round);
          // Only a dry run reads the round whole: an import compares just the records it names.
          const snapshot = await request.graph.snapshot();
          const preview = previewImport(snapshot, parsed.dataset, mode, parsed.carried);
          const duplicates = probableDuplicates(
            actorsAfter(snapshot.actors, parsed.dataset.actors),
            new Set(parsed.dataset.actors.map((a) => a.id)),
          );
          return { dryRun, format: parsed.format, ...preview, duplicates, ...importReading(parsed) };
        }
        if (mode === 'replace') return { dryRun, format: parsed.format, ...(await request.graph.replaceDataset(parsed.dataset)) };
        const written = await request.graph.importDataset(parsed.dataset, parsed.carried);
        return { dryRun, format: parsed.format, ...written, deleted: 0 };
      },
    );
  });
};

export default interchangeRoutes;
