// The metrics table: every requested metric of the catalogue for every actor, computed from one
// Csr as columns of values and turned into rows sorted and limited. computeMetricsInPool does the
// same off the event loop: small requests inline (a few ms), the rest on the worker pool with
// betweenness and closeness split across workers and everything else in one more task, under one
// wall-clock budget for the whole request.
import { assertSimpleUndirected, toCsr, type AnyGraph, type Csr } from '../kernel/csr.ts';
import { communitiesKernel } from '../communities.ts';
import { BudgetExceeded } from '../errors.ts';
import type { WorkerPool } from '../worker-pool.ts';
import { betweennessInPool, closenessInPool } from './parallel.ts';
import {
  betweennessOptions,
  closenessOptions,
  communityOptions,
  metric,
  parseMetricsQuery,
  type MetricId,
  type MetricsQuery,
  type MetricsQueryInput,
} from '../catalogue.ts';

export interface CommunitySummary {
  count: number;
  /** Members per community, largest first (community i has sizes[i] members). */
  sizes: number[];
  modularity: number | null;
}

export interface Columns {
  values: Partial<Record<MetricId, Float64Array>>;
  communities: CommunitySummary | null;
}

function emptyColumns(): Columns {
  return { values: {}, communities: null };
}

/** The requested metrics' values per node, in Csr order. */
export function computeColumns(csr: Csr, query: MetricsQuery, metrics: readonly MetricId[], graph?: AnyGraph): Columns {
  const columns = emptyColumns();
  for (const id of metrics) {
    if (id === 'community') {
      const partition = communitiesKernel(csr, communityOptions(query), graph);
      columns.values.community = Float64Array.from(partition.labels);
      columns.communities = { count: partition.sizes.length, sizes: partition.sizes, modularity: partition.modularity };
    } else {
      columns.values[id] = metric(id).kernel(csr, query, graph);
    }
  }
  return columns;
}

export interface MetricRow {
  id: string;
  name: string | null;
  sector: string | null;
  /** null where the metric is undefined for this actor (constraint of an isolate). */
  values: Partial<Record<MetricId, number | null>>;
}

export interface MetricsResult {
  query: MetricsQuery;
  sort: MetricId;
  order: 'asc' | 'desc';
  /** Actors in the graph; rows holds at most `limit` of them. */
  total: number;
  rows: MetricRow[];
  /** When `community` was asked for. */
  communities: CommunitySummary | null;
}

export function defaultOrder(id: MetricId): 'asc' | 'desc' {
  return metric(id).higherIsMore === true ? 'desc' : 'asc';
}

function toResult(graph: AnyGraph, csr: Csr, query: MetricsQuery, columns: Columns): MetricsResult {
  const sort = query.sort ?? query.metrics[0]!;
  const order = query.order ?? defaultOrder(sort);
  const key = columns.values[sort]!;
  const sign = order === 'asc' ? 1 : -1;
  const indices = csr.nodes.map((_, i) => i);
  indices.sort((a, b) => {
    const x = key[a]!;
    const y = key[b]!;
    if (Number.isNaN(x) !== Number.isNaN(y)) return Number.isNaN(x) ? 1 : -1; // undefined last
    if (x !== y && !Number.isNaN(x)) return sign * (x - y);
    return csr.nodes[a]! < csr.nodes[b]! ? -1 : csr.nodes[a]! > csr.nodes[b]! ? 1 : 0;
  });
  const rows = indices.slice(0, query.limit ?? indices.length).map((i): MetricRow => {
    const node = csr.nodes[i]!;
    const attributes = graph.getNodeAttributes(node);
    const values: MetricRow['values'] = {};
    for (const id of query.metrics) {
      const x = columns.values[id]![i]!;
      values[id] = Number.isNaN(x) ? null : x;
    }
    return {
      id: node,
      name: typeof attributes.name === 'string' ? attributes.name : null,
      sector: typeof attributes.sector === 'string' ? attributes.sector : null,
      values,
    };
  });
  return { query, sort, order, total: csr.nodes.length, rows, communities: columns.communities };
}

/** Every requested metric for every actor, in this thread; rows sorted and limited. */
export function computeMetrics(graph: AnyGraph, query?: MetricsQueryInput): MetricsResult {
  assertSimpleUndirected(graph, 'catalogue');
  const q = parseMetricsQuery(query);
  const csr = toCsr(graph, 'catalogue');
  return toResult(graph, csr, q, computeColumns(csr, q, q.metrics, graph));
}

export interface PoolOptions {
  pool: WorkerPool;
  /** Budget of the whole computation, in ms, counted from when its first part starts running. */
  budgetMs: number;
  signal?: AbortSignal;
  /** Waits for the caller's turn before the pool is used (offload.ts); default: no wait. */
  admit?: <T>(compute: () => Promise<T>) => Promise<T>;
}

/** Arc visits below which a request is computed in this thread: a few milliseconds of work. */
export const INLINE_WORK_LIMIT = 2_000_000;

/** A rough count of arc visits the query needs: what decides between inline and the pool. */
export function estimateWork(csr: Csr, query: MetricsQuery): number {
  const n = csr.nodes.length;
  const arcs = csr.targets.length + n;
  let work = 0;
  for (const id of query.metrics) {
    if (id === 'betweenness') work += 2 * arcs * Math.min(n, query.samples ?? n);
    else if (id === 'closeness') work += arcs * n;
    else work += 50 * arcs; // iterations of the power methods, Louvain passes
  }
  return work;
}

/**
 * computeMetrics off the event loop: small requests inline, the rest on the pool — betweenness
 * and closeness split across workers, everything else in one more task. Rejects with
 * BudgetExceeded when the whole computation takes longer than budgetMs.
 */
export async function computeMetricsInPool(
  graph: AnyGraph,
  query: MetricsQueryInput | undefined,
  options: PoolOptions,
): Promise<MetricsResult> {
  assertSimpleUndirected(graph, 'catalogue');
  const q = parseMetricsQuery(query);
  const csr = toCsr(graph, 'catalogue');
  if (estimateWork(csr, q) < INLINE_WORK_LIMIT) return toResult(graph, csr, q, computeColumns(csr, q, q.metrics, graph));

  const admit = options.admit ?? ((compute) => compute());
  return admit(() => inPool(graph, csr, q, options));
}

async function inPool(graph: AnyGraph, csr: Csr, q: MetricsQuery, options: PoolOptions): Promise<MetricsResult> {
  await options.pool.warm();
  const controller = new AbortController();
  // The budget counts running time: its clock starts with the first part a worker takes.
  let timer: NodeJS.Timeout | undefined;
  const onStart = (): void => {
    timer ??= setTimeout(() => controller.abort(new BudgetExceeded(options.budgetMs)), options.budgetMs);
  };
  const onAbort = (): void => controller.abort(options.signal!.reason);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const run = { pool: options.pool, budgetMs: options.budgetMs, signal: controller.signal, onStart };
  try {
    const light = q.metrics.filter((id) => !metric(id).heavy);
    const [columns, betweenness, closeness] = await Promise.all([
      light.length > 0 ? options.pool.run('columns', { csr, query: q, metrics: light }, run) : emptyColumns(),
      q.metrics.includes('betweenness') ? betweennessInPool(csr, betweennessOptions(q), run) : null,
      q.metrics.includes('closeness') ? closenessInPool(csr, closenessOptions(q), run) : null,
    ]);
    if (betweenness) columns.values.betweenness = betweenness;
    if (closeness) columns.values.closeness = closeness;
    return toResult(graph, csr, q, columns);
  } catch (error) {
    throw controller.signal.aborted ? controller.signal.reason : error;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    if (!controller.signal.aborted) controller.abort(new Error('catalogue: computation finished'));
  }
}
