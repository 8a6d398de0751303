// Exports of the graph as shown: GEXF for Gephi (with the positions and colours on the map) and
// graphology's JSON. Loaded on demand: most sessions never export.
import { write } from 'graphology-gexf/browser';
import type Sigma from 'sigma';
import { download } from '../ui/dom.ts';
import type { DataGraph, EdgeAttrs, NodeAttrs } from '../graph/model.ts';

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

export function exportGexf(graph: DataGraph, sigma: Sigma<NodeAttrs, EdgeAttrs>): void {
  const copy = graph.copy();
  copy.forEachNode((n, a) => {
    const shown = sigma.getNodeDisplayData(n);
    copy.replaceNodeAttributes(n, { ...flat(a as unknown as Record<string, unknown>), color: shown?.color, size: shown?.size, x: a.x, y: a.y } as never);
  });
  copy.forEachEdge((e, a) => {
    const shown = sigma.getEdgeDisplayData(e);
    copy.replaceEdgeAttributes(e, { ...flat(a as unknown as Record<string, unknown>), color: shown?.color } as never);
  });
  download('samverkan.gexf', write(copy, { pretty: true }), 'application/xml');
}

export function exportJson(graph: DataGraph): void {
  download('samverkan.json', JSON.stringify(graph.export(), null, 2), 'application/json');
}
