// The actor graph as flat typed arrays for the gap analytics: the kernel's Csr (kernel/csr.ts)
// plus what link prediction and group-to-group paths read per node — sector, areas, the unit
// parent — and each node's neighbours sorted ascending, so pair walks can merge two lists.
// Unweighted: the gap analytics count ties, not strengths.
import { AREAS, SECTORS, ids as termIds } from '../../domain/vocabulary.ts';
import type { Area, Sector, Status } from '../../domain/schemas.ts';
import type { GraphSnapshot } from '../../store/port.ts';
import { buildActorGraph, type ActorGraph, type ActorScope } from '../actor-graph.ts';
import { toCsr, type Csr } from './csr.ts';

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
  /** The parent's node index, or -1. */
  parent: Int32Array;
}

export function degreeOf(csr: Pick<Csr, 'offsets'>, node: number): number {
  return csr.offsets[node + 1]! - csr.offsets[node]!;
}

export function areaList(mask: number): Area[] {
  return AREA_IDS.filter((_, i) => (mask & (1 << i)) !== 0);
}

export function toActorCsr(graph: ActorGraph, module: string): ActorCsr {
  const csr = toCsr(graph, module);
  const n = csr.nodes.length;
  const names: string[] = new Array(n);
  const index = new Map<string, number>();
  const sector = new Uint8Array(n);
  const areas = new Uint8Array(n);
  const parent = new Int32Array(n);
  for (const [i, id] of csr.nodes.entries()) index.set(id, i);
  csr.nodes.forEach((id, i) => {
    const attrs = graph.getNodeAttributes(id);
    names[i] = attrs.name;
    const s = SECTOR_IDS.indexOf(attrs.sector);
    if (s < 0) throw new Error(`${module}: actor '${id}' has an unknown sector '${String(attrs.sector)}'`);
    sector[i] = s;
    let mask = 0;
    for (const area of attrs.areas ?? []) {
      const a = AREA_IDS.indexOf(area);
      if (a >= 0) mask |= 1 << a;
    }
    areas[i] = mask;
    parent[i] = index.get(attrs.parentId ?? '') ?? -1;
  });
  const neighbours = csr.targets.slice();
  for (let k = 0; k < n; k++) neighbours.subarray(csr.offsets[k]!, csr.offsets[k + 1]!).sort();
  return { ...csr, ids: csr.nodes, names, index, neighbours, sector, areas, parent };
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
    csr = toActorCsr(buildActorGraph(snapshot, { areas, sectors, neighbourhoods, statuses, includeForums }), 'actorCsr');
    perSnapshot.set(key, csr);
  }
  return csr;
}
