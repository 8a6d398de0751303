// Metrics the client can compute itself on the filtered graph, so the size menu and the table
// work even when the server's analytics are unavailable.
import type { MetricDescriptor } from '../api/analytics.ts';
import type { DataGraph } from './model.ts';

export const LOCAL_DEGREE: MetricDescriptor = {
  id: 'degree',
  label: { en: 'Degree (ties shown)', sv: 'Grad (visade band)' },
  description: { en: 'Number of ties on the map', sv: 'Antal band på kartan' },
  output: 'count',
  higherIsMore: true,
};

/** Ties per actor, counting collaborations and projected co-membership, not forum edges. */
export function localDegree(graph: DataGraph): Map<string, number> {
  const out = new Map<string, number>();
  graph.forEachNode((n, a) => {
    if (a.kind !== 'actor') return;
    let d = 0;
    graph.forEachEdge(n, (_e, attrs) => {
      if (attrs.kind === 'collaboration' || attrs.kind === 'comembership') d++;
    });
    out.set(n, d);
  });
  return out;
}
