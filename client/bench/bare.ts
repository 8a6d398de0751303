// Benchmark baseline (bench/render.ts): the same graph with the same sigma settings and the
// same colours, sizes and edge programs as the explorer, baked into the attributes once, so
// sigma runs with no reducers, no panels and no state. Not part of the production build.
import Sigma from 'sigma';
import { EMPTY_APPEARANCE, edgeAppearance, nodeAppearance, sizesFor } from '../src/graph/appearance.ts';
import { sizeScale } from '../src/graph/colors.ts';
import { filterGraph } from '../src/graph/filter.ts';
import { localDegree } from '../src/graph/local-metrics.ts';
import { graphFromSerialized, type SerializedGraph } from '../src/graph/model.ts';
import { sigmaSettings } from '../src/render/settings.ts';
import { DEFAULT_STATE } from '../src/state/view-state.ts';

declare global {
  interface Window {
    __bare?: { sigma: Sigma; ready: boolean };
  }
}

async function start(): Promise<void> {
  const body = (await (await fetch('/api/graph?includeForums=true')).json()) as SerializedGraph;
  const graph = filterGraph(graphFromSerialized(body), DEFAULT_STATE);
  const degree = localDegree(graph);
  const ctx = { ...EMPTY_APPEARANCE, sizes: sizesFor(degree, sizeScale(degree.values()), graph) };
  graph.updateEachNodeAttributes((n, a) => ({ ...a, ...nodeAppearance(n, a, ctx) }) as typeof a);
  graph.updateEachEdgeAttributes((e, a) => ({ ...a, ...edgeAppearance(e, a, ctx) }) as typeof a);
  const sigma = new Sigma(graph, document.getElementById('map')!, sigmaSettings());
  window.__bare = { sigma: sigma as unknown as Sigma, ready: true };
}

void start();
