// Builds the *actor graph* that every analytic runs on (DOMAIN.md, "Analytics"): actors as
// nodes, collaborations as undirected edges, optionally forum co-membership projected as extra
// ties. Parallel ties between two actors merge into one edge whose weight adds up, so metrics
// see a simple graph, as networkx's Graph would.
import { UndirectedGraph } from 'graphology';
import type { Actor, Area, Collaboration, CollaborationType, Sector, Status } from '../domain/schemas.ts';
import { searchKey } from '../domain/text.ts';
import type { GraphSnapshot } from '../store/port.ts';

/**
 * Which part of the network is analysed — the explorer's area, sector and neighbourhood filters
 * (client/src/graph/filter.ts, which applies the same rules), so the figures describe the graph
 * it draws. An empty or missing list does not filter. *Where* comes before *who*:
 * 1. A tie is in the scope's areas when it serves one of them, and in its neighbourhoods when it
 *    names one of them — or, naming none, when one of its actors is located in one.
 * 2. An actor is in that part of the network when such a tie touches it, or on its own: it lists
 *    one of the areas and is located in one of the neighbourhoods ("working in it or tied in it").
 * 3. Only then the sectors: of those actors, the ones of the sectors; of those ties, the ones
 *    between two of them (the induced subgraph). A business actor whose only Kronogården tie runs
 *    to the municipality is still in Kronogården, when the filter keeps business alone.
 */
export interface ActorScope {
  /** Ties serving any of these areas; actors listing one of them, or tied by such a tie. */
  areas?: readonly Area[] | undefined;
  /** Of the actors in the areas and neighbourhoods, those of these sectors, and the ties between them. */
  sectors?: readonly Sector[] | undefined;
  /**
   * Ties in one of these neighbourhoods (named on the tie; a tie naming none is where its actors
   * are located); actors located in one of them, or tied by such a tie. Names match by placeKey.
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

/**
 * The key neighbourhood names are compared by: case- and diacritic-insensitive, whatever the
 * Unicode normal form, runs of white space as one — the explorer's search key (searchKey in
 * client/src/graph/search.ts), so "kronogarden" and a decomposed "Kronogården" name Kronogården.
 */
export function placeKey(name: string): string {
  return searchKey(name).replace(/\s+/g, ' ');
}

/** Where a tie is: the neighbourhoods it names, or, when it names none, where its actors are located. */
const tiePlaces = (tie: Collaboration, source: Actor, target: Actor): readonly string[] =>
  tie.neighbourhoods.length > 0 ? tie.neighbourhoods : [...source.neighbourhoods, ...target.neighbourhoods];

/** The scope's rules as predicates, with the neighbourhood names keyed once. */
export interface ScopeRules {
  /** Is the tie in the scope's areas and neighbourhoods (rule 1; sectors aside)? */
  tieInPlace(tie: Collaboration, source: Actor, target: Actor): boolean;
  /** Is the actor in the areas and neighbourhoods on its own, without a tie (rule 2)? */
  actorInPlace(actor: Actor): boolean;
  /** Is the sector one of the scope's (rule 3)? */
  inSectors(sector: Sector): boolean;
}

export function scopeRules(scope: ActorScope): ScopeRules {
  const wanted = given(scope.neighbourhoods) ? new Set(scope.neighbourhoods.map(placeKey)) : null;
  const keys = new Map<string, string>();
  const keyOf = (name: string) => {
    let key = keys.get(name);
    if (key === undefined) keys.set(name, (key = placeKey(name)));
    return key;
  };
  const inPlaces = (names: readonly string[]) => names.some((n) => wanted!.has(keyOf(n)));
  return {
    tieInPlace: (tie, source, target) =>
      overlaps(scope.areas, tie.areas) && (wanted === null || inPlaces(tiePlaces(tie, source, target))),
    actorInPlace: (actor) => overlaps(scope.areas, actor.areas) && (wanted === null || inPlaces(actor.neighbourhoods)),
    inSectors: (sector) => within(scope.sectors, sector),
  };
}

/** Does a forum's co-membership count within the scope's areas (a forum naming none serves all)? */
export function forumInScope(scope: ActorScope, forumAreas: readonly Area[]): boolean {
  return forumAreas.length === 0 || overlaps(scope.areas, forumAreas);
}

/**
 * The ties the scope keeps among those `counts` admits (by status, type), and the actors it
 * keeps (ActorScope's rules): where first, then the sectors.
 */
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
  const tied = new Set(placed.flatMap((c) => [c.source, c.target]));
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
