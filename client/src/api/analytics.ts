// The analytics and gaps API: one function per route, each sending only the parameters its route
// takes and answering in the server's own response types (responses.ts). Failures are thrown as
// they come (ApiError, or a network error); the loader turns them into a Problem.
import type { Area, CollaborationType, Sector, Status } from '../domain.ts';
import { get, type Query } from './http.ts';
import { roundPath, type RoundRef } from './round-scope.ts';
import type {
  CentralityResult,
  DeclaredGapsResult,
  MetricCatalogue,
  PredictedLinksResult,
  ReachGapsResult,
  SectorMixingResult,
} from './responses.ts';

export type { DeclaredGapsResult, PredictedLinksResult, ReachGapsResult, SectorMixingResult };

/** What the explorer reads of a catalogue entry: its menus, labels and rank direction. */
export type MetricDescriptor = Pick<MetricCatalogue['metrics'][number], 'id' | 'label' | 'description' | 'output' | 'higherIsMore'>;

export interface AnalyticsFilter {
  areas: Area[];
  sectors: Sector[];
  neighbourhoods: string[];
  types: CollaborationType[];
  statuses: Status[];
  includeForums: boolean;
}

/** Per metric, per actor. */
export type CentralityValues = Map<string, Map<string, number>>;

/**
 * The view's filters as the analytics and gap routes take them: every area, sector and
 * neighbourhood chosen, so the figures are those of the graph the explorer draws. The routes
 * refuse a parameter they do not take (400), so each fetch below sends only its route's.
 */
function filterQuery(f: AnalyticsFilter): Query {
  return {
    area: f.areas,
    sector: f.sectors,
    neighbourhood: f.neighbourhoods,
    type: f.types,
    status: f.statuses,
    includeForums: f.includeForums,
  };
}

/** The catalogue is the same in every round; the short route serves it. */
export async function fetchCatalogue(signal?: AbortSignal): Promise<MetricDescriptor[]> {
  return (await get<MetricCatalogue>(roundPath(null, '/analytics/catalogue'), undefined, signal)).metrics;
}

/** The centrality answer's rows as metric -> actor -> value; undefined values (null) are left out. */
export function readCentrality(body: CentralityResult, metrics: readonly string[]): CentralityValues {
  const out: CentralityValues = new Map(metrics.map((m) => [m, new Map<string, number>()]));
  for (const row of body.rows) {
    for (const [metric, byActor] of out) {
      const value = row.values[metric];
      if (typeof value === 'number') byActor.set(row.id, value);
    }
  }
  return out;
}

export async function fetchCentrality(
  round: RoundRef | null,
  metrics: readonly string[],
  f: AnalyticsFilter,
  signal?: AbortSignal,
): Promise<CentralityValues> {
  if (metrics.length === 0) return new Map();
  return readCentrality(
    await get<CentralityResult>(roundPath(round, '/analytics/centrality'), { ...filterQuery(f), metrics: [...metrics] }, signal),
    metrics,
  );
}

/**
 * Reach names its target `sector`, so the view's sectors go as `actorSector` (who is asked). Its
 * `type` is a target too, and its `status` says which ties count as *reaching* — the view's
 * statuses (which ties are drawn) would make a desired tie count as reached — so neither is sent:
 * an active tie reaches.
 */
export const fetchReachGaps = (round: RoundRef | null, sector: Sector, f: AnalyticsFilter, signal?: AbortSignal) => {
  const { sector: actorSector, type: _types, status: _statuses, ...common } = filterQuery(f);
  return get<ReachGapsResult>(roundPath(round, '/gaps/reach'), { ...common, actorSector, sector }, signal);
};

export const fetchMixing = (round: RoundRef | null, f: AnalyticsFilter, signal?: AbortSignal) =>
  get<SectorMixingResult>(roundPath(round, '/gaps/mixing'), filterQuery(f), signal);

/**
 * Declared gaps are the desired and needs-development ties whatever statuses the view draws, and
 * the route takes no includeForums (forums declare no gaps).
 */
export const fetchDeclared = (round: RoundRef | null, f: AnalyticsFilter, signal?: AbortSignal) => {
  const { status: _statuses, includeForums: _forums, ...scope } = filterQuery(f);
  return get<DeclaredGapsResult>(roundPath(round, '/gaps/declared'), scope, signal);
};

export const fetchPredicted = (
  round: RoundRef | null,
  f: AnalyticsFilter,
  options: { limit: number; actor?: string; crossSector?: boolean },
  signal?: AbortSignal,
) =>
  get<PredictedLinksResult>(
    roundPath(round, '/gaps/predicted'),
    { ...filterQuery(f), limit: options.limit, actor: options.actor, crossSector: options.crossSector },
    signal,
  );

/** Rank (1 = most central) of each actor for one metric; ties share a rank. */
/**
 * Where one actor stands: its shared rank, of how many, and how many others have its very value.
 * A rank alone misleads when many tie (a betweenness of 0 read "rank 9 of 40" for 32 actors).
 */
export interface Standing {
  rank: number;
  of: number;
  tiedWith: number;
  /** The tie runs to the end of the order: the rank says nothing beyond "tied". */
  last: boolean;
}

export function standing(values: Map<string, number>, id: string, higherIsMore = true): Standing | undefined {
  const value = values.get(id);
  const rank = ranks(values, higherIsMore).get(id);
  if (value === undefined || rank === undefined) return undefined;
  let tiedWith = -1;
  for (const v of values.values()) if (v === value) tiedWith++;
  return { rank, of: values.size, tiedWith, last: tiedWith > 0 && rank + tiedWith === values.size };
}

export function ranks(values: Map<string, number>, higherIsMore = true): Map<string, number> {
  const sign = higherIsMore ? -1 : 1;
  const sorted = [...values.entries()].sort((a, b) => sign * (a[1] - b[1]));
  const out = new Map<string, number>();
  let rank = 0;
  let previous: number | undefined;
  sorted.forEach(([id, v], i) => {
    if (v !== previous) rank = i + 1;
    previous = v;
    out.set(id, rank);
  });
  return out;
}
