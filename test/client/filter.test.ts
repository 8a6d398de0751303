import { describe, expect, it } from 'vitest';
import { egoNetwork, filterGraph, type FilterInput } from '../../client/src/graph/filter.ts';
import { syncGraph, type Positions } from '../../client/src/graph/sync.ts';
import Graph from 'graphology';
import { graphFromSerialized, type DataGraph, type EdgeAttrs, type NodeAttrs } from '../../client/src/graph/model.ts';
import { serializeGraph } from '../../server/graph/serialize.ts';
import { places } from '../analytics/places.ts';
import { DEFAULT_STATE } from '../../client/src/state/view-state.ts';
import { smallGraph } from './fixture.ts';

// The hierarchy's "part of" lines have their own case; the others count ties and memberships only.
const all: FilterInput = { ...DEFAULT_STATE, hierarchy: false };
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

  it('a sector filter comes after the area filter: an actor tied in the area by a tie to another sector stays', () => {
    // skolan lists education only; the crime tie polisen–skolan puts it in crime, whatever the sectors.
    const g = filterGraph(smallGraph(), { ...all, areas: ['crime'], sectors: ['municipal'], forums: 'hidden' });
    expect(sorted(g.nodes())).toEqual(['kommunen', 'skolan']);
    expect(g.edges()).toEqual([]);
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
    const suggestion = (source: string, target: string) => ({
      source,
      target,
      attrs: { kind: 'predicted' as const, score: 1, reason: '' },
    });
    const g = filterGraph(smallGraph(), { ...all, sectors: ['municipal', 'state'] }, [
      suggestion('kommunen', 'polisen'),
      suggestion('kommunen', 'foretaget'),
    ]);
    expect(g.filterEdges((_, a) => a.kind === 'predicted')).toEqual(['predicted:kommunen:polisen']);
  });

  it('an ego view keeps the actor and its neighbours one or two steps out', () => {
    const one = filterGraph(smallGraph(), { ...all, forums: 'hidden', selected: 'foreningen', ego: 1 });
    expect(sorted(one.nodes())).toEqual(['foreningen', 'kommunen']);
    const two = filterGraph(smallGraph(), { ...all, forums: 'hidden', selected: 'foreningen', ego: 2 });
    expect(sorted(two.nodes())).toEqual(['foreningen', 'kommunen', 'skolan']);
    expect(egoNetwork(smallGraph(), 'foretaget', 2).order).toBe(1);
  });

  it('an ego view steps along ties only: a suggestion neither widens it nor reaches outside it', () => {
    const suggestion = (source: string, target: string) => ({
      source,
      target,
      attrs: { kind: 'predicted' as const, score: 1, reason: '' },
    });
    const g = filterGraph(smallGraph(), { ...all, forums: 'hidden', selected: 'foreningen', ego: 1 }, [
      suggestion('foreningen', 'foretaget'),
      suggestion('foreningen', 'kommunen'),
    ]);
    expect(sorted(g.nodes())).toEqual(['foreningen', 'kommunen']);
    expect(g.filterEdges((_, a) => a.kind === 'predicted')).toEqual(['predicted:foreningen:kommunen']);
  });

  it('draws a "part of" line from a unit to its parent when both are kept, and none with the hierarchy off', () => {
    const partOf = (g: DataGraph) => g.filterEdges((_, a) => a.kind === 'partOf');
    const g = filterGraph(smallGraph(), { ...all, hierarchy: true });
    expect(partOf(g)).toEqual(['part-of:skolan']);
    expect(g.extremities('part-of:skolan')).toEqual(['skolan', 'kommunen']);
    expect(partOf(filterGraph(smallGraph(), all))).toEqual([]);
    // The parent filtered out: no line to nowhere.
    expect(partOf(filterGraph(smallGraph(), { ...all, hierarchy: true, sectors: ['state'] }))).toEqual([]);
    // Not a step of the ego view: the parent is there because of the tie, the line joins them.
    const ego = filterGraph(smallGraph(), { ...all, hierarchy: true, forums: 'hidden', selected: 'polisen', ego: 1 });
    expect(sorted(ego.nodes())).toEqual(['polisen', 'skolan']);
  });

  it('never writes to the data graph', () => {
    const data = smallGraph();
    const before = JSON.stringify(data.export());
    filterGraph(data, { ...all, forums: 'projected', selected: 'kommunen', ego: 1 });
    expect(JSON.stringify(data.export())).toBe(before);
  });
});

// The neighbourhood rule on the "places" snapshot (test/analytics/places.ts, worked out there):
// a tie is in the neighbourhoods it names, or, naming none, where its actors are located; who is
// in a neighbourhood is decided before the sector filter; names match by the search key.
describe('filterGraph by neighbourhood', () => {
  const data = () => graphFromSerialized(serializeGraph(places));
  const view = (filter: Partial<FilterInput>) => filterGraph(data(), { ...all, forums: 'hidden', statuses: ['active'], ...filter });
  const ends = (g: DataGraph) => sorted(g.mapEdges((_e, _a, s, t) => [s, t].sort().join('–')));

  it('follows the tie where it names a neighbourhood, and its actors where it names none', () => {
    const kronogarden = view({ neighbourhoods: ['Kronogården'] });
    expect(sorted(kronogarden.nodes())).toEqual(['kommun', 'polis', 'vakt']);
    // polis is located in Kronogården, but its tie to forening names Sylte only.
    expect(ends(kronogarden)).toEqual(['kommun–polis', 'kommun–vakt']);
    expect(ends(view({ neighbourhoods: ['Sylte'] }))).toEqual(['forening–polis', 'forening–skola']);
  });

  it("keeps an actor tied in the neighbourhood when its partner's sector is filtered out", () => {
    const business = view({ neighbourhoods: ['Kronogården'], sectors: ['business'] });
    expect(business.nodes()).toEqual(['vakt']);
    expect(business.size).toBe(0);
  });

  it('matches names whatever their case, accents and Unicode form', () => {
    const expected = ends(view({ neighbourhoods: ['Kronogården'] }));
    for (const name of ['kronogården', 'KRONOGÅRDEN', 'Kronoga\u030arden', 'Kronogarden']) {
      expect(ends(view({ neighbourhoods: [name] })), name).toEqual(expected);
    }
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
