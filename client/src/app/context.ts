// What the UI components may read and do. The explorer implements it over its store; components
// never reach into sigma, the loader or the graphs beyond this, and change nothing but through it.
import type { CentralityValues, MetricDescriptor, PredictedLinksResult } from '../api/analytics.ts';
import type { Health } from '../api/data.ts';
import type { Load, Problem } from '../api/problem.ts';
import type { Source } from '../domain.ts';
import type { LegendModel } from '../graph/legend.ts';
import type { DataGraph } from '../graph/model.ts';
import type { SortState } from '../state/table-sort.ts';
import type { FilterKey, ViewState } from '../state/view-state.ts';
import type { GapsData } from './state.ts';

export type { GapsData };

export interface TieEditRequest {
  id?: string;
  source?: string;
  target?: string;
}

export interface ExplorerContext {
  readonly state: ViewState;
  /** A change the analyst made: it gets a history entry, so Back undoes it. */
  dispatch(update: (state: ViewState) => ViewState): void;
  /** Everything from /api/graph. */
  readonly data: DataGraph;
  /** What the filters keep: what the map and the table show. */
  readonly display: DataGraph;
  readonly sources: ReadonlyMap<string, Source>;
  readonly health: Health | null;
  readonly neighbourhoods: string[];
  /** The size-metric menu: the analytics catalogue, or local degree when it is unavailable. */
  readonly catalogue: MetricDescriptor[];
  readonly analyticsAvailable: boolean;
  /** The centralities for the view's filters (empty while they load or when they failed). */
  readonly centrality: CentralityValues;
  /** Why there are no centralities, when asking for them failed. */
  readonly centralityProblem: Problem | null;
  readonly gaps: GapsData | null;
  /** The predicted partners of an actor for the view's filters; undefined until asked. */
  predictedFor(actor: string): Load<PredictedLinksResult> | undefined;
  /** Asks again for every answer that failed. */
  retry(): void;
  readonly tableSort: SortState;
  sortTable(column: string, numeric: boolean, higherIsMore?: boolean): void;
  readonly legend: LegendModel;
  readonly layoutRunning: boolean;
  /**
   * For an actor the filters leave off the map: the filter dimensions that each, cleared alone,
   * would bring it back (empty when only clearing several would). Empty for a shown actor.
   */
  filtersHiding(id: string): FilterKey[];
  toggleLayout(): void;
  editActor(id?: string): void;
  editTie(request: TieEditRequest): void;
  /** Ask, then delete; the map, panels and analytics reload after. */
  deleteActor(id: string): void;
  deleteTie(id: string): void;
  /** Reads the graph again after a write. */
  reload(): Promise<void>;
  /** The import dialog (main.ts opens it, like the edit forms). */
  openImport(): void;
  /** The route prefix of the round shown, where files are imported to and exported from. */
  readonly filesPrefix: string;
  exportPng(): Promise<void>;
  exportGexf(): void;
  exportJson(): void;
  setLang(lang: 'en' | 'sv'): void;
}
