import { describe, expect, it } from 'vitest';
import { egoNetwork, filterGraph, type FilterInput } from '../../client/src/graph/filter.ts';
import { syncGraph, type Positions } from '../../client/src/graph/sync.ts';
import Graph from 'graphology';
import type { DataGraph, EdgeAttrs, NodeAttrs } from '../../client/src/graph/model.ts';
import { DEFAULT_STATE } from '../../client/src/state/view-state.ts';
import { smallGraph } from './fixture.ts';

const all: FilterInput = { ...DEFAULT_STATE };
const sorted = (xs: string[]) => [...xs].sort();

describe('filterGraph', () => {
  it('keeps everything without filters, forums as nodes', () => {
    const g = filterGraph(smallGraph(), all);
    expect(g.order).toBe(6);
    expect(g.size).toBe(5);
  });

  it('filters ties by status and keeps actors that match on their own', () => {
    const g = filterGraph(smallGraph(), { ...all, statuses: ['active'], forums: 'hidden' });
    expect(sorted(g.edges())).toEqual(['t1']);
    // No area filter: every actor still matches on its own.
    expect(g.order).toBe(5);
  });

  it('an area filter keeps ties in the area and the actors they touch or that work in it', () => {
    const g = filterGraph(smallGraph(), { ...all, areas: ['crime'], forums: 'hidden' });
    expect(sorted(g.edges())).toEqual(['t3']);
    // skolan is kept because a crime tie touches it, not for its own areas.
    expect(sorted(g.nodes())).toEqual(['kommunen', 'polisen', 'skolan']);
  });

  it('a sector filter keeps only ties between kept sectors', () => {
    const g = filterGraph(smallGraph(), { ...all, sectors: ['municipal'], forums: 'hidden' });
    expect(sorted(g.nodes())).toEqual(['kommunen', 'skolan']);
    expect(g.edges()).toEqual(['t1']);
  });

  it('a neighbourhood filter matches the tie or either actor', () => {
    const g = filterGraph(smallGraph(), { ...all, neighbourhoods: ['Kronogården'], forums: 'hidden' });
    expect(g.edges()).toEqual(['t2']);
    expect(sorted(g.nodes())).toEqual(['foreningen', 'kommunen']);
  });

  it('projects forums into co-membership ties between kept members', () => {
    const g = filterGraph(smallGraph(), { ...all, forums: 'projected' });
    expect(g.hasNode('forum:trygghet')).toBe(false);
    const co = g.filterEdges((_, a) => a.kind === 'comembership');
    expect(co).toHaveLength(1);
    expect(sorted(g.extremities(co[0]!))).toEqual(['kommunen', 'polisen']);
    expect(g.getEdgeAttributes(co[0]!)).toMatchObject({ forums: ['forum:trygghet'], weight: 1 });
  });

  it('hides forums and memberships', () => {
    const g = filterGraph(smallGraph(), { ...all, forums: 'hidden' });
    expect(g.filterNodes((_, a) => a.kind === 'forum')).toEqual([]);
    expect(g.filterEdges((_, a) => a.kind === 'membership')).toEqual([]);
  });

  it('adds suggestions only between kept actors', () => {
    const suggestion = (source: string, target: string) => ({ source, target, attrs: { kind: 'predicted' as const, score: 1, reason: '' } });
    const g = filterGraph(smallGraph(), { ...all, sectors: ['municipal', 'state'] }, [suggestion('kommunen', 'polisen'), suggestion('kommunen', 'foretaget')]);
    expect(g.filterEdges((_, a) => a.kind === 'predicted')).toEqual(['predicted:kommunen:polisen']);
  });

  it('an ego view keeps the actor and its neighbours one or two steps out', () => {
    const one = filterGraph(smallGraph(), { ...all, forums: 'hidden', selected: 'foreningen', ego: 1 });
    expect(sorted(one.nodes())).toEqual(['foreningen', 'kommunen']);
    const two = filterGraph(smallGraph(), { ...all, forums: 'hidden', selected: 'foreningen', ego: 2 });
    expect(sorted(two.nodes())).toEqual(['foreningen', 'kommunen', 'skolan']);
    expect(egoNetwork(smallGraph(), 'foretaget', 2).order).toBe(1);
  });

  it('never writes to the data graph', () => {
    const data = smallGraph();
    const before = JSON.stringify(data.export());
    filterGraph(data, { ...all, forums: 'projected', selected: 'kommunen', ego: 1 });
    expect(JSON.stringify(data.export())).toBe(before);
  });
});

describe('syncGraph', () => {
  it('keeps positions of staying nodes and restores returning ones', () => {
    const data = smallGraph();
    const display: DataGraph = new Graph<NodeAttrs, EdgeAttrs>({ type: 'undirected', multi: true });
    const positions: Positions = new Map();
    syncGraph(display, filterGraph(data, all), positions);
    display.forEachNode((n) => display.mergeNodeAttributes(n, { x: n.length, y: -n.length }));

    syncGraph(display, filterGraph(data, { ...all, sectors: ['municipal'] }), positions);
    expect(sorted(display.nodes())).toEqual(['forum:trygghet', 'kommunen', 'skolan']);
    expect(display.getNodeAttributes('kommunen')).toMatchObject({ x: 8, y: -8 });

    syncGraph(display, filterGraph(data, all), positions);
    expect(display.order).toBe(6);
    expect(display.getNodeAttributes('foreningen')).toMatchObject({ x: 10, y: -10 });
    expect(display.size).toBe(5);
  });

  it('places new nodes next to a positioned neighbour', () => {
    const data = smallGraph();
    const display: DataGraph = new Graph<NodeAttrs, EdgeAttrs>({ type: 'undirected', multi: true });
    const positions: Positions = new Map([['kommunen', { x: 1000, y: 1000 }]]);
    syncGraph(display, filterGraph(data, all), positions);
    const { x, y } = display.getNodeAttributes('skolan');
    expect(Math.hypot(x! - 1000, y! - 1000)).toBeLessThan(20);
  });
});
