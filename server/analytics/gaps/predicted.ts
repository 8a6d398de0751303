// Predicted links (docs/domain.md, gaps 4): pairs of actors with no tie that the network's shape
// says could well have one — they share partners — scored by Adamic–Adar, resource allocation
// and Jaccard (networkx's definitions, on the unweighted actor graph; see link-scores.ts), and
// explained by the partners and the policy areas they share. Cross-sector pairs are ranked first
// by default, because those are the ties the planners are short of.
//
// Options: `limit` pairs, best first by `sortBy`; `actor` for the best pairs of one actor (it is
// then always the source); `crossSector` to list only pairs of different sectors;
// `crossSectorFirst` to rank them above same-sector pairs; `excludeHierarchy` leaves out a unit
// and every actor above or below it in the unit hierarchy (their link is organisational, not a
// missing collaboration). `declared`
// lists the statuses of recorded ties between the pair that the actor graph does not count
// (a `desired` tie there means the prediction is already wished for). Pairs are scored on the
// actor graph of the scope's areas and neighbourhoods, every sector in it; `sectors` keeps the
// suggestions for actors of those sectors (pairs with at least one of them), whose partners and
// shared neighbours may be of any sector.
import type { Collaboration, Status } from '../../domain/schemas.ts';
import type { GraphSnapshot } from '../../store/port.ts';
import { EXISTING_STATUSES, pairKey, scopeRules, type ActorScope } from '../actor-graph.ts';
import { actorIndex, checkSnapshot, echoScope, unknownActor } from './common.ts';
import { parseOptions } from '../kernel/options.ts';
import { actorCsr, areaList, degreeOf, SECTOR_IDS, type ActorCsr } from '../kernel/actor-csr.ts';
import { topPairs, type ScoreIndex } from './link-scores.ts';
import { LINK_SCORES, PredictedLinksOptions, type LinkScore, type PredictedLink, type PredictedLinksResult } from './schemas.ts';

const MODULE = 'predictLinks';

// biome-ignore lint/suspicious/noRedeclare: the caller's type (defaults optional) shares its name with the zod schema that parses it
export interface PredictedLinksOptions extends ActorScope {
  statuses?: readonly Status[] | undefined;
  includeForums?: boolean | undefined;
  limit?: number | undefined;
  actor?: string | undefined;
  crossSector?: boolean | undefined;
  crossSectorFirst?: boolean | undefined;
  sortBy?: LinkScore | undefined;
  excludeHierarchy?: boolean | undefined;
}

export const PREDICTED_DEFAULTS = {
  statuses: [...EXISTING_STATUSES] as Status[],
  includeForums: false,
  limit: 20,
  crossSector: false,
  crossSectorFirst: true,
  sortBy: 'adamicAdar' as LinkScore,
  excludeHierarchy: true,
};

export function predictLinks(snapshot: GraphSnapshot, options: PredictedLinksOptions = {}): PredictedLinksResult {
  checkSnapshot(MODULE, snapshot);
  const opts = parseOptions(MODULE, PredictedLinksOptions, PREDICTED_DEFAULTS, options);
  const csr = actorCsr(snapshot, { ...opts, sectors: undefined });
  const node = opts.actor === undefined ? undefined : csr.index.get(opts.actor);
  if (opts.actor !== undefined && node === undefined && !snapshot.actors.some((a) => a.id === opts.actor)) {
    unknownActor(MODULE, opts.actor);
  }

  const result: PredictedLinksResult = {
    ...echoScope(opts),
    statuses: [...opts.statuses],
    includeForums: opts.includeForums,
    actor: opts.actor ?? null,
    sortBy: opts.sortBy,
    crossSector: opts.crossSector,
    crossSectorFirst: opts.crossSectorFirst,
    candidates: 0,
    predictions: [],
  };
  // An actor outside the scoped graph has no pairs.
  if (opts.actor !== undefined && node === undefined) return result;

  const { candidates, pairs } = topPairs(csr, {
    limit: opts.limit,
    sortBy: LINK_SCORES.indexOf(opts.sortBy) as ScoreIndex,
    node,
    crossSector: opts.crossSector,
    crossSectorFirst: opts.crossSectorFirst,
    excludeHierarchy: opts.excludeHierarchy,
    sectorMask: opts.sectors?.reduce((mask, s) => mask | (1 << SECTOR_IDS.indexOf(s)), 0),
  });
  result.candidates = candidates;

  const ref = (i: number) => ({ id: csr.ids[i]!, name: csr.names[i]!, sector: SECTOR_IDS[csr.sector[i]!]! });
  const declared = declaredBetween(snapshot, opts, pairs.count, (i) => [csr.ids[pairs.u[i]!]!, csr.ids[pairs.v[i]!]!]);
  for (let i = 0; i < pairs.count; i++) {
    const u = pairs.u[i]!;
    const v = pairs.v[i]!;
    const link: PredictedLink = {
      source: ref(u),
      target: ref(v),
      crossSector: csr.sector[u] !== csr.sector[v],
      scores: {
        adamicAdar: pairs.adamicAdar[i]!,
        resourceAllocation: pairs.resourceAllocation[i]!,
        jaccard: pairs.jaccard[i]!,
      },
      sharedNeighbours: sharedNeighbours(csr, u, v).map((w) => ({ ...ref(w), degree: degreeOf(csr, w) })),
      sharedAreas: areaList(csr.areas[u]! & csr.areas[v]!),
      declared: declared[i]!,
    };
    result.predictions.push(link);
  }
  return result;
}

/** The common neighbours of u and v, fewest ties first (they weigh most in the scores). */
function sharedNeighbours(csr: ActorCsr, u: number, v: number): number[] {
  const { offsets, neighbours } = csr;
  const out: number[] = [];
  let i = offsets[u]!;
  let j = offsets[v]!;
  while (i < offsets[u + 1]! && j < offsets[v + 1]!) {
    const a = neighbours[i]!;
    const b = neighbours[j]!;
    if (a === b) out.push(a);
    if (a <= b) i++;
    if (b <= a) j++;
  }
  return out.sort((a, b) => degreeOf(csr, a) - degreeOf(csr, b) || (csr.ids[a]! < csr.ids[b]! ? -1 : 1));
}

const tiesByPair = new WeakMap<GraphSnapshot, Map<string, Collaboration[]>>();

/** Per listed pair, the statuses of its recorded ties that are not counted as ties. */
function declaredBetween(
  snapshot: GraphSnapshot,
  opts: ActorScope & { statuses: readonly Status[] },
  count: number,
  pair: (i: number) => [string, string],
): Status[][] {
  let index = tiesByPair.get(snapshot);
  if (!index) {
    index = new Map();
    for (const c of snapshot.collaborations) {
      const key = pairKey(c.source, c.target);
      const list = index.get(key);
      if (list) list.push(c);
      else index.set(key, [c]);
    }
    tiesByPair.set(snapshot, index);
  }
  const rules = scopeRules({ areas: opts.areas, neighbourhoods: opts.neighbourhoods });
  const actors = actorIndex(snapshot);
  const out: Status[][] = [];
  for (let i = 0; i < count; i++) {
    const statuses: Status[] = [];
    for (const c of index.get(pairKey(...pair(i))) ?? []) {
      if (opts.statuses.includes(c.status) || statuses.includes(c.status)) continue;
      if (!rules.tieInPlace(c, actors.get(c.source)!, actors.get(c.target)!)) continue;
      statuses.push(c.status);
    }
    out.push(statuses);
  }
  return out;
}
