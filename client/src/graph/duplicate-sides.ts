// What the duplicates view says about each actor of a probable pair, read from the data graph:
// its sector and how many ties, memberships, units and evidence items it holds, and what a merge
// of one into the other would move (docs/domain.md, "Duplicates").
import type { Sector } from '../domain.ts';
import { forumsOf, unitsOf } from './actor-summary.ts';
import type { DataGraph } from './model.ts';

export interface MergeMoves {
  ties: number;
  memberships: number;
  units: number;
  evidence: number;
}

export interface DuplicateSide extends MergeMoves {
  id: string;
  name: string;
  /** null when the graph shown does not hold the actor (it changed since the list was read) */
  sector: Sector | null;
}

/** The actor's ties, leaving out those with `except` (a merge drops the tie between the two). */
function tieCount(graph: DataGraph, actor: string, except?: string): number {
  let n = 0;
  graph.forEachEdge(actor, (_e, attrs, source, target) => {
    if (attrs.kind === 'collaboration' && source !== except && target !== except) n++;
  });
  return n;
}

/** What the actor holds; with `other`, leaving out what a merge into `other` would not move. */
function holdings(graph: DataGraph, actor: string, other?: string): MergeMoves {
  if (!graph.hasNode(actor)) return { ties: 0, memberships: 0, units: 0, evidence: 0 };
  return {
    ties: tieCount(graph, actor, other),
    memberships: forumsOf(graph, actor).length,
    units: unitsOf(graph, actor).filter((u) => u.id !== other).length,
    evidence: graph.getNodeAttributes(actor).evidence.length,
  };
}

/** What merging `from` into `into` moves to `into`: all `from` holds but the ties between the two. */
export const mergeMoves = (graph: DataGraph, from: string, into: string): MergeMoves => holdings(graph, from, into);

export function duplicateSide(graph: DataGraph, id: string, name: string): DuplicateSide {
  const attrs = graph.hasNode(id) ? graph.getNodeAttributes(id) : null;
  return { id, name, sector: attrs?.kind === 'actor' ? attrs.sector : null, ...holdings(graph, id) };
}
