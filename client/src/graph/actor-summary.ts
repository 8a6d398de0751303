// What the side panel says about one actor, computed from the data graph: its ties grouped by
// type and status, its forums, its units, and the sectors it has no working tie to.
import { SECTOR_IDS, STATUS_IDS, TYPE_IDS } from '../domain.ts';
import type { CollaborationType, Sector, Status } from '../domain.ts';
import type { ActorNode, CollaborationEdge, DataGraph } from './model.ts';

export interface TieSummary {
  id: string;
  other: string;
  otherName: string;
  tie: CollaborationEdge;
  /** True when this actor is the tie's source (matters for directed ties such as funding). */
  outgoing: boolean;
}

export interface TieGroup {
  type: CollaborationType;
  statuses: Array<{ status: Status; ties: TieSummary[] }>;
}

export function tiesByTypeAndStatus(graph: DataGraph, actor: string): TieGroup[] {
  const ties: TieSummary[] = [];
  graph.forEachEdge(actor, (edge, attrs, source, target) => {
    if (attrs.kind !== 'collaboration') return;
    const other = source === actor ? target : source;
    ties.push({ id: edge, other, otherName: graph.getNodeAttribute(other, 'label'), tie: attrs, outgoing: source === actor });
  });
  return TYPE_IDS.map((type) => ({
    type,
    statuses: STATUS_IDS.map((status) => ({
      status,
      ties: ties.filter((t) => t.tie.type === type && t.tie.status === status).sort((a, b) => a.otherName.localeCompare(b.otherName, 'sv')),
    })).filter((g) => g.ties.length > 0),
  })).filter((g) => g.statuses.length > 0);
}

/** Statuses that count as a working tie (docs/domain.md: the actor graph's edges). */
export const WORKING: readonly Status[] = ['active', 'needs_development'];

/** Sectors (other than none) this actor has no working tie to. Its own sector counts too. */
export function sectorsWithoutTie(graph: DataGraph, actor: string, statuses: readonly Status[] = WORKING): Sector[] {
  const reached = new Set<Sector>();
  graph.forEachEdge(actor, (_e, attrs, source, target) => {
    if (attrs.kind !== 'collaboration' || !statuses.includes(attrs.status)) return;
    const other = graph.getNodeAttributes(source === actor ? target : source);
    if (other.kind === 'actor') reached.add(other.sector);
  });
  return SECTOR_IDS.filter((s) => !reached.has(s));
}

export function forumsOf(graph: DataGraph, actor: string): Array<{ id: string; name: string; role: string }> {
  const out: Array<{ id: string; name: string; role: string }> = [];
  graph.forEachEdge(actor, (_e, attrs, source, target) => {
    if (attrs.kind !== 'membership') return;
    const forum = source === actor ? target : source;
    out.push({ id: forum, name: graph.getNodeAttribute(forum, 'label'), role: attrs.role });
  });
  return out.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

export function unitsOf(graph: DataGraph, actor: string): Array<{ id: string; name: string }> {
  return graph
    .filterNodes((_, a) => a.kind === 'actor' && (a as ActorNode).parentId === actor)
    .map((id) => ({ id, name: graph.getNodeAttribute(id, 'label') }))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}
