// The `metrics=` columns of GET …/export: actor metrics from the catalogue, computed as
// /api/analytics/centrality computes them for the same filters and default parameters — on the
// analytics worker pool, within its budget, cached per graph version — so a file's values are the
// route's. Forum membership is not counted as a tie (the analytics' default): the graph route's
// includeForums says whether forums are drawn, not how actors are tied.
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type MetricId, MetricIdSchema } from '../analytics/catalogue.ts';
import type { ActorMetrics } from '../interchange/export/records.ts';
import { actorGraph, metricsInPool } from './analytics-common.ts';
import { versionOnEntry } from '../plugins/rounds.ts';
import { listOf } from './filters.ts';
import type { GraphFilters } from './graph-filters.ts';

export const MetricsParam = listOf(z.enum(MetricIdSchema.options), 'metric').describe(
  'actor metrics to add as actor columns, comma-separated: ids from /api/analytics/catalogue, computed as /api/analytics/centrality computes them for the same filters',
);

/** The metrics of the actors the filters select, and the graph version they were computed on. */
export async function exportMetrics(
  request: FastifyRequest,
  filters: GraphFilters,
  ids: readonly MetricId[],
  budgetMs: number,
): Promise<{ version: number; metrics: ActorMetrics }> {
  const analytics = request.server.analyticsOf(request.graph);
  const key = `export-metrics ${JSON.stringify([filters, ids])}`;
  const { version, value } = await analytics.compute(await versionOnEntry(request), key, async (snapshot) => {
    const graph = actorGraph(snapshot, { ...filters, includeForums: false });
    const table = await metricsInPool(request.server, graph, { metrics: [...ids], samples: null }, budgetMs);
    return new Map(table.rows.map((row) => [row.id, row.values as Record<string, number | null>]));
  });
  return { version, metrics: { ids, values: value } };
}
