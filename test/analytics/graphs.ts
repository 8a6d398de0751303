// Graphs the analytics tests (and bench/analytics.ts) run on: the named fixtures in
// test/fixtures/graphs/ and seeded random graphs shaped like actor graphs (weight = closeness,
// distance = 1/weight, collaboration types per tie), optionally in pieces and with isolates.
import { readFileSync } from 'node:fs';
import { UndirectedGraph } from 'graphology';
import type { CollaborationType } from '../../server/domain/schemas.ts';
import type { ActorGraph, TieEdge } from '../../server/analytics/actor-graph.ts';
import { seededRandom } from '../../server/analytics/kernel/random.ts';

const TYPES: CollaborationType[] = ['internal', 'state', 'civil_society', 'business'];

function tie(weight: number, types: CollaborationType[] = []): TieEdge {
  return { weight, distance: 1 / weight, collaborations: [], types, statuses: ['active'], forums: [] };
}

function emptyGraph(): ActorGraph {
  return new UndirectedGraph();
}

function addActor(graph: ActorGraph, id: string): void {
  graph.addNode(id, { name: id, sector: 'municipal', areas: [], parentId: null });
}

/** A small graph from an edge list: [a, b] or [a, b, weight] or [a, b, weight, types]; extra isolated nodes by name. */
export function graphFrom(
  edges: readonly (readonly [string, string, number?, CollaborationType[]?])[],
  isolated: readonly string[] = [],
): ActorGraph {
  const graph = emptyGraph();
  for (const [a, b, weight = 1, types = []] of edges) {
    for (const node of [a, b]) if (!graph.hasNode(node)) addActor(graph, node);
    graph.addEdge(a, b, tie(weight, types));
  }
  for (const node of isolated) if (!graph.hasNode(node)) addActor(graph, node);
  return graph;
}

/** a – b – c – … as a path of `n` nodes named p0 … p(n-1). */
export function path(n: number): ActorGraph {
  return graphFrom(Array.from({ length: n - 1 }, (_, i) => [`p${i}`, `p${i + 1}`] as const));
}

/** A hub h tied to leaves l0 … l(n-1), none tied to each other. */
export function star(leaves: number): ActorGraph {
  return graphFrom(Array.from({ length: leaves }, (_, i) => ['h', `l${i}`] as const));
}

/** Two triangles sharing the node m: the classic articulation point. */
export const bowtie = (): ActorGraph =>
  graphFrom([
    ['a', 'b'],
    ['b', 'm'],
    ['m', 'a'],
    ['m', 'c'],
    ['c', 'd'],
    ['d', 'm'],
  ]);

/** Two 5-cliques (x0…x4, y0…y4) joined by the single tie x0–y0. */
export function barbell(): ActorGraph {
  const edges: [string, string][] = [];
  for (const side of ['x', 'y']) {
    for (let i = 0; i < 5; i++) for (let j = i + 1; j < 5; j++) edges.push([`${side}${i}`, `${side}${j}`]);
  }
  edges.push(['x0', 'y0']);
  return graphFrom(edges);
}

export type FixtureName = 'karate-club' | 'florentine-families';

export function fixture(name: FixtureName): ActorGraph {
  const url = new URL(`../fixtures/graphs/${name}.json`, import.meta.url);
  const data = JSON.parse(readFileSync(url, 'utf8')) as { nodes: string[]; edges: [string, string, number][] };
  const graph = emptyGraph();
  for (const node of data.nodes) addActor(graph, node);
  for (const [a, b, weight] of data.edges) graph.addEdge(a, b, tie(weight));
  return graph;
}

export interface RandomGraphOptions {
  nodes: number;
  edges: number;
  seed: number;
  /** Split the non-isolated nodes into this many groups with ties only inside each. */
  groups?: number;
  /** How many nodes get no tie at all. */
  isolates?: number;
  /** Draw weights from {0.5, 1, 1.5, 2, 3} (as strengths and forum weights add up) instead of 1. */
  weighted?: boolean;
}

/** A seeded G(n, m)-style random actor graph; the same options always give the same graph. */
export function randomGraph(options: RandomGraphOptions): ActorGraph {
  const { nodes: n, edges: m, seed, groups = 1, isolates = 0, weighted = false } = options;
  const random = seededRandom(seed);
  const pick = (k: number): number => Math.floor(random() * k);
  const graph = emptyGraph();
  for (let i = 0; i < n; i++) addActor(graph, `a${i}`);
  const linked = n - isolates;
  const groupOf = (i: number): number => Math.floor((i * groups) / linked);
  const groupStart = (g: number): number => Math.ceil((g * linked) / groups);
  const weights = [0.5, 1, 1.5, 2, 3];
  let added = 0;
  for (let attempts = 0; added < m && attempts < 50 * m; attempts++) {
    const a = pick(linked);
    const g = groupOf(a);
    const start = groupStart(g);
    const b = start + pick(groupStart(g + 1) - start);
    if (a === b || graph.hasEdge(`a${a}`, `a${b}`)) continue;
    const types = TYPES.filter(() => random() < 0.35);
    if (types.length === 0) types.push(TYPES[pick(TYPES.length)]!);
    graph.addEdge(`a${a}`, `a${b}`, tie(weighted ? weights[pick(weights.length)]! : 1, types));
    added++;
  }
  return graph;
}
