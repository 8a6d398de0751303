// The analytics and gaps API in one module, so adapting to the real response shapes happens
// here only. Each function returns null when the server has no such route (404), and the UI
// then says analytics are unavailable instead of failing.
import type { DeclaredGapsResult, PredictedLinksResult, ReachGapsResult, SectorMixingResult } from '../../../server/analytics/gaps/schemas.ts';
import type { Area, CollaborationType, Sector, Status } from '../domain.ts';
import { ApiError, get, type Query } from './http.ts';

export type { DeclaredGapsResult, PredictedLinksResult, ReachGapsResult, SectorMixingResult };

export interface MetricDescriptor {
  id: string;
  label: { en: string; sv: string };
  description?: { en: string; sv: string } | string;
  /** 'category' (communities) cannot size nodes; the others can. */
  output?: 'count' | 'strength' | 'score' | 'category';
  /** False when a lower value means more central (Burt's constraint). */
  higherIsMore?: boolean | null;
}

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

async function orNull<T>(promise: Promise<T>): Promise<T | null> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 501)) return null;
    throw error;
  }
}

/** Accepts either a bare array or an object holding one (`{metrics: [...]}` / `{items: [...]}`). */
function listIn(body: unknown, ...keys: string[]): unknown[] {
  if (Array.isArray(body)) return body;
  if (body && typeof body === 'object') {
    for (const key of keys) {
      const value = (body as Record<string, unknown>)[key];
      if (Array.isArray(value)) return value;
    }
  }
  return [];
}

export async function fetchCatalogue(): Promise<MetricDescriptor[] | null> {
  const body = await orNull(get<unknown>('/api/analytics/catalogue'));
  if (body === null) return null;
  return listIn(body, 'metrics', 'items', 'catalogue')
    .map((m) => m as Partial<MetricDescriptor> & { label?: unknown })
    .filter((m): m is MetricDescriptor => typeof m.id === 'string')
    .map((m) => ({
      id: m.id,
      label: typeof m.label === 'object' && m.label ? (m.label as MetricDescriptor['label']) : { en: String(m.label ?? m.id), sv: String(m.label ?? m.id) },
      ...(m.description !== undefined ? { description: m.description } : {}),
      ...(m.output !== undefined ? { output: m.output } : {}),
      ...(m.higherIsMore !== undefined ? { higherIsMore: m.higherIsMore } : {}),
    }));
}

/**
 * Reads either `{values: {actor: {metric: n}}}`, `{actors: [{id, metric: n} | {id, values}]}`
 * or `{metrics: {metric: {actor: n}}}` into metric -> actor -> value.
 */
export function readCentrality(body: unknown, metrics: readonly string[]): CentralityValues {
  const out: CentralityValues = new Map(metrics.map((m) => [m, new Map<string, number>()]));
  const put = (metric: string, actor: string, value: unknown) => {
    if (typeof value === 'number' && Number.isFinite(value)) out.get(metric)?.set(actor, value);
  };
  const b = (body ?? {}) as Record<string, unknown>;
  const rows = listIn(body, 'rows', 'actors', 'items', 'results');
  if (rows.length > 0) {
    for (const row of rows as Array<Record<string, unknown>>) {
      const id = (row.id ?? row.actorId ?? (row.actor as { id?: string } | undefined)?.id) as string | undefined;
      if (!id) continue;
      const values = (row.values ?? row.metrics ?? row) as Record<string, unknown>;
      for (const m of metrics) put(m, id, values[m]);
    }
  } else if (b.values && typeof b.values === 'object') {
    for (const [actor, values] of Object.entries(b.values as Record<string, Record<string, unknown>>)) {
      for (const m of metrics) put(m, actor, values?.[m]);
    }
  } else if (b.metrics && typeof b.metrics === 'object') {
    for (const [m, byActor] of Object.entries(b.metrics as Record<string, Record<string, unknown>>)) {
      if (!out.has(m)) continue;
      for (const [actor, v] of Object.entries(byActor ?? {})) put(m, actor, v);
    }
  }
  return out;
}

export async function fetchCentrality(metrics: readonly string[], f: AnalyticsFilter): Promise<CentralityValues | null> {
  if (metrics.length === 0) return new Map();
  const body = await orNull(get<unknown>('/api/analytics/centrality', { ...filterQuery(f), metrics: [...metrics] }));
  return body === null ? null : readCentrality(body, metrics);
}

/**
 * Reach names its target `sector`, so the view's sectors go as `actorSector` (who is asked). Its
 * `type` is a target too, and its `status` says which ties count as *reaching* — the view's
 * statuses (which ties are drawn) would make a desired tie count as reached — so neither is sent:
 * an active tie reaches.
 */
export const fetchReachGaps = (sector: Sector, f: AnalyticsFilter) => {
  const { sector: actorSector, type: _types, status: _statuses, ...common } = filterQuery(f);
  return orNull(get<ReachGapsResult>('/api/gaps/reach', { ...common, actorSector, sector }));
};

export const fetchMixing = (f: AnalyticsFilter) => orNull(get<SectorMixingResult>('/api/gaps/mixing', filterQuery(f)));

/**
 * Declared gaps are the desired and needs-development ties whatever statuses the view draws, and
 * the route takes no includeForums (forums declare no gaps).
 */
export const fetchDeclared = (f: AnalyticsFilter) => {
  const { status: _statuses, includeForums: _forums, ...scope } = filterQuery(f);
  return orNull(get<DeclaredGapsResult>('/api/gaps/declared', scope));
};

export const fetchPredicted = (f: AnalyticsFilter, options: { limit: number; actor?: string; crossSector?: boolean }) =>
  orNull(
    get<PredictedLinksResult>('/api/gaps/predicted', {
      ...filterQuery(f),
      limit: options.limit,
      actor: options.actor,
      crossSector: options.crossSector,
    }),
  );

/** Rank (1 = most central) of each actor for one metric; ties share a rank. */
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
