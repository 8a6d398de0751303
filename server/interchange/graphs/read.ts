// Graph files → sheets for the one mapping. GraphML and GEXF are parsed by graphology's own
// parsers; the JSON flavours (networkx node-link, Cytoscape.js, /api/graph) are plain lists of
// nodes and edges. A file graphology refuses (broken XML, an edge to a node that is not there)
// is one problem quoting the reason.
import { DOMParser } from '@xmldom/xmldom';
import { MultiGraph as Graph } from 'graphology';
import * as gexf from 'graphology-gexf';
import * as graphml from 'graphology-graphml';
import { type ImportFormat, jsonFormat } from '../detect.ts';
import { unreadable } from '../problems.ts';
import type { Sheet } from '../tables/sheet.ts';
import { elementsToSheets, FILTERS_ATTRIBUTE, graphToSheets, METRICS_MEMBER } from './sheets.ts';

type Item = Record<string, unknown>;

function reason(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').slice(0, 300);
}

/** Parsed strictly: xmldom would otherwise log and carry on past broken markup. */
function xmlDocument(text: string, fileName: string): Document {
  let first: string | undefined;
  const keep = (message: string) => {
    first ??= message
      .replace(/\[xmldom \w+\]|@#\[line:[^\]]*\]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  };
  const document = new DOMParser({ errorHandler: { warning: () => {}, error: keep, fatalError: keep } }).parseFromString(
    text,
    'application/xml',
  );
  if (first !== undefined || !document.documentElement) throw unreadable(fileName, `broken XML: ${first ?? 'no root element'}`);
  return document as unknown as Document;
}

export function readXmlGraph(text: string, format: 'graphml' | 'gexf', fileName: string): Sheet[] {
  const document = xmlDocument(text, fileName);
  let graph: Graph;
  try {
    graph = format === 'graphml' ? graphml.parse(Graph, document) : gexf.parse(Graph, document, { allowUndeclaredAttributes: true });
  } catch (error) {
    throw unreadable(fileName, `not readable as ${format === 'graphml' ? 'GraphML' : 'GEXF'}: ${reason(error)}`);
  }
  return graphToSheets(graph);
}

function list(value: unknown): Item[] {
  return Array.isArray(value) ? value.filter((v): v is Item => v !== null && typeof v === 'object') : [];
}

/** networkx's node_link_data: {directed, graph, nodes: [{id, …}], links|edges: [{source, target, key?, …}]} */
function nodeLink(json: Item): Sheet[] {
  const directed = json.directed === true;
  const edges = list(json.links ?? json.edges).map(({ key, ...edge }) => ({
    ...(key === undefined || typeof key === 'number' ? {} : { id: key }),
    ...('directed' in edge ? {} : { directed }),
    ...edge,
  }));
  return elementsToSheets(list(json.nodes), edges, (json.graph as Item | undefined) ?? {});
}

/** Cytoscape.js: {elements: {nodes: [{data}], edges: [{data}]}} or {elements: [{group, data}]} */
function cytoscape(json: Item | Item[]): Sheet[] {
  const elements = Array.isArray(json) ? json : json.elements;
  const grouped = Array.isArray(elements)
    ? {
        nodes: list(elements).filter((e) => e.group !== 'edges' && !('source' in ((e.data as Item) ?? {}))),
        edges: list(elements).filter((e) => e.group === 'edges' || 'source' in ((e.data as Item) ?? {})),
      }
    : { nodes: list((elements as Item | undefined)?.nodes), edges: list((elements as Item | undefined)?.edges) };
  const data = (items: Item[]) => items.map((e) => (e.data as Item | undefined) ?? {});
  return elementsToSheets(data(grouped.nodes), data(grouped.edges), Array.isArray(json) ? {} : ((json.data as Item | undefined) ?? {}));
}

/** What /api/graph adds to the records: stored timestamps, the derived tie type, the label. */
const DERIVED = ['createdAt', 'updatedAt', 'label', 'type', 'forumId'];

function withoutDerived(attributes: Item): Item {
  return Object.fromEntries(Object.entries(attributes).filter(([key]) => !DERIVED.includes(key)));
}

/** /api/graph: graphology's serialized format, with the API's derived fields left out. */
function serializedGraph(json: Item, fileName: string): Sheet[] {
  let graph: Graph;
  try {
    graph = Graph.from(json as Parameters<typeof Graph.from>[0]);
  } catch (error) {
    throw unreadable(fileName, `not readable as a graph: ${reason(error)}`);
  }
  graph.updateEachNodeAttributes((_key, attributes) => withoutDerived(attributes));
  graph.updateEachEdgeAttributes((_key, attributes) => withoutDerived(attributes));
  return graphToSheets(graph);
}

export type JsonContent = { format: 'json'; dataset: unknown } | { format: ImportFormat; sheets: Sheet[] };

export function readJson(text: string, fileName: string, declared?: ImportFormat): JsonContent {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    throw unreadable(fileName, `not valid JSON: ${reason(error)}`);
  }
  const format = declared && declared !== 'json' ? declared : jsonFormat(json);
  if (format === 'cytoscape') return { format, sheets: cytoscape(json as Item) };
  if (format === 'node-link') return { format, sheets: nodeLink(json as Item) };
  if (format === 'json' && 'options' in (json as Item)) return { format: 'json', sheets: serializedGraph(json as Item, fileName) };
  if (format === 'json') {
    // Our export's filters and metrics sit beside the records: for the reader, not data to import.
    const { [FILTERS_ATTRIBUTE]: _filters, [METRICS_MEMBER]: _metrics, ...dataset } = json as Item;
    return { format, dataset };
  }
  throw unreadable(fileName, 'JSON, but not a format we read: a Samverkan dataset or graph, networkx node-link or Cytoscape.js JSON');
}
