// Small pure derivations the controller needs: which analytics filter the view implies, when
// analytics must be fetched again, and what the gaps answers add to the map.
import type { AnalyticsFilter } from '../api/analytics.ts';
import type { Suggestion } from '../graph/filter.ts';
import type { ViewState } from '../state/view-state.ts';
import type { GapsData } from './context.ts';

export function analyticsFilter(s: ViewState): AnalyticsFilter {
  return {
    areas: s.areas,
    sectors: s.sectors,
    neighbourhoods: s.neighbourhoods,
    types: s.types,
    statuses: s.statuses,
    includeForums: s.forums === 'projected',
  };
}

/** Analytics depend on these filters only (not on selection, metric or view). */
export function filterKey(s: ViewState): string {
  const f = analyticsFilter(s);
  return JSON.stringify([f.areas, f.sectors, f.neighbourhoods, f.types, f.statuses, f.includeForums]);
}

export function gapsOverlay(gaps: GapsData): { outlined: Set<string>; suggestions: Suggestion[] } {
  const outlined = new Set((gaps.reach?.gaps ?? []).map((g) => g.actor.id));
  const suggestions: Suggestion[] = (gaps.predicted?.predictions ?? []).map((p) => ({
    source: p.source.id,
    target: p.target.id,
    attrs: {
      kind: 'predicted',
      score: p.scores.adamicAdar,
      reason: p.sharedNeighbours.map((n) => n.name).join(', '),
    },
  }));
  return { outlined, suggestions };
}
