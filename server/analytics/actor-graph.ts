// Builds the *actor graph* that every analytic runs on (DOMAIN.md, "Analytics"): actors as
// nodes, collaborations as undirected edges, optionally forum co-membership projected as extra
// ties. Parallel ties between two actors merge into one edge whose weight adds up, so metrics
// see a simple graph, as networkx's Graph would.
import { UndirectedGraph } from 'graphology';
import type { Area, CollaborationType, Sector, Status } from '../domain/schemas.ts';
import type { GraphSnapshot } from '../store/port.ts';

export interface ActorGraphOptions {
  /** Keep ties serving this area, and the actors working in it or tied in it. */
  area?: Area | undefined;
  /** Keep ties of this type only. */
  type?: CollaborationType | undefined;
  /** Which statuses count as edges; default: the existing ones, active and needs_development. */
  statuses?: readonly Status[] | undefined;
  /** Project forum co-membership as ties between members. */
  includeForums?: boolean | undefined;
  /** Weight of one shared forum in the projection (a collaboration weighs its strength). */
  forumWeight?: number | undefined;
}

export interface ActorNode {
  name: string;
  sector: Sector;
  areas: Area[];
  parentId: string | null;
}

export interface TieEdge {
  /** Closeness of the tie: the sum of strengths (default 1) and forum weights. */
  weight: number;
  /** 1 / weight: what shortest-path metrics treat as length when asked to be weighted. */
  distance: number;
  collaborations: string[];
  types: CollaborationType[];
  statuses: Status[];
  forums: string[];
}

export type ActorGraph = UndirectedGraph<ActorNode, TieEdge>;

export const EXISTING_STATUSES: readonly Status[] = ['active', 'needs_development'];
export const DEFAULT_FORUM_WEIGHT = 0.5;
const DEFAULT_STRENGTH = 1;

export function buildActorGraph(snapshot: GraphSnapshot, options: ActorGraphOptions = {}): ActorGraph {
  const statuses = new Set(options.statuses ?? EXISTING_STATUSES);
  const area = options.area;
  const graph: ActorGraph = new UndirectedGraph();

  const ties = snapshot.collaborations.filter(
    (c) =>
      statuses.has(c.status) &&
      (options.type === undefined || c.type === options.type) &&
      (area === undefined || c.areas.includes(area)),
  );
  const tiedInArea = new Set(area === undefined ? [] : ties.flatMap((c) => [c.source, c.target]));

  for (const actor of snapshot.actors) {
    if (area !== undefined && !actor.areas.includes(area) && !tiedInArea.has(actor.id)) continue;
    graph.addNode(actor.id, {
      name: actor.name,
      sector: actor.sector,
      areas: actor.areas,
      parentId: actor.parentId ?? null,
    });
  }

  const tieEdge = (a: string, b: string): TieEdge | null => {
    if (a === b || !graph.hasNode(a) || !graph.hasNode(b)) return null;
    if (!graph.hasEdge(a, b)) {
      graph.addEdge(a, b, { weight: 0, distance: Infinity, collaborations: [], types: [], statuses: [], forums: [] });
    }
    return graph.getEdgeAttributes(a, b);
  };

  for (const tie of ties) {
    const edge = tieEdge(tie.source, tie.target);
    if (!edge) continue;
    edge.weight += tie.strength ?? DEFAULT_STRENGTH;
    edge.collaborations.push(tie.id);
    if (!edge.types.includes(tie.type)) edge.types.push(tie.type);
    if (!edge.statuses.includes(tie.status)) edge.statuses.push(tie.status);
  }

  if (options.includeForums) {
    const forumWeight = options.forumWeight ?? DEFAULT_FORUM_WEIGHT;
    for (const forum of snapshot.forums) {
      if (area !== undefined && forum.areas.length > 0 && !forum.areas.includes(area)) continue;
      const members = forum.members.map((m) => m.actorId);
      for (let i = 0; i < members.length; i++) {
        for (let j = i + 1; j < members.length; j++) {
          const edge = tieEdge(members[i]!, members[j]!);
          if (!edge) continue;
          edge.weight += forumWeight;
          edge.forums.push(forum.id);
        }
      }
    }
  }

  graph.forEachEdge((_key, attributes) => {
    attributes.distance = 1 / attributes.weight;
  });
  return graph;
}
