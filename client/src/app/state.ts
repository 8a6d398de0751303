// The explorer's one state: the view a link reproduces, what was loaded, and each answer the
// loader is waiting for (a Load). It changes only through the small pure producers below,
// dispatched to the store (state/store.ts); everything on screen is derived from it.
import Graph from 'graphology';
import type {
  CentralityValues,
  DeclaredGapsResult,
  MetricDescriptor,
  PredictedLinksResult,
  ReachGapsResult,
  SectorMixingResult,
} from '../api/analytics.ts';
import type { Health } from '../api/data.ts';
import type { Load, Problem } from '../api/problem.ts';
import type { RoundRef } from '../api/round-scope.ts';
import type { CompareResult, MappingRounds } from '../api/rounds.ts';
import { compareModel, type CompareModel } from '../graph/compare.ts';
import type { Source } from '../domain.ts';
import { LOCAL_DEGREE } from '../graph/local-metrics.ts';
import type { Positions } from '../graph/sync.ts';
import { neighbourhoodsOf, type DataGraph, type EdgeAttrs, type NodeAttrs } from '../graph/model.ts';
import type { Lang } from '../i18n/i18n.ts';
import { nextSort, type SortState } from '../state/table-sort.ts';
import { withoutMissing, type ViewState } from '../state/view-state.ts';

/** The gaps view's four answers, each loaded (and failing) on its own. */
export interface GapsData {
  reach: Load<ReachGapsResult>;
  mixing: Load<SectorMixingResult>;
  declared: Load<DeclaredGapsResult>;
  predicted: Load<PredictedLinksResult>;
}

/** The compare view's answer: the server's comparison, and the map of both rounds it implies. */
export interface Comparison {
  result: CompareResult;
  model: CompareModel;
}

export interface ExplorerState {
  view: ViewState;
  lang: Lang;
  /** Everything from /api/graph; replaced on every load, never changed in place. */
  data: DataGraph;
  /** Counts graph loads, so an answer computed on an older graph is never taken for this one. */
  dataVersion: number;
  neighbourhoods: string[];
  sources: ReadonlyMap<string, Source>;
  /** Null until /health answered; without it the explorer offers no edits. */
  health: Health | null;
  /** The size-metric menu: the analytics catalogue, or local degree when it is unavailable. */
  catalogue: MetricDescriptor[];
  analyticsAvailable: boolean;
  /** Null while nothing was asked (no catalogue); else the last filters' answer. */
  centrality: Load<CentralityValues> | null;
  /** Null while the gaps view is closed. */
  gaps: GapsData | null;
  /** The panel's predicted partners, by predictedKey (actor and filters). */
  predicted: ReadonlyMap<string, Load<PredictedLinksResult>>;
  tableSort: SortState;
  layoutRunning: boolean;
  /** Nodes were dragged or laid out since the layout was last saved: a link does not carry where they are. */
  positionsUnsaved: boolean;
  /** The round's saved layout, which the map starts from; null: none saved (the first layout is computed). */
  savedPositions: Positions | null;
  /** The round the data is of (for the default round, the one the server named); null when unknown. */
  round: RoundRef | null;
  /** Why the round the view asks for could not be shown (the data stays the last round's). */
  roundProblem: Problem | null;
  /** Every mapping with its rounds (the picker); empty when the server lists none. */
  rounds: MappingRounds[];
  /** Null while the compare view is closed. */
  comparison: Load<Comparison> | null;
}

export function initialState(view: ViewState, lang: Lang): ExplorerState {
  return {
    view,
    lang,
    data: new Graph<NodeAttrs, EdgeAttrs>({ type: 'undirected', multi: true }),
    dataVersion: 0,
    neighbourhoods: [],
    sources: new Map(),
    health: null,
    catalogue: [LOCAL_DEGREE],
    analyticsAvailable: false,
    centrality: null,
    gaps: null,
    predicted: new Map(),
    tableSort: { column: 'name', direction: 'ascending' },
    layoutRunning: false,
    positionsUnsaved: false,
    savedPositions: null,
    round: null,
    roundProblem: null,
    rounds: [],
    comparison: null,
  };
}

/** The first load: the graph, and what the server says about itself. */
export const loaded =
  (
    data: DataGraph,
    extra: {
      health: Health | null;
      sources: Source[];
      catalogue: MetricDescriptor[] | null;
      round?: RoundRef | null;
      rounds?: MappingRounds[];
      savedPositions?: Positions | null;
    },
  ) =>
  (s: ExplorerState): ExplorerState => {
    const analyticsAvailable = extra.catalogue !== null && extra.catalogue.length > 0;
    return {
      ...withData(s, data),
      round: extra.round ?? null,
      rounds: extra.rounds ?? [],
      health: extra.health,
      sources: new Map(extra.sources.map((x) => [x.id, x])),
      catalogue: analyticsAvailable ? extra.catalogue! : s.catalogue,
      analyticsAvailable,
      savedPositions: extra.savedPositions ?? null,
    };
  };

function withData(s: ExplorerState, data: DataGraph): ExplorerState {
  return { ...s, data, dataVersion: s.dataVersion + 1, neighbourhoods: neighbourhoodsOf(data), predicted: new Map() };
}

/**
 * After an edit or a delete: the new graph; a selection (or focus) on an actor that is gone is
 * dropped, and the panel's predictions are asked again.
 */
export const graphReloaded =
  (data: DataGraph) =>
  (s: ExplorerState): ExplorerState => {
    const next = withData(s, data);
    return { ...next, view: withoutMissing(s.view, (id) => data.hasNode(id)) };
  };

/**
 * Another round's graph and sources: like a reload (positions of the actors both rounds hold are
 * kept by the map), with the round it is of.
 */
export const roundEntered =
  (data: DataGraph, round: RoundRef | null, sources: Source[]) =>
  (s: ExplorerState): ExplorerState => ({
    ...graphReloaded(data)(s),
    round,
    roundProblem: null,
    sources: new Map(sources.map((x) => [x.id, x])),
  });

export const roundFailed =
  (problem: Problem | null) =>
  (s: ExplorerState): ExplorerState =>
    s.roundProblem === problem ? s : { ...s, roundProblem: problem };

export const roundsListed =
  (rounds: MappingRounds[]) =>
  (s: ExplorerState): ExplorerState => ({ ...s, rounds });

/** The comparison with the baseline's graph, laid over the data it was asked for; null closes it. */
export const comparisonLoaded =
  (load: Load<{ before: DataGraph; result: CompareResult }> | null) =>
  (s: ExplorerState): ExplorerState => {
    if (load === null) return s.comparison === null ? s : { ...s, comparison: null };
    if (load.state !== 'ready') return { ...s, comparison: load };
    const { before, result } = load.value;
    return { ...s, comparison: { state: 'ready', value: { result, model: compareModel(before, s.data, result) } } };
  };

/** A change of the view (a filter, a selection, …); the same view back changes nothing. */
export const viewChanged =
  (update: (view: ViewState) => ViewState) =>
  (s: ExplorerState): ExplorerState => {
    const view = update(s.view);
    return view === s.view ? s : { ...s, view };
  };

export const langChanged =
  (lang: Lang) =>
  (s: ExplorerState): ExplorerState =>
    s.lang === lang ? s : { ...s, lang };

export const centralityLoaded =
  (centrality: Load<CentralityValues>) =>
  (s: ExplorerState): ExplorerState => ({ ...s, centrality });

/** One of the gaps view's answers; ignored when the view was closed meanwhile. */
export const gapsLoaded =
  <K extends keyof GapsData>(part: K, load: GapsData[K]) =>
  (s: ExplorerState): ExplorerState =>
    s.gaps === null ? s : { ...s, gaps: { ...s.gaps, [part]: load } };

export const gapsAsked =
  (gaps: GapsData | null) =>
  (s: ExplorerState): ExplorerState =>
    s.gaps === gaps ? s : { ...s, gaps };

export const predictedLoaded =
  (key: string, load: Load<PredictedLinksResult>) =>
  (s: ExplorerState): ExplorerState => ({ ...s, predicted: new Map(s.predicted).set(key, load) });

/** Before asking again: the panel's failed predictions are forgotten, so they are asked anew. */
export function failedPredictionsDropped(s: ExplorerState): ExplorerState {
  const kept = [...s.predicted].filter(([, load]) => load.state !== 'failed');
  return kept.length === s.predicted.size ? s : { ...s, predicted: new Map(kept) };
}

/** A click on a column header: see nextSort. */
export const tableSorted =
  (column: string, numeric: boolean, higherIsMore?: boolean) =>
  (s: ExplorerState): ExplorerState => ({ ...s, tableSort: nextSort(s.tableSort, column, numeric, higherIsMore) });

/** The analyst saved the map's positions as the round's layout. */
export const layoutSaved =
  (savedPositions: Positions) =>
  (s: ExplorerState): ExplorerState => ({ ...s, savedPositions, positionsUnsaved: false });

/** The first layout the map computed became the round's layout (what was moved since stays unsaved). */
export const firstLayoutKept =
  (savedPositions: Positions) =>
  (s: ExplorerState): ExplorerState => ({ ...s, savedPositions });

export const positionsMoved = (s: ExplorerState): ExplorerState => (s.positionsUnsaved ? s : { ...s, positionsUnsaved: true });

export const layoutChanged =
  (running: boolean) =>
  (s: ExplorerState): ExplorerState =>
    s.layoutRunning === running ? s : { ...s, layoutRunning: running };
