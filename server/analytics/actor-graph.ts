// Builds the *actor graph* that every analytic runs on (DOMAIN.md, "Analytics"): actors as
// nodes, collaborations as undirected edges, optionally forum co-membership projected as extra
// ties. Parallel ties between two actors merge into one edge whose weight adds up, so metrics
// see a simple graph, as networkx's Graph would.
import { UndirectedGraph } from 'graphology';
import type { Actor, Area, Collaboration, CollaborationType, Sector, Status } from '../domain/schemas.ts';
import type { GraphSnapshot } from '../store/port.ts';

/**
 * Which part of the network is analysed — the explorer's area, sector and neighbourhood filters
 * (client/src/graph/filter.ts), so the figures describe the graph it draws. A tie is kept when it
 * passes every filter given; an actor when a kept tie touches it, or when it passes them on its
 * own. An empty or missing list does not filter.
 */
export interface ActorScope {
  /** Ties serving any of these areas; actors listing one of them, or tied by such a tie. */
  areas?: readonly Area[] | undefined;
  /** Actors of these sectors, and the ties between two of them. */
  sectors?: readonly Sector[] | undefined;
  /**
   * Ties in one of these neighbourhoods (named on the tie, or one of its actors is located
   * there); actors located in one of them, or tied by such a tie. Names match as written.
   */
  neighbourhoods?: readonly string[] | undefined;
}

export interface ActorGraphOptions extends ActorScope {
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

const given = <T>(wanted: readonly T[] | undefined): wanted is readonly T[] => wanted !== undefined && wanted.length > 0;
const overlaps = <T>(wanted: readonly T[] | undefined, values: readonly T[]) =>
  !given(wanted) || wanted.some((w) => values.includes(w));
const within = <T>(wanted: readonly T[] | undefined, value: T) => !given(wanted) || wanted.includes(value);

/** Does a tie between these two actors pass the scope's filters (status and type aside)? */
export function tieInScope(scope: ActorScope, tie: Collaboration, source: Actor, target: Actor): boolean {
  const places = scope.neighbourhoods;
  return (
    overlaps(scope.areas, tie.areas) &&
    within(scope.sectors, source.sector) &&
    within(scope.sectors, target.sector) &&
    (!given(places) || overlaps(places, tie.neighbourhoods) || overlaps(places, source.neighbourhoods) || overlaps(places, target.neighbourhoods))
  );
}

/** Does an actor pass the scope's filters on its own, without a tie? */
export function actorInScope(scope: ActorScope, actor: Actor): boolean {
  return within(scope.sectors, actor.sector) && overlaps(scope.areas, actor.areas) && overlaps(scope.neighbourhoods, actor.neighbourhoods);
}

/** Does a forum's co-membership count within the scope's areas (a forum naming none serves all)? */
export function forumInScope(scope: ActorScope, forumAreas: readonly Area[]): boolean {
  return forumAreas.length === 0 || overlaps(scope.areas, forumAreas);
}

/**
 * The ties the scope keeps among those `counts` admits (by status, type), and the actors it
 * keeps: those the kept ties touch and those that pass on their own.
 */
export function scopeOf(
  snapshot: GraphSnapshot,
  scope: ActorScope,
  counts: (tie: Collaboration) => boolean,
): { ties: Collaboration[]; actors: Actor[] } {
  const byId = new Map(snapshot.actors.map((a) => [a.id, a]));
  const ties = snapshot.collaborations.filter((c) => {
    const source = byId.get(c.source);
    const target = byId.get(c.target);
    return source !== undefined && target !== undefined && counts(c) && tieInScope(scope, c, source, target);
  });
  const tied = new Set(ties.flatMap((c) => [c.source, c.target]));
  return { ties, actors: snapshot.actors.filter((a) => tied.has(a.id) || actorInScope(scope, a)) };
}

export function buildActorGraph(snapshot: GraphSnapshot, options: ActorGraphOptions = {}): ActorGraph {
  const statuses = new Set(options.statuses ?? EXISTING_STATUSES);
  const graph: ActorGraph = new UndirectedGraph();
  const { ties, actors } = scopeOf(
    snapshot,
    options,
    (c) => statuses.has(c.status) && (options.type === undefined || c.type === options.type),
  );

  for (const actor of actors) {
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
      if (!forumInScope(options, forum.areas)) continue;
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
