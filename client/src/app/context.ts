// What the UI components may read and do. The explorer implements it; components never reach
// into sigma or the graphs beyond this.
import type { CentralityValues, DeclaredGapsResult, MetricDescriptor, PredictedLinksResult, ReachGapsResult, SectorMixingResult } from '../api/analytics.ts';
import type { Health } from '../api/data.ts';
import type { Source } from '../domain.ts';
import type { LegendModel } from '../graph/legend.ts';
import type { DataGraph } from '../graph/model.ts';
import type { FilterKey, ViewState } from '../state/view-state.ts';

export interface GapsData {
  reach: ReachGapsResult | null;
  mixing: SectorMixingResult | null;
  declared: DeclaredGapsResult | null;
  predicted: PredictedLinksResult | null;
}

export interface TieEditRequest {
  id?: string;
  source?: string;
  target?: string;
}

export interface ExplorerContext {
  readonly state: ViewState;
  dispatch(update: (state: ViewState) => ViewState): void;
  /** Everything from /api/graph. */
  readonly data: DataGraph;
  /** What the filters keep: what the map and the table show. */
  readonly display: DataGraph;
  readonly sources: Map<string, Source>;
  readonly health: Health | null;
  readonly neighbourhoods: string[];
  /** The size-metric menu: the analytics catalogue, or local degree when it is unavailable. */
  readonly catalogue: MetricDescriptor[];
  readonly analyticsAvailable: boolean;
  readonly centrality: CentralityValues;
  readonly gaps: GapsData | null;
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
  /** Reads the graph again after a write (see Explorer.reload). */
  reload(): Promise<void>;
  exportPng(): Promise<void>;
  exportGexf(): void;
  exportJson(): void;
  setLang(lang: 'en' | 'sv'): void;
}
