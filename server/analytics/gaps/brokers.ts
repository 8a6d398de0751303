// Brokers (docs/domain.md, gaps 5): who could connect an actor or a sector to another. Shortest paths
// between the two groups — how far apart they are, a few example paths with names — and the
// actors those paths run through, ranked by group-to-group betweenness and then by Burt's
// constraint (low constraint: the actor's partners are not tied to each other, so it bridges
// structural holes).
//
// `from` and `to` each name an actor id or a sector. An actor in both groups (from = an actor,
// to = its own sector) stays in `from` only; from and to must differ. Paths run over the
// unweighted actor graph of the scope's areas and neighbourhoods (buildActorGraph, optionally
// with forum co-membership), every sector in it; a group is its actors in that graph. `sectors`
// lists only the brokers of those sectors: who sits between the groups is measured on the whole
// scope, the filter only says whose answers are shown.
// - betweenness = networkx `betweenness_centrality_subset(G, from, to, normalized=False)`,
//   which on an undirected graph is ½ Σ_{s∈from, t∈to} σ(s,t | v) / σ(s,t);
// - share = Σ σ(s,t | v) / σ(s,t) over the connected (s, t) pairs, divided by their number:
//   the fraction of the group-to-group shortest paths that run through the actor.
// Actors of either group can broker too (a municipal unit through which the rest of the
// municipality reaches civil society); `group` says which they belong to.
import type { Status } from '../../domain/schemas.ts';
import type { GraphSnapshot } from '../../store/port.ts';
import { EXISTING_STATUSES, type ActorScope } from '../actor-graph.ts';
import { UnknownReference } from '../errors.ts';
import { checkSnapshot, echoScope, fail } from './common.ts';
import { parseOptions } from '../kernel/options.ts';
import { actorCsr, degreeOf, SECTOR_IDS, type ActorCsr } from '../kernel/actor-csr.ts';
import { constraintOf, groupPaths, shortestPath } from './group-paths.ts';
import { BrokersOptions, type BrokersResult } from './schemas.ts';

const MODULE = 'brokers';

// biome-ignore lint/suspicious/noRedeclare: the caller's type (defaults optional) shares its name with the zod schema that parses it
export interface BrokersOptions extends ActorScope {
  from: string;
  to: string;
  statuses?: readonly Status[] | undefined;
  includeForums?: boolean | undefined;
  limit?: number | undefined;
  paths?: number | undefined;
}

export const BROKERS_DEFAULTS = {
  statuses: [...EXISTING_STATUSES] as Status[],
  includeForums: false,
  limit: 10,
  paths: 3,
};

interface Group {
  kind: 'actor' | 'sector';
  value: string;
  nodes: number[];
}

function resolve(snapshot: GraphSnapshot, csr: ActorCsr, value: string, label: string): Group {
  const s = (SECTOR_IDS as readonly string[]).indexOf(value);
  if (s >= 0) {
    const nodes: number[] = [];
    for (let i = 0; i < csr.ids.length; i++) if (csr.sector[i] === s) nodes.push(i);
    return { kind: 'sector', value, nodes };
  }
  if (!snapshot.actors.some((a) => a.id === value)) {
    throw new UnknownReference(MODULE, `${label}: actor '${value}' does not exist`, [{ path: label, message: value }]);
  }
  const node = csr.index.get(value);
  return { kind: 'actor', value, nodes: node === undefined ? [] : [node] };
}

export function brokers(snapshot: GraphSnapshot, options: BrokersOptions): BrokersResult {
  checkSnapshot(MODULE, snapshot);
  const opts = parseOptions(MODULE, BrokersOptions, BROKERS_DEFAULTS, options);
  if (opts.from === opts.to) fail(MODULE, 'from and to must differ');
  const csr = actorCsr(snapshot, { ...opts, sectors: undefined });
  const from = resolve(snapshot, csr, opts.from, 'from');
  const to = resolve(snapshot, csr, opts.to, 'to');
  const inFrom = new Set(from.nodes);
  to.nodes = to.nodes.filter((t) => !inFrom.has(t));
  const inTo = new Set(to.nodes);

  const found = groupPaths(csr, from.nodes, to.nodes);
  const ref = (i: number) => ({ id: csr.ids[i]!, name: csr.names[i]!, sector: SECTOR_IDS[csr.sector[i]!]! });

  let sum = 0;
  let min: number | null = null;
  for (const [d] of found.distances) {
    sum += d;
    if (min === null || d < min) min = d;
  }

  // Example paths: the closest pairs, first each with a source and a target not shown yet.
  const ranked = [...found.distances].sort(
    (a, b) => a[0] - b[0] || csr.ids[a[1]]!.localeCompare(csr.ids[b[1]]!) || csr.ids[a[2]]!.localeCompare(csr.ids[b[2]]!),
  );
  const chosen: [number, number, number][] = [];
  const seen = new Set<number>();
  for (const fresh of [true, false]) {
    for (const pair of ranked) {
      if (chosen.length >= opts.paths) break;
      if (chosen.includes(pair) || (fresh && (seen.has(pair[1]) || seen.has(pair[2])))) continue;
      chosen.push(pair);
      seen.add(pair[1]).add(pair[2]);
    }
  }
  const paths = chosen.map(([d, s, t]) => ({ length: d, actors: shortestPath(csr, s, t)!.map(ref) }));

  const mark = new Int32Array(csr.ids.length);
  const candidates: number[] = [];
  const shown = opts.sectors === undefined ? null : new Set(opts.sectors.map((s) => SECTOR_IDS.indexOf(s)));
  for (let v = 0; v < csr.ids.length; v++) {
    if (found.betweenness[v]! > 0 && (shown === null || shown.has(csr.sector[v]!))) candidates.push(v);
  }
  const constraint = new Map(candidates.map((v) => [v, constraintOf(csr, v, mark)]));
  const rankConstraint = (v: number) => constraint.get(v) ?? Infinity;
  candidates.sort(
    (a, b) =>
      found.betweenness[b]! - found.betweenness[a]! || rankConstraint(a) - rankConstraint(b) || (csr.ids[a]! < csr.ids[b]! ? -1 : 1),
  );

  return {
    from: { kind: from.kind, value: from.value, actors: from.nodes.length },
    to: { kind: to.kind, value: to.value, actors: to.nodes.length },
    ...echoScope(opts),
    statuses: [...opts.statuses],
    includeForums: opts.includeForums,
    pairs: found.pairs,
    connectedPairs: found.connectedPairs,
    directTies: found.directTies,
    distance: { min, mean: found.connectedPairs === 0 ? null : sum / found.connectedPairs },
    paths,
    brokers: candidates.slice(0, opts.limit).map((v) => {
      const c = constraint.get(v)!;
      return {
        actor: ref(v),
        group: inFrom.has(v) ? 'from' : inTo.has(v) ? 'to' : null,
        betweenness: found.betweenness[v]!,
        share: Math.min(1, (2 * found.betweenness[v]!) / found.connectedPairs),
        constraint: Number.isNaN(c) ? null : c,
        degree: degreeOf(csr, v),
      };
    }),
  };
}
