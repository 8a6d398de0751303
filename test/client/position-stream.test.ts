// The layout's position stream against a stand-in renderer that records what sigma is asked to
// re-read (sigma itself needs WebGL; the e2e layout test runs the real one in Chromium).
import Graph from 'graphology';
import { createNormalizationFunction, graphExtent } from 'sigma/utils';
import { describe, expect, it } from 'vitest';
import { PositionStream } from '../../client/src/render/position-stream.ts';

interface RefreshCall {
  partialGraph?: { nodes?: string[]; edges?: string[] };
  skipIndexation?: boolean;
  schedule?: boolean;
}

function fakeRenderer(graph: Graph, options: { slowMs?: number } = {}) {
  const calls: RefreshCall[] = [];
  const renderer = {
    nodeExtent: { x: [0, 1], y: [0, 1] },
    normalizationFunction: createNormalizationFunction({ x: [0, 1], y: [0, 1] }),
    getGraph: () => graph,
    getCustomBBox: () => null,
    refresh(opts: RefreshCall) {
      calls.push(opts);
      if (options.slowMs) {
        const until = performance.now() + options.slowMs;
        while (performance.now() < until);
      }
    },
  };
  return { renderer, calls };
}

function ring(order: number): Graph {
  const graph = new Graph({ type: 'undirected' });
  for (let i = 0; i < order; i++) graph.addNode(`n${i}`, { x: i, y: -i });
  for (let i = 0; i < order; i++) graph.addEdge(`n${i}`, `n${(i + 1) % order}`);
  return graph;
}

const stream = (renderer: unknown, budgetMs?: number) =>
  new PositionStream(renderer as ConstructorParameters<typeof PositionStream>[0], budgetMs);

describe('PositionStream', () => {
  it('is only used with a sigma that has the normalization fields', () => {
    const graph = ring(3);
    expect(PositionStream.supports(fakeRenderer(graph).renderer as never)).toBe(true);
    expect(PositionStream.supports({ getGraph: () => graph } as never)).toBe(false);
  });

  it('writes positions into the display graph without graph events and normalizes to the new extent', () => {
    const graph = ring(10);
    const events: string[] = [];
    graph.on('eachNodeAttributesUpdated', () => events.push('each'));
    graph.on('nodeAttributesUpdated', () => events.push('one'));
    const { renderer } = fakeRenderer(graph);
    stream(renderer).begin((node) => (node === 'n3' ? { x: 500, y: 250 } : undefined));
    expect(events).toEqual([]);
    expect(graph.getNodeAttributes('n3')).toMatchObject({ x: 500, y: 250 });
    expect(graph.getNodeAttributes('n4')).toMatchObject({ x: 4, y: -4 });
    // What sigma's full re-index would compute from these positions:
    expect(renderer.nodeExtent).toEqual(graphExtent(graph));
    expect(renderer.nodeExtent.x).toEqual([0, 500]);
    const expected = createNormalizationFunction(graphExtent(graph));
    expect((renderer.normalizationFunction as typeof expected)({ x: 500, y: 250 })).toEqual(expected({ x: 500, y: 250 }));
  });

  it('hands every node, then every edge, to sigma exactly once, partially and without re-indexing', () => {
    const graph = ring(1000);
    const { renderer, calls } = fakeRenderer(graph);
    const s = stream(renderer, 10_000);
    s.begin(() => undefined);
    expect(s.busy).toBe(true);
    expect(s.step()).toBe(true);
    expect(s.busy).toBe(false);
    expect(calls.every((c) => c.skipIndexation === true && c.schedule === true && c.partialGraph)).toBe(true);
    const nodes = calls.flatMap((c) => c.partialGraph!.nodes ?? []);
    const edges = calls.flatMap((c) => c.partialGraph!.edges ?? []);
    expect(nodes.sort()).toEqual(graph.nodes().sort());
    expect(edges.sort()).toEqual(graph.edges().sort());
    const lastNodeCall = calls.findLastIndex((c) => c.partialGraph!.nodes);
    const firstEdgeCall = calls.findIndex((c) => c.partialGraph!.edges);
    expect(lastNodeCall).toBeLessThan(firstEdgeCall);
  });

  it('stops a slice when its time budget is spent and goes on where it stopped', () => {
    const graph = ring(2000);
    const { renderer, calls } = fakeRenderer(graph, { slowMs: 2 });
    const s = stream(renderer, 1);
    s.begin(() => undefined);
    let slices = 0;
    while (!s.step()) slices++;
    expect(slices).toBeGreaterThan(1);
    expect(calls.flatMap((c) => c.partialGraph!.nodes ?? [])).toHaveLength(2000);
    expect(calls.flatMap((c) => c.partialGraph!.edges ?? [])).toHaveLength(2000);
  });

  it('cancel drops the rest of a sweep', () => {
    const graph = ring(2000);
    const { renderer, calls } = fakeRenderer(graph, { slowMs: 2 });
    const s = stream(renderer, 1);
    s.begin(() => undefined);
    s.step();
    const handed = calls.length;
    s.cancel();
    expect(s.busy).toBe(false);
    expect(s.step()).toBe(true);
    expect(calls).toHaveLength(handed);
  });
});
