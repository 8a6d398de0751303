// The one place the explorer fetches: the graph and what the server says about itself, then,
// following the state, the centralities for the view's filters, the gaps view's answers and the
// panel's predicted partners. Every answer lands in the store as a Load, a failure as a Problem
// (api/problem.ts) rather than a silent "unavailable"; an answer for filters (or a graph) the
// view has left behind is dropped. dispose() cancels what is still on its way. Everything is
// asked of the round the view names (api/round-scope.ts); another round is loaded in place, and
// the compare view's comparison and baseline graph follow the round shown.
import * as analytics from '../api/analytics.ts';
import { fetchGraph, fetchHealth, fetchSources } from '../api/data.ts';
import { fetchRoundPositions } from '../api/layout.ts';
import { LOADING, problemOf, type Load } from '../api/problem.ts';
import { formatRoundRef, type RoundRef } from '../api/round-scope.ts';
import { fetchComparison, fetchMappingRounds } from '../api/rounds.ts';
import { graphFromSerialized } from '../graph/model.ts';
import type { Store } from '../state/store.ts';
import { analyticsFilter, filterKey, predictedKey } from './derive.ts';
import {
  centralityLoaded,
  comparisonLoaded,
  failedPredictionsDropped,
  gapsAsked,
  gapsLoaded,
  graphReloaded,
  loaded,
  predictedLoaded,
  roundEntered,
  roundFailed,
  roundsListed,
  type ExplorerState,
  type GapsData,
} from './state.ts';

/** Predicted partners the panel lists for one actor. */
const PANEL_PREDICTIONS = 5;
/** Predicted ties the gaps view lists and draws. */
const GAPS_PREDICTIONS = 15;

/** Starts every first request at once; main.ts calls it before building sigma so they overlap. */
export function prefetch(round: RoundRef | null, signal?: AbortSignal) {
  return Promise.all([
    fetchGraph(round, signal),
    fetchHealth(signal).catch(() => null),
    fetchSources(round, signal).catch(() => []),
    // Without a catalogue the explorer sizes by local degree and asks no analytics.
    analytics.fetchCatalogue(signal).catch(() => null),
    // Without the list the picker is not offered; the round shown still is.
    fetchMappingRounds(signal).catch(() => []),
    // Without a saved layout (or an answer) the map computes its seeded first layout.
    fetchRoundPositions(round, signal).catch(() => null),
  ]);
}

/** A round as the loader keys its requests: '' is the default round. */
const roundKey = (round: RoundRef | null) => (round === null ? '' : formatRoundRef(round));

export type Prefetched = ReturnType<typeof prefetch>;

/** Resolves to the answer as a Load: ready, or failed with the Problem the error was. */
async function settle<T>(request: Promise<T>): Promise<Load<T>> {
  try {
    return { state: 'ready', value: await request };
  } catch (error) {
    return { state: 'failed', problem: problemOf(error) };
  }
}

export class Loader {
  private readonly aborter = new AbortController();
  /** The request each kind of answer was last asked for; an answer for another is stale. */
  private asked = { centrality: '', gaps: '', round: '', compare: '' };
  /** The round whose graph is in the store (its key; see roundKey). */
  private landed = '';
  private readonly unsubscribe: () => void;

  constructor(private readonly store: Store<ExplorerState>) {
    this.asked.round = this.landed = roundKey(store.getState().view.round);
    this.unsubscribe = store.subscribe((s) => this.follow(s));
  }

  private get signal(): AbortSignal {
    return this.aborter.signal;
  }

  /** The first load; rejects when the graph itself cannot be had (main.ts says so). */
  async load(pending: Prefetched = prefetch(this.store.getState().view.round, this.signal)): Promise<void> {
    const [{ graph, round }, health, sources, catalogue, rounds, savedPositions] = await pending;
    performance.mark('samverkan:data');
    this.store.dispatch(loaded(graphFromSerialized(graph), { health, sources, catalogue, round, rounds, savedPositions }));
  }

  /** After an edit or a delete: the graph again; the analytics follow (see follow). */
  async reload(): Promise<void> {
    const { graph } = await fetchGraph(this.store.getState().view.round, this.signal);
    this.store.dispatch(graphReloaded(graphFromSerialized(graph)));
  }

  /** After a round was made or deleted: the picker's lists again. */
  async reloadRounds(): Promise<void> {
    this.store.dispatch(roundsListed(await fetchMappingRounds(this.signal)));
  }

  /** Asks again for every answer that failed (the views offer it next to the problem). */
  retry(): void {
    this.asked = { ...this.asked, centrality: '', gaps: '', compare: '' };
    const before = this.store.getState();
    this.store.dispatch(failedPredictionsDropped);
    if (this.store.getState() === before) this.follow(before);
  }

  dispose(): void {
    this.unsubscribe();
    this.aborter.abort();
  }

  /** Asks for what the state now needs and nobody asked for yet. */
  private follow(s: ExplorerState): void {
    if (this.signal.aborted || s.dataVersion === 0) return;
    const round = roundKey(s.view.round);
    if (round !== this.asked.round) this.askRound(round, s.view.round);
    this.followComparison(s);
    const scope = `${s.dataVersion}|${round}|${filterKey(s.view)}`;
    if (s.analyticsAvailable && scope !== this.asked.centrality) this.askCentrality(scope, s);
    const gapsScope = s.view.gaps === null ? '' : `${s.view.gaps}|${scope}`;
    if (gapsScope !== this.asked.gaps) this.askGaps(gapsScope, s);
    const actor = s.view.selected;
    if (s.analyticsAvailable && actor !== null && s.data.hasNode(actor) && !s.predicted.has(predictedKey(actor, s.view)))
      this.askPredicted(actor, s);
  }

  private askCentrality(scope: string, s: ExplorerState): void {
    this.asked.centrality = scope;
    // The last answer stays on the map until the new one is in: sizes do not flicker.
    if (s.centrality === null) this.store.dispatch(centralityLoaded(LOADING));
    const ids = s.catalogue.map((m) => m.id);
    void settle(analytics.fetchCentrality(s.view.round, ids, analyticsFilter(s.view), this.signal)).then((load) => {
      if (this.asked.centrality === scope && !this.signal.aborted) this.store.dispatch(centralityLoaded(load));
    });
  }

  private askGaps(scope: string, s: ExplorerState): void {
    this.asked.gaps = scope;
    const sector = s.view.gaps;
    if (sector === null) {
      this.store.dispatch(gapsAsked(null));
      return;
    }
    // Answers shown stay until their successors arrive; a view opened afresh starts loading.
    if (s.gaps === null) this.store.dispatch(gapsAsked({ reach: LOADING, mixing: LOADING, declared: LOADING, predicted: LOADING }));
    const f = analyticsFilter(s.view);
    const land =
      <K extends keyof GapsData>(part: K) =>
      (load: GapsData[K]) => {
        if (this.asked.gaps === scope && !this.signal.aborted) this.store.dispatch(gapsLoaded(part, load));
      };
    const { round } = s.view;
    void settle(analytics.fetchReachGaps(round, sector, f, this.signal)).then(land('reach'));
    void settle(analytics.fetchMixing(round, f, this.signal)).then(land('mixing'));
    void settle(analytics.fetchDeclared(round, f, this.signal)).then(land('declared'));
    void settle(analytics.fetchPredicted(round, f, { limit: GAPS_PREDICTIONS, crossSector: true }, this.signal)).then(land('predicted'));
  }

  private askPredicted(actor: string, s: ExplorerState): void {
    const key = predictedKey(actor, s.view);
    const version = s.dataVersion;
    this.store.dispatch(predictedLoaded(key, LOADING));
    void settle(analytics.fetchPredicted(s.view.round, analyticsFilter(s.view), { limit: PANEL_PREDICTIONS, actor }, this.signal)).then(
      (load) => {
        // A graph reloaded meanwhile emptied the predictions: this answer is for the old one.
        if (this.store.getState().dataVersion === version && !this.signal.aborted) this.store.dispatch(predictedLoaded(key, load));
      },
    );
  }

  /** Another round: its graph and sources replace the last round's; a failure leaves them shown. */
  private askRound(key: string, round: RoundRef | null): void {
    this.asked.round = key;
    void Promise.all([fetchGraph(round, this.signal), fetchSources(round, this.signal).catch(() => [])]).then(
      ([graph, sources]) => {
        if (this.asked.round !== key || this.signal.aborted) return;
        this.landed = key;
        this.store.dispatch(roundEntered(graphFromSerialized(graph.graph), graph.round, sources));
      },
      (error: unknown) => {
        if (this.asked.round === key && !this.signal.aborted) this.store.dispatch(roundFailed(problemOf(error)));
      },
    );
  }

  /**
   * The compare view: the baseline's graph and the comparison, asked once the view's own round is
   * in (the comparison is of the round the map shows) and again after every write to it.
   */
  private followComparison(s: ExplorerState): void {
    const baseline = s.view.compare;
    if (baseline === null) {
      this.asked.compare = '';
      if (s.comparison !== null) this.store.dispatch(comparisonLoaded(null));
      return;
    }
    const shown = s.round;
    if (shown === null || this.landed !== this.asked.round) return;
    const key = `${s.dataVersion}|${formatRoundRef(shown)}|${baseline}`;
    if (key === this.asked.compare) return;
    this.asked.compare = key;
    if (s.comparison === null) this.store.dispatch(comparisonLoaded(LOADING));
    const both = Promise.all([
      fetchGraph({ mapping: shown.mapping, round: baseline }, this.signal),
      fetchComparison(shown.mapping, baseline, shown.round, this.signal),
    ]).then(([before, result]) => ({ before: graphFromSerialized(before.graph), result }));
    void settle(both).then((load) => {
      if (this.asked.compare === key && !this.signal.aborted) this.store.dispatch(comparisonLoaded(load));
    });
  }
}
