// Attribute shapes of the data graph (as /api/graph serialises it) and of the display graph
// derived from it. The data graph is the model; the display graph is what the filters keep.
import Graph from 'graphology';
import type { Area, CollaborationType, Evidence, Form, Sector, Status } from '../domain.ts';

export interface ActorNode {
  kind: 'actor';
  label: string;
  name: string;
  sector: Sector;
  parentId?: string;
  areas: Area[];
  neighbourhoods: string[];
  targetGroups: string[];
  description?: string;
  descriptionSv?: string;
  website?: string;
  evidence: Evidence[];
  x?: number;
  y?: number;
}

export interface ForumNode {
  kind: 'forum';
  label: string;
  name: string;
  description?: string;
  descriptionSv?: string;
  areas: Area[];
  neighbourhoods: string[];
  evidence: Evidence[];
  x?: number;
  y?: number;
}

export type NodeAttrs = ActorNode | ForumNode;

export interface CollaborationEdge {
  kind: 'collaboration';
  type: CollaborationType;
  status: Status;
  areas: Area[];
  forms: Form[];
  strength?: number;
  since?: string;
  until?: string;
  directed: boolean;
  neighbourhoods: string[];
  description?: string;
  descriptionSv?: string;
  evidence: Evidence[];
}

export interface MembershipEdge {
  kind: 'membership';
  role: 'lead' | 'member';
  forumId: string;
}

/** Forum co-membership projected as a tie between two actors (forums mode "projected"). */
export interface CoMembershipEdge {
  kind: 'comembership';
  forums: string[];
  weight: number;
}

/** A link the analytics predict, drawn as a suggestion in the gaps view. */
export interface PredictedEdge {
  kind: 'predicted';
  score: number;
  reason: string;
}

/** A unit drawn with a light line to its parent (docs/domain.md, "Units and hierarchy"): never a tie. */
export interface PartOfEdge {
  kind: 'partOf';
}

export type EdgeAttrs = CollaborationEdge | MembershipEdge | CoMembershipEdge | PredictedEdge | PartOfEdge;

export type DataGraph = Graph<NodeAttrs, EdgeAttrs>;

export interface SerializedGraph {
  options?: Record<string, unknown>;
  attributes?: Record<string, unknown>;
  nodes: Array<{ key: string; attributes?: Record<string, unknown> }>;
  edges: Array<{ key?: string; source: string; target: string; undirected?: boolean; attributes?: Record<string, unknown> }>;
}

/**
 * Loads /api/graph's answer into a MultiGraph (parallel ties are allowed). Directed ties are
 * kept as undirected edges with `directed: true`: the map reads every tie as a relationship.
 */
export function graphFromSerialized(data: SerializedGraph): DataGraph {
  const graph: DataGraph = new Graph<NodeAttrs, EdgeAttrs>({ type: 'undirected', multi: true, allowSelfLoops: false });
  for (const node of data.nodes) {
    const a = { ...(node.attributes ?? {}) } as Record<string, unknown>;
    if (a.kind === 'actor') {
      a.neighbourhoods ??= [];
      a.targetGroups ??= [];
      a.areas ??= [];
      a.evidence ??= [];
      a.name ??= a.label;
    } else {
      a.kind = 'forum';
      a.areas ??= [];
      a.neighbourhoods ??= [];
      a.evidence ??= [];
      a.name ??= a.label;
    }
    graph.addNode(node.key, a as unknown as NodeAttrs);
  }
  data.edges.forEach((edge, i) => {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target) || edge.source === edge.target) return;
    const a = { ...(edge.attributes ?? {}) } as Record<string, unknown>;
    if (a.kind === 'collaboration') {
      a.areas ??= [];
      a.forms ??= [];
      a.evidence ??= [];
      a.neighbourhoods ??= [];
      a.directed ??= edge.undirected === false;
    }
    graph.addUndirectedEdgeWithKey(edge.key ?? `e${i}`, edge.source, edge.target, a as unknown as EdgeAttrs);
  });
  return graph;
}

export function isActor(attrs: NodeAttrs): attrs is ActorNode {
  return attrs.kind === 'actor';
}

/**
 * A group actor stands for a class of organisations ("the local business community"). The data
 * has no field for it; docs/domain.md ("Group actors") says its description begins "Stands for a
 * group", and that is the rule here, a client-side reading of the data and nothing more.
 */
export function isGroupActor(attrs: NodeAttrs): boolean {
  return attrs.kind === 'actor' && (attrs.description ?? '').startsWith('Stands for a group');
}

/** All neighbourhood names in the data (for the neighbourhood filter menu). */
export function neighbourhoodsOf(graph: DataGraph): string[] {
  const names = new Set<string>();
  graph.forEachNode((_, a) => {
    for (const n of a.neighbourhoods) names.add(n);
  });
  graph.forEachEdge((_, a) => {
    if (a.kind === 'collaboration') for (const n of a.neighbourhoods) names.add(n);
  });
  return [...names].sort((a, b) => a.localeCompare(b, 'sv'));
}
