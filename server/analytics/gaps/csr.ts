// The actor graph as flat typed arrays (compressed sparse rows), so link prediction and
// group-to-group betweenness loop over integers instead of graphology's string keys and
// objects. Node i's neighbours are `neighbours[offsets[i] .. offsets[i+1])`, sorted ascending;
// nodes keep the graph's node order. Unweighted: the analytics here count ties, not strengths.
import { AREAS, SECTORS, ids } from '../../domain/vocabulary.ts';
import type { Area, Sector, Status } from '../../domain/schemas.ts';
import type { GraphSnapshot } from '../../store/port.ts';
import { buildActorGraph, type ActorGraph, type ActorScope } from '../actor-graph.ts';
import { fail } from './common.ts';

export const SECTOR_IDS = ids(SECTORS) as readonly Sector[];
export const AREA_IDS = ids(AREAS) as readonly Area[];

export interface Csr {
  ids: string[];
  names: string[];
  index: Map<string, number>;
  offsets: Int32Array;
  neighbours: Int32Array;
  /** Index into SECTOR_IDS, per node. */
  sector: Uint8Array;
  /** Bit i set when the node works in AREA_IDS[i]. */
  areas: Uint8Array;
  /** The parent's node index, or -1. */
  parent: Int32Array;
}

export function degreeOf(csr: Csr, node: number): number {
  return csr.offsets[node + 1]! - csr.offsets[node]!;
}

export function areaList(mask: number): Area[] {
  return AREA_IDS.filter((_, i) => (mask & (1 << i)) !== 0);
}

export function toCsr(module: string, graph: ActorGraph): Csr {
  const g = graph as Partial<ActorGraph> | null;
  if (g === null || typeof g !== 'object' || typeof g.forEachEdge !== 'function' || typeof g.order !== 'number') {
    fail(module, 'expects a graphology graph');
  }
  if (graph.type !== 'undirected' || graph.multi) fail(module, 'expects a simple undirected actor graph');
  const n = graph.order;
  const ids: string[] = new Array(n);
  const names: string[] = new Array(n);
  const index = new Map<string, number>();
  const sector = new Uint8Array(n);
  const areas = new Uint8Array(n);
  const parentIds: (string | null)[] = new Array(n);
  let i = 0;
  graph.forEachNode((id, attrs) => {
    ids[i] = id;
    names[i] = attrs.name;
    index.set(id, i);
    const s = SECTOR_IDS.indexOf(attrs.sector);
    if (s < 0) fail(module, `actor '${id}' has an unknown sector '${String(attrs.sector)}'`);
    sector[i] = s;
    let mask = 0;
    for (const area of attrs.areas ?? []) {
      const a = AREA_IDS.indexOf(area);
      if (a >= 0) mask |= 1 << a;
    }
    areas[i] = mask;
    parentIds[i] = attrs.parentId ?? null;
    i++;
  });
  const parent = new Int32Array(n);
  for (let k = 0; k < n; k++) parent[k] = index.get(parentIds[k] ?? '') ?? -1;

  const m = graph.size;
  const ends = new Int32Array(2 * m);
  const offsets = new Int32Array(n + 1);
  let e = 0;
  graph.forEachEdge((_key, _attrs, source, target) => {
    const a = index.get(source)!;
    const b = index.get(target)!;
    if (a === b) fail(module, `self-loop on '${source}'`);
    ends[e++] = a;
    ends[e++] = b;
    offsets[a + 1]!++;
    offsets[b + 1]!++;
  });
  for (let k = 0; k < n; k++) offsets[k + 1]! += offsets[k]!;
  const neighbours = new Int32Array(2 * m);
  const fill = offsets.slice(0, n);
  for (let k = 0; k < 2 * m; k += 2) {
    const a = ends[k]!;
    const b = ends[k + 1]!;
    neighbours[fill[a]!++] = b;
    neighbours[fill[b]!++] = a;
  }
  for (let k = 0; k < n; k++) neighbours.subarray(offsets[k]!, offsets[k + 1]!).sort();
  return { ids, names, index, offsets, neighbours, sector, areas, parent };
}

// Snapshots are immutable values (one per graph version), so the typed-array form of their actor
// graph is kept per snapshot and graph options: asking for another actor's top pairs or another
// pair of groups then costs only the walk, not building the graph again.
const indexCache = new WeakMap<GraphSnapshot, Map<string, Csr>>();

export function actorCsr(snapshot: GraphSnapshot, graphOptions: ActorScope & { statuses: readonly Status[]; includeForums: boolean }): Csr {
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
    csr = toCsr('actorCsr', buildActorGraph(snapshot, { areas, sectors, neighbourhoods, statuses, includeForums }));
    perSnapshot.set(key, csr);
  }
  return csr;
}
