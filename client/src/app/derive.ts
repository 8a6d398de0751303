// Pure derivations from the explorer's state, in Gephi Lite's order: which analytics the view
// implies (and when they must be fetched again), what the gaps answers add to the map, which
// filtered graph the map shows, and the visual attributes sigma's reducers read.
import type { AnalyticsFilter } from '../api/analytics.ts';
import { readyValue } from '../api/problem.ts';
import { roundIn } from '../api/rounds.ts';
import { computeHighlight, sizesFor, type AppearanceContext } from '../graph/appearance.ts';
import { sizeScale } from '../graph/colors.ts';
import type { Suggestion } from '../graph/filter.ts';
import { LOCAL_DEGREE, localDegree } from '../graph/local-metrics.ts';
import type { DataGraph } from '../graph/model.ts';
import type { ViewState } from '../state/view-state.ts';
import type { CompareMarks } from '../graph/compare.ts';
import type { ExplorerState, GapsData } from './state.ts';

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

/** What the gaps view's answers put on the map: outlined actors and predicted ties. */
export interface Overlay {
  outlined: Set<string>;
  suggestions: Suggestion[];
}

export const NO_OVERLAY: Overlay = { outlined: new Set(), suggestions: [] };

/** Predicted ties drawn on the map when no actor is selected: the strongest few, not all. */
export const PREDICTED_ON_MAP = 5;

/**
 * The outline of every actor without a tie to the chosen sector, and predicted ties: the selected
 * actor's, or the PREDICTED_ON_MAP strongest when none is selected (all of them crowded the map).
 */
export function gapsOverlay(gaps: GapsData | null, selected: string | null = null): Overlay {
  if (gaps === null) return NO_OVERLAY;
  const outlined = new Set((readyValue(gaps.reach)?.gaps ?? []).map((g) => g.actor.id));
  const predictions = readyValue(gaps.predicted)?.predictions ?? [];
  const shown =
    selected === null
      ? [...predictions].sort((a, b) => b.scores.adamicAdar - a.scores.adamicAdar).slice(0, PREDICTED_ON_MAP)
      : predictions.filter((p) => p.source.id === selected || p.target.id === selected);
  const suggestions: Suggestion[] = shown.map((p) => ({
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

/** The view's part that decides which nodes and edges the map holds (not selection alone, metric or view). */
export function displayKey(s: ViewState): string {
  return JSON.stringify([
    s.areas,
    s.sectors,
    s.types,
    s.statuses,
    s.neighbourhoods,
    s.forums,
    s.hierarchy,
    s.ego,
    s.ego > 0 ? s.selected : null,
  ]);
}

/** The panel's predicted partners are asked per actor and filters. */
export function predictedKey(actor: string, view: ViewState): string {
  return `${actor}|${filterKey(view)}`;
}

/** Edits are offered when the server answered /health and the round shown is not closed (writes to it are refused). */
export const writable = (s: ExplorerState): boolean => s.health !== null && roundIn(s.rounds, s.round)?.closed !== true;

/** The compare view's answer once it is in and still asked for; else null. */
function comparisonShown(s: ExplorerState) {
  return s.view.compare === null ? null : readyValue(s.comparison);
}

/** The graph the map filters: both rounds laid over each other in the compare view, else the round's. */
export function mapData(s: ExplorerState): DataGraph {
  return comparisonShown(s)?.model.union ?? s.data;
}

export function compareMarks(s: ExplorerState): CompareMarks | null {
  return comparisonShown(s)?.model.marks ?? null;
}

/** The chosen size metric per actor: the API's values, else local degree, else none. */
export function metricValues(s: ExplorerState, display: DataGraph): Map<string, number> | null {
  const id = s.view.metric;
  if (id === 'none') return null;
  const fromApi = readyValue(s.centrality)?.get(id);
  if (fromApi && fromApi.size > 0) return fromApi;
  return id === LOCAL_DEGREE.id ? localDegree(display) : null;
}

/**
 * The appearance sigma's reducers read: sizes scaled over the values shown, the highlight of the
 * selection (or of the hovered node when nothing is selected) and the gaps outline.
 */
export function appearanceOf(
  s: ExplorerState,
  display: DataGraph,
  outlined: Set<string>,
  hovered: string | null,
  hideEdges: boolean,
): AppearanceContext {
  const values = metricValues(s, display);
  const shown = values === null ? [] : display.filterNodes((n) => values.has(n)).map((n) => values.get(n)!);
  return {
    sizes: sizesFor(values, sizeScale(shown), display),
    selected: s.view.selected,
    highlight: computeHighlight(display, s.view.selected ?? hovered, s.view.focus),
    outlined,
    hideEdges,
    changes: compareMarks(s),
  };
}
