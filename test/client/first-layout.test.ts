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
});
