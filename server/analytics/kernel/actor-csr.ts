// The actor graph as flat typed arrays for the gap analytics: the kernel's Csr (kernel/csr.ts)
// plus what link prediction and group-to-group paths read per node — sector, areas, the unit
// ancestors in the unit hierarchy — and each node's neighbours sorted ascending, so pair walks can merge two lists.
// Unweighted: the gap analytics count ties, not strengths.
import { AREAS, SECTORS, ids as termIds } from '../../domain/vocabulary.ts';
import type { Area, Sector, Status } from '../../domain/schemas.ts';
import type { GraphSnapshot } from '../../store/port.ts';
import { actorGraphParts, type ActorGraph, type ActorGraphParts, type ActorNode, type ActorScope } from '../actor-graph.ts';
import { fromEdges, toCsr, typeMask, type Csr, type EdgeList } from './csr.ts';

export const SECTOR_IDS = termIds(SECTORS) as readonly Sector[];
export const AREA_IDS = termIds(AREAS) as readonly Area[];

export interface ActorCsr extends Csr {
  /** The actors' ids (the same array as `nodes`). */
  ids: string[];
  names: string[];
  index: Map<string, number>;
  /** Node i's neighbours, sorted ascending: neighbours[offsets[i] .. offsets[i+1]). */
  neighbours: Int32Array;
  /** Index into SECTOR_IDS, per node. */
  sector: Uint8Array;
  /** Bit i set when the node works in AREA_IDS[i]. */
  areas: Uint8Array;
  /**
   * Per node, the nodes above it in the unit hierarchy (parent, grandparent, …), followed through
   * actors outside this graph too, so a unit and its municipality stay related when the
   * department between them is filtered out.
   */
  ancestors: readonly Int32Array[];
}

/** True when one of u and v is the other's ancestor in the unit hierarchy. */
export function inOneHierarchy(csr: Pick<ActorCsr, 'ancestors'>, u: number, v: number): boolean {
  return csr.ancestors[u]!.includes(v) || csr.ancestors[v]!.includes(u);
}

const NO_ANCESTORS = new Int32Array(0);

export function degreeOf(csr: Pick<Csr, 'offsets'>, node: number): number {
  return csr.offsets[node + 1]! - csr.offsets[node]!;
}

export function areaList(mask: number): Area[] {
  return AREA_IDS.filter((_, i) => (mask & (1 << i)) !== 0);
}

/** What the per-node arrays read of an actor. */
type ActorFacts = Pick<ActorNode, 'name' | 'sector'> & { areas?: readonly Area[] | undefined };

/** The per-node arrays of an ActorCsr, over the kernel's Csr of the same graph. */
function withActorFacts(csr: Csr, module: string, factsOf: (i: number) => ActorFacts, parentId: (id: string) => string | null): ActorCsr {
  const n = csr.nodes.length;
  const names: string[] = new Array(n);
  const index = new Map<string, number>();
  const sector = new Uint8Array(n);
  const areas = new Uint8Array(n);
  for (const [i, id] of csr.nodes.entries()) index.set(id, i);
  csr.nodes.forEach((id, i) => {
    const facts = factsOf(i);
    names[i] = facts.name;
    const s = SECTOR_IDS.indexOf(facts.sector);
    if (s < 0) throw new Error(`${module}: actor '${id}' has an unknown sector '${String(facts.sector)}'`);
    sector[i] = s;
    let mask = 0;
    for (const area of facts.areas ?? []) {
      const a = AREA_IDS.indexOf(area);
      if (a >= 0) mask |= 1 << a;
    }
    areas[i] = mask;
  });
  const ancestors = csr.nodes.map((id) => {
    const found: number[] = [];
    const seen = new Set([id]); // a cycle in bad data ends the walk
    for (let up = parentId(id); up !== null && !seen.has(up); up = parentId(up)) {
      seen.add(up);
      const node = index.get(up);
      if (node !== undefined) found.push(node);
    }
    return found.length === 0 ? NO_ANCESTORS : Int32Array.from(found);
  });
  const neighbours = csr.targets.slice();
  for (let k = 0; k < n; k++) neighbours.subarray(csr.offsets[k]!, csr.offsets[k + 1]!).sort();
  return { ...csr, ids: csr.nodes, names, index, neighbours, sector, areas, ancestors };
}

/**
 * `parentOf` gives the parent of every actor, in the graph or not (default: the graph's own
 * parentId attributes).
 */
export function toActorCsr(graph: ActorGraph, module: string, parentOf?: ReadonlyMap<string, string | null>): ActorCsr {
  const csr = toCsr(graph, module);
  return withActorFacts(
    csr,
    module,
    (i) => graph.getNodeAttributes(csr.nodes[i]!),
    parentOf ? (id) => parentOf.get(id) ?? null : (id) => (graph.hasNode(id) ? (graph.getNodeAttribute(id, 'parentId') ?? null) : null),
  );
}

/** The actor graph's parts (actor-graph.ts) as the kernel's edge list: the same nodes and edges, in the same order, as toCsr of buildActorGraph. */
function edgeList({ actors, edges }: ActorGraphParts): EdgeList {
  const m = edges.length;
  const list: EdgeList = {
    nodes: actors.map((a) => a.id),
    ends: new Int32Array(2 * m),
    weights: new Float64Array(m),
    distances: new Float64Array(m),
    masks: new Uint8Array(m),
  };
  edges.forEach((edge, e) => {
    list.ends[2 * e] = edge.source;
    list.ends[2 * e + 1] = edge.target;
    list.weights[e] = edge.weight;
    list.distances[e] = 1 / edge.weight;
    list.masks[e] = typeMask(edge.ties.map((tie) => tie.type));
  });
  return list;
}

// Snapshots are immutable values (one per graph version), so the typed-array form of their actor
// graph is kept per snapshot and graph options: asking for another actor's top pairs or another
// pair of groups then costs only the walk, not building the graph again.
const indexCache = new WeakMap<GraphSnapshot, Map<string, ActorCsr>>();

export function actorCsr(
  snapshot: GraphSnapshot,
  graphOptions: ActorScope & { statuses: readonly Status[]; includeForums: boolean },
): ActorCsr {
  const sorted = (list: readonly string[] | undefined) => [...(list ?? [])].sort();
  const key = JSON.stringify([
    sorted(graphOptions.areas),
    sorted(graphOptions.sectors),
    sorted(graphOptions.neighbourhoods),
    sorted(graphOptions.statuses),
    graphOptions.includeForums,
  ]);
  let perSnapshot = indexCache.get(snapshot);
  if (!perSnapshot) {
    perSnapshot = new Map();
    indexCache.set(snapshot, perSnapshot);
  }
  let csr = perSnapshot.get(key);
  if (!csr) {
    const { areas, sectors, neighbourhoods, statuses, includeForums } = graphOptions;
    // Straight from the graph's parts: building a graphology graph first cost more than the measures on it.
    const parts = actorGraphParts(snapshot, { areas, sectors, neighbourhoods, statuses, includeForums });
    const parentOf = new Map(snapshot.actors.map((a) => [a.id, a.parentId ?? null]));
    csr = withActorFacts(
      fromEdges(edgeList(parts)),
      'actorCsr',
      (i) => parts.actors[i]!,
      (id) => parentOf.get(id) ?? null,
    );
    perSnapshot.set(key, csr);
  }
  return csr;
}
