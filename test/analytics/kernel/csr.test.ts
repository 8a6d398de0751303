import { describe, expect, it } from 'vitest';
import { DirectedGraph, MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import { arcValues, fromCsr, toCsr, toNullableRecord, toRecord, TYPE_BITS } from '../../../server/analytics/kernel/csr.ts';
import { graphFrom } from '../graphs.ts';

describe('toCsr', () => {
  it('lays every tie out as two arcs, in graph node order, with weights, distances and types', () => {
    const graph = graphFrom(
      [
        ['a', 'b', 2, ['internal']],
        ['b', 'c', 0.5, ['state', 'business']],
      ],
      ['z'],
    );
    const csr = toCsr(graph);
    expect(csr.nodes).toEqual(['a', 'b', 'c', 'z']);
    expect([...csr.offsets]).toEqual([0, 1, 3, 4, 4]);
    const arcs = csr.nodes.flatMap((node, v) =>
      Array.from({ length: csr.offsets[v + 1]! - csr.offsets[v]! }, (_, k) => {
        const a = csr.offsets[v]! + k;
        return [node, csr.nodes[csr.targets[a]!], csr.weights[a], csr.distances[a], csr.typeMasks[a]];
      }),
    );
    expect(arcs).toEqual([
      ['a', 'b', 2, 0.5, TYPE_BITS.internal],
      ['b', 'a', 2, 0.5, TYPE_BITS.internal],
      ['b', 'c', 0.5, 2, TYPE_BITS.state! | TYPE_BITS.business!],
      ['c', 'b', 0.5, 2, TYPE_BITS.state! | TYPE_BITS.business!],
    ]);
    expect([...csr.edges]).toEqual([0, 1, 1, 2]);
    expect([...csr.edgeWeights]).toEqual([2, 0.5]);
  });

  it('reads weight 1 and distance 1/weight when the attributes are absent', () => {
    const graph = new UndirectedGraph();
    graph.mergeEdge('a', 'b');
    graph.mergeEdge('b', 'c', { weight: 4 });
    const csr = toCsr(graph);
    expect([...csr.weights]).toEqual([1, 1, 4, 4]);
    expect([...csr.distances]).toEqual([1, 1, 0.25, 0.25]);
  });

  it('rejects what is not a simple undirected graph, naming the module', () => {
    expect(() => toCsr({}, 'pagerank')).toThrow(/^pagerank: expected a graphology graph/);
    const directed = new DirectedGraph();
    directed.mergeEdge('a', 'b');
    expect(() => toCsr(directed, 'degree')).toThrow(/^degree: the graph must be undirected/);
    const multi = new MultiUndirectedGraph();
    multi.mergeEdge('a', 'b');
    expect(() => toCsr(multi, 'core')).toThrow(/^core: the graph must be simple/);
    const loop = new UndirectedGraph();
    loop.mergeEdge('a', 'a');
    expect(() => toCsr(loop, 'clustering')).toThrow(/^clustering: self-loops are not supported/);
  });

  it('handles the empty graph', () => {
    const csr = toCsr(new UndirectedGraph());
    expect(csr.nodes).toEqual([]);
    expect([...csr.offsets]).toEqual([0]);
  });
});

describe('arcValues', () => {
  it('returns the arc values when all are positive and finite', () => {
    const csr = toCsr(graphFrom([['a', 'b', 2]]));
    expect([...arcValues(csr, 'weights', 'x')]).toEqual([2, 2]);
    expect([...arcValues(csr, 'distances', 'x')]).toEqual([0.5, 0.5]);
  });

  it.each([0, -1, Infinity, NaN])('rejects weight %s, naming the tie', (weight) => {
    const graph = new UndirectedGraph();
    graph.mergeEdge('a', 'b', { weight });
    expect(() => arcValues(toCsr(graph), 'weights', 'eigenvector')).toThrow(/^eigenvector: the tie a–b has weight .*positive finite/);
  });
});

describe('records and round trips', () => {
  it('maps arrays back to node keys; NaN becomes null only in nullable records', () => {
    const csr = toCsr(graphFrom([['a', 'b']]));
    expect(toRecord(csr, [1, 2])).toEqual({ a: 1, b: 2 });
    expect(toNullableRecord(csr, [NaN, 2])).toEqual({ a: null, b: 2 });
  });

  it('fromCsr rebuilds the same nodes and edges in the same order', () => {
    const graph = graphFrom(
      [
        ['b', 'a', 3],
        ['a', 'c'],
      ],
      ['z'],
    );
    const rebuilt = fromCsr(toCsr(graph));
    expect(rebuilt.nodes()).toEqual(graph.nodes());
    expect(rebuilt.mapEdges((_e, attr, s, t) => [s, t, attr.weight])).toEqual([
      ['b', 'a', 3],
      ['a', 'c', 1],
    ]);
  });
});
