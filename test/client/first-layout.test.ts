import { describe, expect, it } from 'vitest';
import { computeFirstLayout, firstLayoutRequest } from '../../client/src/render/first-layout.ts';
import { smallGraph } from './fixture.ts';

describe('first layout', () => {
  it('gives the same positions for the same graph, every time', () => {
    const a = computeFirstLayout(firstLayoutRequest(smallGraph()));
    const b = computeFirstLayout(firstLayoutRequest(smallGraph()));
    expect([...a.xs]).toEqual([...b.xs]);
    expect([...a.ys]).toEqual([...b.ys]);
  });

  it('starts every node from a position seeded by its key and moves them from there', () => {
    const request = firstLayoutRequest(smallGraph());
    const seeded = { xs: [...request.xs], ys: [...request.ys] };
    expect(firstLayoutRequest(smallGraph()).xs).toEqual(request.xs);
    const result = computeFirstLayout(request);
    expect([...result.xs]).not.toEqual(seeded.xs);
    for (const v of [...result.xs, ...result.ys]) expect(Number.isFinite(v)).toBe(true);
  });

  it('pulls tied nodes closer together than untied ones', () => {
    const graph = smallGraph();
    const request = firstLayoutRequest(graph);
    const { xs, ys } = computeFirstLayout(request);
    const at = (key: string) => request.nodes.indexOf(key);
    const distance = (a: string, b: string) => Math.hypot(xs[at(a)]! - xs[at(b)]!, ys[at(a)]! - ys[at(b)]!);
    // kommunen and skolan are tied; skolan and foretaget (no ties at all) are not.
    expect(distance('kommunen', 'skolan')).toBeLessThan(distance('skolan', 'foretaget'));
  });

  it('pulls a unit towards its parent although they share no tie', () => {
    const graph = smallGraph();
    const request = firstLayoutRequest(graph);
    const at = (key: string) => request.nodes.indexOf(key);
    const pairs = [...request.edges];
    const hasPair = (a: number, b: number) =>
      pairs.some((v, i) => i % 2 === 0 && ((v === a && pairs[i + 1] === b) || (v === b && pairs[i + 1] === a)));
    // skolan is a unit of kommunen (the fixture's parentId), besides their tie.
    const parentPairs = pairs.filter((v, i) => i % 2 === 0 && v === at('skolan') && pairs[i + 1] === at('kommunen')).length;
    expect(hasPair(at('skolan'), at('kommunen'))).toBe(true);
    expect(parentPairs).toBe(1);
    expect(request.edges.length / 2).toBe(graph.size + 1);
  });
});
