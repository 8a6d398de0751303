// The graph route's filters, shared by GET /api/graph and GET …/export so an exported file holds
// exactly what the explorer draws for the same query: one schema, one rule (graph/serialize.ts).
import { z } from 'zod';
import type { GraphFilter } from '../graph/serialize.ts';
import type { GraphSnapshot } from '../store/port.ts';
import { AnalyticsFilters, analyticsScope } from './analytics-common.ts';
import { flag } from './filters.ts';

// The analytics' place and sector filters (same words, same rules), so a script can fetch exactly
// the part of the network an analytics answer was computed on.
export const GraphFilters = z.strictObject({
  area: AnalyticsFilters.shape.area,
  sector: AnalyticsFilters.shape.sector,
  neighbourhood: AnalyticsFilters.shape.neighbourhood,
  type: AnalyticsFilters.shape.type,
  status: AnalyticsFilters.shape.status.describe('only ties of these statuses (default: all)'),
  includeForums: flag(true).describe('forums as nodes with membership edges'),
});
export type GraphFilters = z.output<typeof GraphFilters>;

/** The selection the filters ask for; 422 for a neighbourhood the graph does not have. */
export function graphFilterOf(snapshot: GraphSnapshot, q: GraphFilters): GraphFilter {
  return { ...analyticsScope(snapshot, q), types: q.type, statuses: q.status, includeForums: q.includeForums };
}

/** The filters given, as the query words that asked for them (`area=housing`); empty for the whole round. */
export function filterWords(q: GraphFilters): Record<string, string> {
  const words: Record<string, string> = {};
  for (const name of ['area', 'sector', 'neighbourhood', 'type', 'status'] as const) {
    const values = q[name];
    if (values !== undefined && values.length > 0) words[name] = values.join(',');
  }
  if (!q.includeForums) words.includeForums = 'false';
  return words;
}
