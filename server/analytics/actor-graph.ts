// Builds the *actor graph* that every analytic runs on (docs/domain.md, "The actor graph"), of the
// actors and ties the scope rule keeps: collaborations as undirected edges, optionally forum
// co-membership projected as extra ties. Parallel ties between two actors merge into one edge
// whose weight adds up, so metrics see a simple graph, as networkx's Graph would.
import { UndirectedGraph } from 'graphology';
import type { Actor, Area, Collaboration, CollaborationType, Sector, Status } from '../domain/schemas.ts';
import { forumInScope, given, placeKey, scopeRules, type ActorScope } from '../domain/scope.ts';
import type { GraphSnapshot } from '../store/port.ts';

// The scope rules live with the domain, shared with the explorer; the gap modules take them from here.
export { forumInScope, placeKey, scopeRules, type ActorScope, type ScopeRules } from '../domain/scope.ts';

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

/** The two actors of a tie, in either order: one key per unordered pair. */
export const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** The ties and actors the scope rule (docs/domain.md) keeps, of the ties `counts` admits (by status, type). */
export function scopeOf(
  snapshot: GraphSnapshot,
  scope: ActorScope,
  counts: (tie: Collaboration) => boolean,
): { ties: Collaboration[]; actors: Actor[] } {
  const rules = scopeRules(scope);
  const byId = new Map(snapshot.actors.map((a) => [a.id, a]));
  const placed = snapshot.collaborations.filter((c) => {
    const source = byId.get(c.source);
    const target = byId.get(c.target);
    return source !== undefined && target !== undefined && counts(c) && rules.tieInPlace(c, source, target);
  });
  const tied = new Set<string>();
  for (const c of placed) tied.add(c.source).add(c.target);
  const actors = snapshot.actors.filter((a) => rules.inSectors(a.sector) && (tied.has(a.id) || rules.actorInPlace(a)));
  const kept = new Set(actors.map((a) => a.id));
  return { ties: placed.filter((c) => kept.has(c.source) && kept.has(c.target)), actors };
}

/**
 * The requested neighbourhood names that match (by placeKey) no neighbourhood in the snapshot —
 * where an actor is located, or named on a tie or a forum (the explorer offers all of them): a
 * misspelt name, which would otherwise answer with nothing.
 */
export function unknownNeighbourhoods(snapshot: GraphSnapshot, names: readonly string[] | undefined): string[] {
  if (!given(names)) return [];
  const known = new Set<string>();
  for (const record of [...snapshot.actors, ...snapshot.collaborations, ...snapshot.forums]) {
    for (const name of record.neighbourhoods) known.add(placeKey(name));
  }
  return names.filter((name) => !known.has(placeKey(name)));
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

  // The edges by their pair, kept here as well: a Map lookup is several times cheaper than
  // asking graphology (hasEdge, then getEdgeAttributes) for each of tens of thousands of ties.
  const edges = new Map<string, TieEdge>();
  const tieEdge = (a: string, b: string): TieEdge | null => {
    if (a === b || !graph.hasNode(a) || !graph.hasNode(b)) return null;
    const pair = pairKey(a, b);
    let edge = edges.get(pair);
    if (edge === undefined) {
      edge = graph.getEdgeAttributes(
        graph.addEdge(a, b, { weight: 0, distance: Infinity, collaborations: [], types: [], statuses: [], forums: [] }),
      );
      edges.set(pair, edge);
    }
    return edge;
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

/** Keep only collaborations of the given types (the actors stay). */
export function restrictTypes(snapshot: GraphSnapshot, types: readonly string[] | undefined): GraphSnapshot {
  if (types === undefined) return snapshot;
  return { ...snapshot, collaborations: snapshot.collaborations.filter((c) => types.includes(c.type)) };
}
