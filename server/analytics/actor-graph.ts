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

/**
 * One edge of the actor graph, before any graph holds it: its two ends (indices into the parts'
 * actors, in the order its first tie or shared forum named them) and what it merges.
 */
export interface ActorEdge {
  source: number;
  target: number;
  /** Closeness: the sum of the ties' strengths (default 1) and the shared forums' weights. */
  weight: number;
  /** The collaborations merged into this edge, in snapshot order. */
  ties: Collaboration[];
  /** The forums its two actors share (with includeForums), in snapshot order. */
  forums: string[];
}

/** The actor graph as plain lists: the actors the scope keeps, in snapshot order, and the edges in the order they were first seen. */
export interface ActorGraphParts {
  actors: Actor[];
  edges: ActorEdge[];
}

/**
 * The actor graph's nodes and merged edges without a graph library: what buildActorGraph puts in
 * a graphology graph, and what kernel/actor-csr.ts lays out as typed arrays straight away (for a
 * 10k-actor round, building the graphology graph cost more than every measure on it).
 */
export function actorGraphParts(snapshot: GraphSnapshot, options: ActorGraphOptions = {}): ActorGraphParts {
  const statuses = new Set(options.statuses ?? EXISTING_STATUSES);
  const { ties, actors } = scopeOf(
    snapshot,
    options,
    (c) => statuses.has(c.status) && (options.type === undefined || c.type === options.type),
  );
  const index = new Map<string, number>();
  for (const [i, actor] of actors.entries()) index.set(actor.id, i);

  // One edge per unordered pair, keyed by a number: cheaper than a string key for tens of thousands of ties.
  const n = actors.length;
  const byPair = new Map<number, ActorEdge>();
  const edges: ActorEdge[] = [];
  const edgeOf = (a: string, b: string): ActorEdge | null => {
    const s = index.get(a);
    const t = index.get(b);
    if (s === undefined || t === undefined || s === t) return null;
    const pair = s < t ? s * n + t : t * n + s;
    let edge = byPair.get(pair);
    if (edge === undefined) {
      edge = { source: s, target: t, weight: 0, ties: [], forums: [] };
      byPair.set(pair, edge);
      edges.push(edge);
    }
    return edge;
  };

  for (const tie of ties) {
    const edge = edgeOf(tie.source, tie.target);
    if (!edge) continue;
    edge.weight += tie.strength ?? DEFAULT_STRENGTH;
    edge.ties.push(tie);
  }

  if (options.includeForums) {
    const forumWeight = options.forumWeight ?? DEFAULT_FORUM_WEIGHT;
    for (const forum of snapshot.forums) {
      if (!forumInScope(options, forum.areas)) continue;
      const members = forum.members.map((m) => m.actorId);
      for (let i = 0; i < members.length; i++) {
        for (let j = i + 1; j < members.length; j++) {
          const edge = edgeOf(members[i]!, members[j]!);
          if (!edge) continue;
          edge.weight += forumWeight;
          edge.forums.push(forum.id);
        }
      }
    }
  }
  return { actors, edges };
}

/** The distinct values of `key` over `ties`, in the order they first appear. */
function distinct<K extends 'type' | 'status'>(ties: readonly Collaboration[], key: K): Collaboration[K][] {
  const out: Collaboration[K][] = [];
  for (const tie of ties) if (!out.includes(tie[key])) out.push(tie[key]);
  return out;
}

export function buildActorGraph(snapshot: GraphSnapshot, options: ActorGraphOptions = {}): ActorGraph {
  const { actors, edges } = actorGraphParts(snapshot, options);
  const graph: ActorGraph = new UndirectedGraph();
  for (const actor of actors) {
    graph.addNode(actor.id, {
      name: actor.name,
      sector: actor.sector,
      areas: actor.areas,
      parentId: actor.parentId ?? null,
    });
  }
  for (const edge of edges) {
    graph.addEdge(actors[edge.source]!.id, actors[edge.target]!.id, {
      weight: edge.weight,
      distance: 1 / edge.weight,
      collaborations: edge.ties.map((tie) => tie.id),
      types: distinct(edge.ties, 'type'),
      statuses: distinct(edge.ties, 'status'),
      forums: edge.forums,
    });
  }
  return graph;
}

/** Keep only collaborations of the given types (the actors stay). */
export function restrictTypes(snapshot: GraphSnapshot, types: readonly string[] | undefined): GraphSnapshot {
  if (types === undefined) return snapshot;
  return { ...snapshot, collaborations: snapshot.collaborations.filter((c) => types.includes(c.type)) };
}
