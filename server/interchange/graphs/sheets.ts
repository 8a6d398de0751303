// Graph files (GraphML, GEXF, node-link, Cytoscape.js, /api/graph) are read into the same sheets
// the spreadsheet readers make — nodes as actor or forum rows, edges as tie or membership rows,
// attributes as columns — so one mapping (mapping/assemble.ts) serves every format.
import type { MultiGraph as Graph } from 'graphology';
import { FORUM_KEY_PREFIX } from '../../domain/node-keys.ts';
import type { Sheet } from '../tables/sheet.ts';

type Item = Record<string, unknown>;

/** Our exports mark forums' node keys so they cannot collide with an actor id. */
export { FORUM_KEY_PREFIX };
/** A graph-level attribute holding the dataset's sources, as our exports write it. */
export const SOURCES_ATTRIBUTE = 'sources';
/** The graph attribute (and JSON member) naming the filters a subset was exported with: a note, never read as data. */
export const FILTERS_ATTRIBUTE = 'filters';
/** Our JSON export's actor metrics (actor id → values), beside the records: not read back as data. */
export const METRICS_MEMBER = 'metrics';

function cellOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object')) return value.join('|');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Records → a sheet whose header is every key any record has, in first-seen order. */
export function sheetOf(name: string, items: readonly Item[]): Sheet {
  const header: string[] = [];
  const seen = new Set<string>();
  for (const item of items)
    for (const key of Object.keys(item))
      if (!seen.has(key)) {
        seen.add(key);
        header.push(key);
      }
  return { name, header, rows: items.map((item, i) => ({ row: i + 2, cells: header.map((key) => cellOf(item[key])) })) };
}

function sourcesOf(value: unknown): Item[] {
  if (typeof value === 'string') {
    try {
      return sourcesOf(JSON.parse(value));
    } catch {
      return [];
    }
  }
  return Array.isArray(value) ? (value as Item[]) : [];
}

/** Nodes and edges (each with id/source/target beside its attributes) → our sheets. */
export function elementsToSheets(nodes: readonly Item[], edges: readonly Item[], graphAttributes: Item = {}): Sheet[] {
  const actors: Item[] = [];
  const forums: Item[] = [];
  const ties: Item[] = [];
  const memberships: Item[] = [];
  for (const { kind, ...node } of nodes) {
    const id = cellOf(node.id);
    if (kind === 'forum' || id.startsWith(FORUM_KEY_PREFIX)) forums.push({ ...node, id: id.replace(FORUM_KEY_PREFIX, '') });
    else actors.push(node);
  }
  for (const { kind, ...edge } of edges) {
    if (kind === 'membership' || cellOf(edge.target).startsWith(FORUM_KEY_PREFIX)) {
      const { source, target, id: _id, forumId: _forum, ...rest } = edge;
      memberships.push({ forum: cellOf(target).replace(FORUM_KEY_PREFIX, ''), actor: source, ...rest });
    } else ties.push(edge);
  }
  // A graph without edges is a round without ties, not a ties sheet missing its columns.
  const sheets = [sheetOf('actors', actors)];
  if (ties.length > 0) sheets.push(sheetOf('ties', ties));
  if (forums.length > 0) sheets.push(sheetOf('forums', forums));
  if (memberships.length > 0) sheets.push(sheetOf('memberships', memberships));
  const sources = sourcesOf(graphAttributes[SOURCES_ATTRIBUTE]);
  if (sources.length > 0) sheets.push(sheetOf('sources', sources));
  return sheets;
}

/** graphology keys it made up for edges the file gave no id. */
const GENERATED_EDGE_KEY = /^geid_\d+_\d+$/;

export function graphToSheets(graph: Graph): Sheet[] {
  const nodes = graph.mapNodes((key, attributes) => ({ id: key, ...attributes }));
  const edges = graph.mapEdges((key, attributes, source, target, _s, _t, undirected) => ({
    ...(GENERATED_EDGE_KEY.test(key) ? {} : { id: key }),
    source,
    target,
    ...(graph.type === 'mixed' && !('directed' in attributes) ? { directed: !undirected } : {}),
    ...attributes,
  }));
  return elementsToSheets(nodes, edges, graph.getAttributes());
}
