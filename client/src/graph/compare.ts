// Two rounds as one map (the compare view): the later round's graph with what the earlier one had
// and the later one lost laid back in, and every tie and actor marked with its change. Which tie
// is new, ended or moved in status is the server's answer (server/compare/ties.ts, the one copy of
// that rule); this module only puts the answer onto the graph and names each change for the map.
import Graph from 'graphology';
import type { CompareResult, StatusChangeKind } from '../../../server/domain/compare-responses.ts';
import type { Sector } from '../domain.ts';
import type { DataGraph, EdgeAttrs, NodeAttrs } from './model.ts';

/** How a tie is drawn in the compare view: what became of it between the two rounds. */
export type TieChange = 'new' | 'ended' | 'up' | 'down' | 'unchanged';
export const TIE_CHANGES: readonly TieChange[] = ['new', 'ended', 'up', 'down', 'unchanged'];

export type ActorChange = 'joined' | 'left';

/** Which way each status move goes on the map: towards collaboration, or away from it. */
const DIRECTION: Record<StatusChangeKind, 'up' | 'down'> = {
  gap_closed: 'up',
  strengthened: 'up',
  revived: 'up',
  weakened: 'down',
  lapsed: 'down',
};

export interface CompareMarks {
  ties: ReadonlyMap<string, TieChange>;
  actors: ReadonlyMap<string, ActorChange>;
}

export interface CompareModel {
  /** The later round's graph plus the ties it lost (and the actors that left with them). */
  union: DataGraph;
  marks: CompareMarks;
}

/**
 * The union of `before` (the baseline) and `after` (the round shown) as `result` compares them:
 * after's nodes and edges as they are, plus before's ties that ended by being removed and the
 * actors that left. A re-recorded tie is drawn once, under its new id. Ties the result does not
 * name (and every membership) are unchanged.
 */
export function compareModel(before: DataGraph, after: DataGraph, result: CompareResult): CompareModel {
  const union: DataGraph = new Graph<NodeAttrs, EdgeAttrs>({ type: 'undirected', multi: true, allowSelfLoops: false });
  after.forEachNode((n, a) => union.addNode(n, a));
  after.forEachEdge((e, a, s, t) => union.addUndirectedEdgeWithKey(e, s, t, a));

  const actors = new Map<string, ActorChange>();
  for (const a of result.roster.actors.joined) if (union.hasNode(a.id)) actors.set(a.id, 'joined');
  for (const a of result.roster.actors.left) {
    if (!before.hasNode(a.id)) continue;
    union.mergeNode(a.id, before.getNodeAttributes(a.id));
    actors.set(a.id, 'left');
  }

  const ties = new Map<string, TieChange>();
  union.forEachEdge((e, a) => {
    if (a.kind === 'collaboration') ties.set(e, 'unchanged');
  });
  for (const t of result.ties.new) if (union.hasEdge(t.id)) ties.set(t.id, 'new');
  for (const c of result.ties.statusChanged) if (union.hasEdge(c.tie.id)) ties.set(c.tie.id, DIRECTION[c.kind]);
  for (const t of result.ties.ended) {
    if (!union.hasEdge(t.id)) {
      if (!before.hasEdge(t.id)) continue;
      const [s, u] = before.extremities(t.id);
      // An end that is in neither the later round nor the list of actors that left (filtered out
      // of a graph): the tie cannot be drawn, and is left out rather than drawn to nowhere.
      if (!union.hasNode(s) || !union.hasNode(u)) continue;
      union.addUndirectedEdgeWithKey(t.id, s, u, before.getEdgeAttributes(t.id));
    }
    ties.set(t.id, 'ended');
  }
  return { union, marks: { ties, actors } };
}

/** How many ties of each change the map holds: the legend's and the panel's counts. */
export function countChanges(graph: DataGraph, marks: CompareMarks): Record<TieChange, number> {
  const counts: Record<TieChange, number> = { new: 0, ended: 0, up: 0, down: 0, unchanged: 0 };
  graph.forEachEdge((e) => {
    const change = marks.ties.get(e);
    if (change) counts[change]++;
  });
  return counts;
}

/**
 * The sectors none of whose wished-for ties came true: every declared gap of the baseline that
 * involves the sector (summed over the sector pairs) with none realised.
 */
export function sectorsWithoutRealisedWishes(result: CompareResult): Sector[] {
  const tally = new Map<Sector, { total: number; realised: number }>();
  for (const pair of result.wishes.declared.byPair) {
    for (const sector of new Set([pair.a, pair.b])) {
      const t = tally.get(sector) ?? { total: 0, realised: 0 };
      tally.set(sector, { total: t.total + pair.total, realised: t.realised + pair.realised });
    }
  }
  return [...tally].filter(([, t]) => t.total > 0 && t.realised === 0).map(([sector]) => sector);
}

/** The actors at either end of the ties with this change: what a click on its count brings forward. */
export function actorsOfChange(graph: DataGraph, marks: CompareMarks, change: TieChange | ActorChange): string[] {
  const ids = new Set<string>();
  for (const [id, c] of marks.actors) if (c === change && graph.hasNode(id)) ids.add(id);
  graph.forEachEdge((e, _a, s, t) => {
    if (marks.ties.get(e) === change) ids.add(s).add(t);
  });
  return [...ids].sort();
}
