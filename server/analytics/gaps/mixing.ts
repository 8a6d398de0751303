// The sector mixing matrix (docs/domain.md, gaps 2): how many ties run between each pair of sectors,
// how dense that is against the number of pairs that could be tied, and how that compares with
// the graph as a whole — so the weak cells (municipal × civil society, municipal × business)
// stand out even when one sector simply has more actors than another.
//
// Counted on the actor graph (buildActorGraph): one tie per tied pair of actors, however many
// collaborations it merges, so the cells add up to the graph's edge count. With `includeForums`,
// pairs that only share a forum are ties too. The graph is the one the scope's areas and
// neighbourhoods keep (actor-graph.ts), with every sector in it: `sectors` only picks which rows
// and cells (both sectors chosen) are returned, so a sector filter never moves the baseline — the
// whole-graph density, the relative densities and each sector's E-I index stay what they are.
// - density(a, b) = ties / possible pairs: n_a·n_b between two sectors, n(n-1)/2 within one.
// - relativeDensity = density / the whole graph's density (1 = as dense as the graph overall).
// - E-I index of a sector (Krackhardt & Stern 1988) = (E − I) / (E + I), E the ties from its
//   actors to other sectors and I the ties among its actors (each tie counted once); −1 all
//   internal, +1 all external, null when the sector has no ties. The graph's E-I is the same
//   over all ties: cross-sector minus same-sector, over all.
import type { Sector, Status } from '../../domain/schemas.ts';
import type { GraphSnapshot } from '../../store/port.ts';
import { type ActorGraph, buildActorGraph, EXISTING_STATUSES, type ActorScope } from '../actor-graph.ts';
import { checkSnapshot, echoScope, ratio } from './common.ts';
import { parseOptions } from '../kernel/options.ts';
import { SECTOR_IDS, type ActorCsr } from '../kernel/actor-csr.ts';
import { SectorMixingOptions, type MixingCell, type SectorMixingResult } from './schemas.ts';

const MODULE = 'sectorMixing';

// biome-ignore lint/suspicious/noRedeclare: the caller's type (defaults optional) shares its name with the zod schema that parses it
export interface SectorMixingOptions extends ActorScope {
  statuses?: readonly Status[] | undefined;
  includeForums?: boolean | undefined;
}

export const MIXING_DEFAULTS = {
  statuses: [...EXISTING_STATUSES] as Status[],
  includeForums: false,
};

const parseMixing = (options: SectorMixingOptions) => parseOptions(MODULE, SectorMixingOptions, MIXING_DEFAULTS, options);

export function sectorMixing(snapshot: GraphSnapshot, options: SectorMixingOptions = {}): SectorMixingResult {
  checkSnapshot(MODULE, snapshot);
  const opts = parseMixing(options);
  return mixingOfGraph(buildActorGraph(snapshot, { ...opts, sectors: undefined }), opts);
}

type MixingOpts = ReturnType<typeof parseMixing>;

/** Actors per sector, and ties per pair of sectors (row ≤ column), indexed as SECTOR_IDS. */
interface SectorCounts {
  actors: number[];
  ties: number[][];
}

const emptyCounts = (): SectorCounts => ({
  actors: new Array<number>(SECTOR_IDS.length).fill(0),
  ties: Array.from({ length: SECTOR_IDS.length }, () => new Array<number>(SECTOR_IDS.length).fill(0)),
});

const countTie = ({ ties }: SectorCounts, i: number, j: number) => ties[Math.min(i, j)]![Math.max(i, j)]!++;

/**
 * The mixing matrix of an actor graph already built by the options' scope (every sector in it),
 * for a caller that has that graph at hand: the default options' graph is buildActorGraph's default.
 */
export function mixingOfGraph(graph: ActorGraph, opts: MixingOpts = parseMixing({})): SectorMixingResult {
  const counts = emptyCounts();
  graph.forEachNode((_id, attrs) => counts.actors[SECTOR_IDS.indexOf(attrs.sector)]!++);
  graph.forEachEdge((_key, _attrs, _s, _t, sa, ta) => countTie(counts, SECTOR_IDS.indexOf(sa.sector), SECTOR_IDS.indexOf(ta.sector)));
  return mixingOfCounts(counts, opts);
}

/** mixingOfGraph on the typed-array form of the same graph (kernel/actor-csr.ts). */
export function mixingOfCsr(csr: ActorCsr, opts: MixingOpts = parseMixing({})): SectorMixingResult {
  const counts = emptyCounts();
  for (const s of csr.sector) counts.actors[s]!++;
  for (let e = 0; e < csr.edgeWeights.length; e++) countTie(counts, csr.sector[csr.edges[2 * e]!]!, csr.sector[csr.edges[2 * e + 1]!]!);
  return mixingOfCounts(counts, opts);
}

function mixingOfCounts({ actors, ties }: SectorCounts, opts: MixingOpts): SectorMixingResult {
  const shown = (sector: Sector) => opts.sectors === undefined || opts.sectors.includes(sector);
  const k = SECTOR_IDS.length;
  const n = actors.reduce((sum, x) => sum + x, 0);
  let m = 0;
  for (const row of ties) for (const count of row) m += count;
  const density = ratio(m, (n * (n - 1)) / 2);
  const cells: MixingCell[] = [];
  for (let i = 0; i < k; i++) {
    for (let j = i; j < k; j++) {
      const ni = actors[i]!;
      const nj = actors[j]!;
      const possiblePairs = i === j ? (ni * (ni - 1)) / 2 : ni * nj;
      const count = ties[i]![j]!;
      const cellDensity = ratio(count, possiblePairs);
      cells.push({
        a: SECTOR_IDS[i]!,
        b: SECTOR_IDS[j]!,
        ties: count,
        possiblePairs,
        density: cellDensity,
        relativeDensity: cellDensity === null || !density ? null : cellDensity / density,
      });
    }
  }

  let sameSector = 0;
  const sectors = SECTOR_IDS.map((sector, i) => {
    const internalTies = ties[i]![i]!;
    let externalTies = 0;
    for (let j = 0; j < k; j++) if (j !== i) externalTies += ties[Math.min(i, j)]![Math.max(i, j)]!;
    sameSector += internalTies;
    return {
      sector,
      actors: actors[i]!,
      internalTies,
      externalTies,
      eiIndex: ratio(externalTies - internalTies, externalTies + internalTies),
    };
  });

  return {
    ...echoScope(opts),
    statuses: [...opts.statuses],
    includeForums: opts.includeForums,
    actors: n,
    ties: m,
    density,
    eiIndex: ratio(m - 2 * sameSector, m),
    sectors: sectors.filter((row) => shown(row.sector)),
    cells: cells.filter((cell) => shown(cell.a) && shown(cell.b)),
  };
}

/** The cell of two sectors, in either order. */
export function mixingCell(result: SectorMixingResult, a: string, b: string): MixingCell | undefined {
  return result.cells.find((c) => (c.a === a && c.b === b) || (c.a === b && c.b === a));
}
