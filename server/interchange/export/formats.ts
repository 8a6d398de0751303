// Every export format in one catalogue: what it is called, its media type and file extension, and
// the function that writes it from a graph snapshot as a stream. The route and the CLI list
// formats from here. Each format is written a chunk at a time from the snapshot, so the file is
// never held whole.
import { Readable } from 'node:stream';
import type { GraphSnapshot } from '../../store/port.ts';
import { batched, jsonArray, jsonObject, mapped } from './chunks.ts';
import { csvLines } from './csv.ts';
import { FILTERS_ATTRIBUTE, METRICS_MEMBER } from '../graphs/sheets.ts';
import { type FlatGraph, flatGraph } from './graph.ts';
import { gexfChunks } from './gexf.ts';
import { graphmlChunks } from './graphml.ts';
import { type ActorMetrics, type ExportOptions, type FlatRecord, metricFields, snapshotTables, type Table } from './records.ts';
import { xlsxChunks } from './xlsx.ts';
import { zipChunks } from './zip.ts';

export const EXPORT_FORMATS = ['xlsx', 'csv', 'graphml', 'gexf', 'json', 'node-link', 'cytoscape'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Each format's media type: the answer's Content-Type, and what the OpenAPI document lists. */
export const EXPORT_MEDIA_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'application/zip',
  graphml: 'application/graphml+xml',
  gexf: 'application/gexf+xml',
  json: 'application/json',
  'node-link': 'application/json',
  cytoscape: 'application/json',
} as const satisfies Record<ExportFormat, string>;

export interface ExportFile {
  /** The file's bytes as they are made. */
  body: Readable;
  contentType: string;
  extension: string;
}

/** networkx's node_link_data (networkx 3.4+: "edges"), as a multigraph: ties between a pair may repeat. */
function* nodeLinkOf(flat: FlatGraph): Generator<string> {
  yield `{"directed":false,"multigraph":true,"graph":${JSON.stringify(flat.attributes)},"nodes":`;
  yield* jsonArray(flat.nodes, (n) => ({ id: n.key, ...n.attributes }));
  yield ',"edges":';
  yield* jsonArray(flat.edges, (e) => ({ source: e.source, target: e.target, key: e.key, ...e.attributes, directed: e.directed }));
  yield '}';
}

function* cytoscapeOf(flat: FlatGraph): Generator<string> {
  yield `{"data":${JSON.stringify(flat.attributes)},"elements":{"nodes":`;
  yield* jsonArray(flat.nodes, (n) => ({ data: { id: n.key, ...n.attributes } }));
  yield ',"edges":';
  yield* jsonArray(flat.edges, (e) => ({ data: { id: e.key, source: e.source, target: e.target, ...e.attributes, directed: e.directed } }));
  yield '}}';
}

/** Each actor's metric values, by actor id. */
function* metricEntries(snapshot: GraphSnapshot, metrics: ActorMetrics): Generator<readonly [string, FlatRecord]> {
  for (const actor of snapshot.actors) yield [actor.id, metricFields(metrics, actor.id)];
}

/**
 * Our own JSON: the Dataset as POST /api/import takes it (stored timestamps and derived types left
 * out). Metrics are not an actor's fields, so they are a `metrics` member (actor id → values) and
 * a subset's filters a `filters` member, beside the records; the file import reads past both.
 */
function* datasetOf(snapshot: GraphSnapshot, options: ExportOptions): Generator<string> {
  const strip = <T extends { createdAt: string; updatedAt: string }>({ createdAt: _c, updatedAt: _u, ...rest }: T) => rest;
  const same = <T>(item: T) => item;
  yield '{"sources":';
  yield* jsonArray(snapshot.sources, same);
  yield ',\n"actors":';
  yield* jsonArray(snapshot.actors, strip);
  yield ',\n"forums":';
  yield* jsonArray(snapshot.forums, strip);
  yield ',\n"collaborations":';
  yield* jsonArray(snapshot.collaborations, ({ type: _type, ...c }) => strip(c));
  if (options.filters !== undefined && Object.keys(options.filters).length > 0)
    yield `,\n"${FILTERS_ATTRIBUTE}":${JSON.stringify(options.filters)}`;
  const { metrics } = options;
  if (metrics !== undefined) {
    yield `,\n"${METRICS_MEMBER}":`;
    yield* jsonObject(metricEntries(snapshot, metrics));
  }
  yield '}\n';
}

/** The CSV export: one file per table in a zip. */
const csvZipOf = (tables: Iterable<Table>) => zipChunks(mapped(tables, (table) => ({ name: `${table.name}.csv`, text: csvLines(table) })));

const streamOf = (chunks: Iterable<string | Uint8Array>): Readable => Readable.from(chunks, { objectMode: false });

/** The snapshot in `format`, written as it is read from the stream. */
export function exportSnapshot(snapshot: GraphSnapshot, format: ExportFormat, options: ExportOptions = {}): ExportFile {
  const file = (body: Readable, extension: string): ExportFile => ({ body, contentType: EXPORT_MEDIA_TYPES[format], extension });
  switch (format) {
    case 'xlsx':
      return file(streamOf(xlsxChunks(snapshotTables(snapshot, options))), 'xlsx');
    case 'csv':
      return file(streamOf(csvZipOf(snapshotTables(snapshot, options))), 'csv.zip');
    case 'graphml':
      return file(streamOf(graphmlChunks(flatGraph(snapshot, options))), 'graphml');
    case 'gexf':
      return file(streamOf(gexfChunks(flatGraph(snapshot, options))), 'gexf');
    case 'json':
      return file(streamOf(batched(datasetOf(snapshot, options))), 'json');
    case 'node-link':
      return file(streamOf(batched(nodeLinkOf(flatGraph(snapshot, options)))), 'node-link.json');
    case 'cytoscape':
      return file(streamOf(batched(cytoscapeOf(flatGraph(snapshot, options)))), 'cytoscape.json');
  }
}

/** The whole file in memory: for tests, example files and scripts, never for the route. */
export async function exportBytes(file: ExportFile): Promise<Buffer> {
  return Buffer.concat((await file.body.toArray()) as Buffer[]);
}
