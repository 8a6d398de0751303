// Every export format in one catalogue: what it is called, its media type and file extension, and
// the function that writes it from a graph snapshot. The route and the CLI list formats from here.
import { MultiGraph } from 'graphology';
import * as gexf from 'graphology-gexf';
import type { GraphSnapshot } from '../../store/port.ts';
import { exportCsvZip } from './csv.ts';
import { flatGraph } from './graph.ts';
import { exportGraphml } from './graphml.ts';
import { exportXlsx } from './xlsx.ts';

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
  body: Uint8Array | string;
  contentType: string;
  extension: string;
}

function gexfOf(snapshot: GraphSnapshot): string {
  const flat = flatGraph(snapshot);
  const graph = new MultiGraph({ type: 'undirected' });
  graph.replaceAttributes(flat.attributes);
  for (const node of flat.nodes) graph.addNode(node.key, node.attributes);
  // All edges undirected with `directed` as an attribute, as in GraphML: networkx refuses a
  // GEXF that mixes directed and undirected edges.
  for (const edge of flat.edges)
    graph.addUndirectedEdgeWithKey(edge.key, edge.source, edge.target, { ...edge.attributes, directed: edge.directed });
  // A node's name is GEXF's label (what Gephi shows); no weight is written, so none is read back.
  return gexf.write(graph, {
    version: '1.3',
    formatNode: (_key, { name, ...attributes }) => ({ label: String(name ?? ''), attributes }),
    formatEdge: (_key, attributes) => ({ attributes }),
  });
}

/** networkx's node_link_data (networkx 3.4+: "edges"), as a multigraph: ties between a pair may repeat. */
function nodeLinkOf(snapshot: GraphSnapshot): string {
  const flat = flatGraph(snapshot);
  return JSON.stringify({
    directed: false,
    multigraph: true,
    graph: flat.attributes,
    nodes: flat.nodes.map((n) => ({ id: n.key, ...n.attributes })),
    edges: flat.edges.map((e) => ({ source: e.source, target: e.target, key: e.key, ...e.attributes, directed: e.directed })),
  });
}

function cytoscapeOf(snapshot: GraphSnapshot): string {
  const flat = flatGraph(snapshot);
  return JSON.stringify({
    data: flat.attributes,
    elements: {
      nodes: flat.nodes.map((n) => ({ data: { id: n.key, ...n.attributes } })),
      edges: flat.edges.map((e) => ({ data: { id: e.key, source: e.source, target: e.target, ...e.attributes, directed: e.directed } })),
    },
  });
}

/** Our own JSON: the Dataset as POST /api/import takes it (stored timestamps and derived types left out). */
function datasetOf(snapshot: GraphSnapshot): string {
  const strip = <T extends { createdAt: string; updatedAt: string }>({ createdAt: _c, updatedAt: _u, ...rest }: T) => rest;
  return JSON.stringify(
    {
      sources: snapshot.sources,
      actors: snapshot.actors.map(strip),
      forums: snapshot.forums.map(strip),
      collaborations: snapshot.collaborations.map(({ type: _type, ...c }) => strip(c)),
    },
    null,
    2,
  );
}

export async function exportSnapshot(snapshot: GraphSnapshot, format: ExportFormat): Promise<ExportFile> {
  switch (format) {
    case 'xlsx':
      return {
        body: await exportXlsx(snapshot),
        contentType: EXPORT_MEDIA_TYPES.xlsx,
        extension: 'xlsx',
      };
    case 'csv':
      return { body: exportCsvZip(snapshot), contentType: EXPORT_MEDIA_TYPES.csv, extension: 'csv.zip' };
    case 'graphml':
      return { body: exportGraphml(snapshot), contentType: EXPORT_MEDIA_TYPES.graphml, extension: 'graphml' };
    case 'gexf':
      return { body: gexfOf(snapshot), contentType: EXPORT_MEDIA_TYPES.gexf, extension: 'gexf' };
    case 'json':
      return { body: datasetOf(snapshot), contentType: EXPORT_MEDIA_TYPES.json, extension: 'json' };
    case 'node-link':
      return { body: nodeLinkOf(snapshot), contentType: EXPORT_MEDIA_TYPES['node-link'], extension: 'node-link.json' };
    case 'cytoscape':
      return { body: cytoscapeOf(snapshot), contentType: EXPORT_MEDIA_TYPES.cytoscape, extension: 'cytoscape.json' };
  }
}
