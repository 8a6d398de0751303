// What the UI components may read and do. The explorer implements it over its store; components
// never reach into sigma, the loader or the graphs beyond this, and change nothing but through it.
import type { CentralityValues, MetricDescriptor, PredictedLinksResult } from '../api/analytics.ts';
import type { Health } from '../api/data.ts';
import type { Load, Problem } from '../api/problem.ts';
import type { RoundRef } from '../api/round-scope.ts';
import type { MappingRounds } from '../api/rounds.ts';
import type { Source } from '../domain.ts';
import type { LegendModel } from '../graph/legend.ts';
import type { DataGraph } from '../graph/model.ts';
import type { SortState } from '../state/table-sort.ts';
import type { FilterKey, ViewState } from '../state/view-state.ts';
import type { Comparison, GapsData } from './state.ts';

export type { Comparison, GapsData };

export interface TieEditRequest {
  id?: string;
  source?: string;
  target?: string;
}

export interface ExplorerContext {
  readonly state: ViewState;
  /** A change the analyst made: it gets a history entry, so Back undoes it. */
  dispatch(update: (state: ViewState) => ViewState): void;
  /** The round every read and write goes to: the view's, null = the server's default round. */
  readonly round: RoundRef | null;
  /** The round the data is of, as the server named it (the default round resolved); null when unknown. */
  readonly shownRound: RoundRef | null;
  readonly roundProblem: Problem | null;
  /** Every mapping with its rounds, for the picker. */
  readonly rounds: MappingRounds[];
  /** The compare view's answer; null while it is closed. */
  readonly comparison: Load<Comparison> | null;
  /** After a round was made: the picker's lists again. */
  reloadRounds(): Promise<void>;
  /** Everything from /api/graph of the round. */
  readonly data: DataGraph;
  /** What the filters keep: what the map and the table show. */
  readonly display: DataGraph;
  readonly sources: ReadonlyMap<string, Source>;
  readonly health: Health | null;
  /** Whether to offer edits: the server takes writes and the round shown is not closed. */
  readonly writable: boolean;
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
  /** Nodes were dragged or laid out since the last Save layout (a link does not carry them). */
  readonly positionsUnsaved: boolean;
  /**
   * For an actor the filters leave off the map: the filter dimensions that each, cleared alone,
   * would bring it back (empty when only clearing several would). Empty for a shown actor.
   */
  filtersHiding(id: string): FilterKey[];
  toggleLayout(): void;
  /** Ask, then save the map's positions as the round's layout. */
  saveLayout(): void;
  editActor(id?: string): void;
  editTie(request: TieEditRequest): void;
  /** Ask, then delete; the map, panels and analytics reload after. */
  deleteActor(id: string): void;
  deleteTie(id: string): void;
  /** The round's recent changes, each with Revert (ui/history.ts). */
  openHistory(): void;
  /** The round's probable duplicates, each pair with a merge (ui/duplicates.ts). */
  openDuplicates(): void;
  /** Reads the graph again after a write. */
  reload(): Promise<void>;
  /** The import dialog (main.ts opens it, like the edit forms). */
  openImport(): void;
  exportPng(): Promise<void>;
  /** The map as SVG for print, framed like the PNG. */
  exportSvg(): Promise<void>;
  exportGexf(): void;
  exportJson(): void;
  setLang(lang: 'en' | 'sv'): void;
}
