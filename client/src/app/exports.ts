// Exports of the graph as shown: GEXF for Gephi (with the positions and colours on the map) and
// graphology's JSON. Loaded on demand: most sessions never export.
import { write } from 'graphology-gexf/browser';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { download } from '../ui/dom.ts';
import type { DataGraph } from '../graph/model.ts';

/** GEXF wants flat attribute values: lists become "a|b", evidence is left to the JSON export. */
function flat(attrs: Record<string, unknown>): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'evidence' || v === undefined || v === null) continue;
    if (Array.isArray(v)) out[k] = v.join('|');
    else if (typeof v === 'object') continue;
    else out[k] = v as string | number | boolean;
  }
  return out;
}

/** What the GEXF export reads of the renderer: the colours and sizes as drawn. */
export interface DrawnView {
  getNodeDisplayData(node: string): Partial<NodeDisplayData> | undefined;
  getEdgeDisplayData(edge: string): Partial<EdgeDisplayData> | undefined;
}

/**
 * GEXF 1.3: graphology-gexf's 1.2 writer declares the viz namespace as "http:///www.gexf.net/…"
 * (three slashes), so Gephi would not read the colours, sizes and positions as viz data.
 */
export function gexfText(graph: DataGraph, drawn: DrawnView): string {
  const copy = graph.copy();
  copy.forEachNode((n, a) => {
    const shown = drawn.getNodeDisplayData(n);
    copy.replaceNodeAttributes(n, {
      ...flat(a as unknown as Record<string, unknown>),
      color: shown?.color,
      size: shown?.size,
      x: a.x,
      y: a.y,
    } as never);
  });
  copy.forEachEdge((e, a) => {
    const shown = drawn.getEdgeDisplayData(e);
    copy.replaceEdgeAttributes(e, { ...flat(a as unknown as Record<string, unknown>), color: shown?.color } as never);
  });
  return write(copy, { pretty: true, version: '1.3' });
}

export function exportGexf(graph: DataGraph, drawn: DrawnView): void {
  download('samverkan.gexf', gexfText(graph, drawn), 'application/xml');
}

export function exportJson(graph: DataGraph): void {
  download('samverkan.json', JSON.stringify(graph.export(), null, 2), 'application/json');
}
