// The explorer put together: one store (state.ts), the loader that fills it, the map that draws
// it, the URL that follows it, and the views main.ts subscribes. It implements ExplorerContext
// for the views by reading the store; dispose() takes all of it down again.
import type Sigma from 'sigma';
import { readyValue, type Load } from '../api/problem.ts';
import type { PredictedLinksResult } from '../api/analytics.ts';
import { filterGraph } from '../graph/filter.ts';
import type { Positions } from '../graph/sync.ts';
import { i18n, type Lang } from '../i18n/i18n.ts';
import { Store } from '../state/store.ts';
import { FILTER_KEYS, type FilterKey, type ViewState } from '../state/view-state.ts';
import { byId } from '../ui/dom.ts';
import { confirmDeleteActor, confirmDeleteTie } from '../ui/delete.ts';
import { openDuplicates } from '../ui/duplicates.ts';
import { openHistory } from '../ui/history.ts';
import { confirmSaveLayout } from '../ui/save-layout.ts';
import { apiKey } from '../api/http.ts';
import { keepFirstPositions, saveRoundPositions } from '../api/layout.ts';
import { roundIn } from '../api/rounds.ts';
import type { ExplorerContext, TieEditRequest } from './context.ts';
import { predictedKey, writable } from './derive.ts';
import { legendRows, sourceLine, type ExportFrame } from './export-frame.ts';
import { Loader, type Prefetched } from './loader.ts';
import { MapView } from './map-view.ts';
import { firstLayoutKept, initialState, langChanged, layoutSaved, tableSorted, viewChanged, type ExplorerState } from './state.ts';
import { syncUrl } from './url-sync.ts';

export { prefetch } from './loader.ts';

export type View = (ctx: ExplorerContext) => void;

export class Explorer implements ExplorerContext {
  readonly store: Store<ExplorerState>;
  private readonly map: MapView;
  private readonly loader: Loader;
  private readonly stopUrlSync: () => void;
  private disposed = false;
  editActor: (id?: string) => void = () => {};
  editTie: (request: TieEditRequest) => void = () => {};
  openImport: () => void = () => {};

  constructor(view: ViewState, lang: Lang, container: HTMLElement) {
    this.store = new Store(initialState(view, lang));
    // The language's strings first, then the map, so every later subscriber sees both current.
    this.store.subscribe((s, previous) => {
      if (s.lang !== previous.lang) i18n.set(s.lang);
    });
    this.map = new MapView(container, this.store);
    // The first graph is a first draw (the camera goes to a selection the link names).
    this.store.subscribe((s, previous) => this.map.update(s, previous.dataVersion === 0 ? null : previous));
    this.stopUrlSync = syncUrl(this.store);
    this.loader = new Loader(this.store);
  }

  private get s(): ExplorerState {
    return this.store.getState();
  }

  get state(): ViewState {
    return this.s.view;
  }
  get round() {
    return this.s.view.round;
  }
  get shownRound() {
    return this.s.round;
  }
  get roundProblem() {
    return this.s.roundProblem;
  }
  get rounds() {
    return this.s.rounds;
  }
  get comparison() {
    return this.s.comparison;
  }
  reloadRounds(): Promise<void> {
    return this.loader.reloadRounds();
  }
  get data() {
    return this.s.data;
  }
  get display() {
    return this.map.display;
  }
  get sources() {
    return this.s.sources;
  }
  get health() {
    return this.s.health;
  }
  get writable() {
    return writable(this.s);
  }
  get neighbourhoods() {
    return this.s.neighbourhoods;
  }
  get catalogue() {
    return this.s.catalogue;
  }
  get analyticsAvailable() {
    return this.s.analyticsAvailable;
  }
  get centrality() {
    return readyValue(this.s.centrality) ?? new Map<string, Map<string, number>>();
  }
  get centralityProblem() {
    const c = this.s.centrality;
    return c?.state === 'failed' ? c.problem : null;
  }
  get gaps() {
    return this.s.gaps;
  }
  get tableSort() {
    return this.s.tableSort;
  }
  get legend() {
    return this.map.legend;
  }
  get layoutRunning(): boolean {
    return this.s.layoutRunning;
  }
  get positionsUnsaved(): boolean {
    return this.s.positionsUnsaved;
  }

  predictedFor(actor: string): Load<PredictedLinksResult> | undefined {
    return this.s.predicted.get(predictedKey(actor, this.s.view));
  }

  dispatch(update: (state: ViewState) => ViewState): void {
    this.store.dispatch(viewChanged(update), { deliberate: true });
  }

  sortTable(column: string, numeric: boolean, higherIsMore?: boolean): void {
    this.store.dispatch(tableSorted(column, numeric, higherIsMore));
  }

  retry(): void {
    this.loader.retry();
  }

  filtersHiding(id: string): FilterKey[] {
    const { data, view } = this.s;
    if (this.display.hasNode(id) || !data.hasNode(id)) return [];
    const whole = { ...view, ego: 0 as const, selected: null };
    return FILTER_KEYS.filter((k) => view[k].length > 0 && filterGraph(data, { ...whole, [k]: [] }).hasNode(id));
  }

  /** A view renders from the context after every change (the first one is the graph's arrival). */
  addView(view: View): void {
    this.store.subscribe(() => view(this));
  }

  async load(pending?: Prefetched): Promise<void> {
    await this.loader.load(pending);
    const computed = await this.map.layOutFirst();
    if (computed !== null && this.writable && (!this.s.health?.writesNeedKey || apiKey.get())) void this.keepFirstLayout(computed);
  }

  /**
   * The round had no layout and this visitor may write: the first layout just drawn becomes the
   * round's, so every later visitor gets this picture and an edit moves nothing already placed.
   * A round that got one meanwhile (412), or a refused key, keeps things as they are: the next
   * load draws whatever the round holds.
   */
  private async keepFirstLayout(positions: Positions): Promise<void> {
    try {
      await keepFirstPositions(positions, this.s.view.round);
      if (!this.disposed) this.store.dispatch(firstLayoutKept(positions));
    } catch {
      // Nothing to tell the visitor: the map shows the same picture either way.
    }
  }

  /**
   * After an edit or a delete: reload the graph; positions are kept, new actors start near
   * their ties, and a selection (or focus) on an actor that is gone is dropped, URL included.
   */
  reload(): Promise<void> {
    return this.loader.reload();
  }

  deleteActor(id: string): void {
    confirmDeleteActor(this, byId<HTMLDialogElement>('edit-dialog'), id);
  }

  deleteTie(id: string): void {
    confirmDeleteTie(this, byId<HTMLDialogElement>('edit-dialog'), id);
  }

  openHistory(): void {
    void openHistory(this, byId<HTMLDialogElement>('edit-dialog'));
  }

  openDuplicates(): void {
    void openDuplicates(this, byId<HTMLDialogElement>('edit-dialog'));
  }

  toggleLayout(): void {
    this.map.layout.toggle();
  }

  saveLayout(): void {
    confirmSaveLayout(this, byId<HTMLDialogElement>('edit-dialog'), async () => {
      const positions = this.map.positionsNow();
      await saveRoundPositions(positions, this.store.getState().view.round);
      this.store.dispatch(layoutSaved(positions));
    });
  }

  setLang(lang: Lang): void {
    localStorage.setItem('samverkan.lang', lang);
    this.store.dispatch(langChanged(lang));
  }

  /** What frames an exported picture: the mapping and round by name, today's date, legend and sources. */
  private exportFrame(): ExportFrame {
    const { round: ref, rounds } = this.s;
    const mapping = rounds.find((m) => m.mapping.id === ref?.mapping)?.mapping;
    const round = roundIn(rounds, ref);
    const names = mapping && round ? { mapping: mapping.name, round: round.label } : null;
    const { display } = this;
    const shown = i18n.t('actorsShown', {
      n: display.filterNodes((_, a) => a.kind === 'actor').length,
      m: display.filterEdges((_, a) => a.kind === 'collaboration').length,
    });
    return {
      title: names?.mapping ?? i18n.t('appTitle'),
      subtitle: names === null ? shown : `${names.round} · ${shown}`,
      date: new Date().toLocaleDateString(i18n.lang === 'sv' ? 'sv-SE' : 'en-GB', { year: 'numeric', month: 'long', day: 'numeric' }),
      source: sourceLine(this.sources.values(), i18n.lang, location.origin),
      legend: legendRows(this.map.legend, i18n.lang),
    };
  }

  async exportPng(): Promise<void> {
    const { downloadPng } = await import('./export-image.ts');
    await downloadPng(this.map.sigma as unknown as Sigma, this.exportFrame());
  }

  async exportSvg(): Promise<void> {
    const { downloadSvg } = await import('./export-image.ts');
    const labels = this.map.labels.rendered.map((l) => ({ text: l.text, ...l.box }));
    downloadSvg(this.map.sigma as unknown as Sigma, this.exportFrame(), labels);
  }

  exportGexf(): void {
    void import('./exports.ts').then((m) => m.exportGexf(this.display, this.map.sigma));
  }

  exportJson(): void {
    void import('./exports.ts').then((m) => m.exportJson(this.display));
  }

  /** Takes the explorer down: no listener, request, layout worker or WebGL context is left. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.loader.dispose();
    this.stopUrlSync();
    this.store.clear();
    this.map.dispose();
  }

  /** Read-only hook for end-to-end tests and the benchmark. */
  testHook() {
    const { map } = this;
    return {
      renderedNodeCount: () => map.display.filterNodes((n) => !map.sigma.getNodeDisplayData(n)?.hidden).length,
      renderedEdgeCount: () => map.display.size,
      renderedNodeKeys: () => map.display.filterNodes((n) => !map.sigma.getNodeDisplayData(n)?.hidden),
      state: () => structuredClone(this.state),
      layoutRunning: () => map.layout.running,
      /** Every node's graph coordinates now (what Save layout stores). */
      positions: () => Object.fromEntries(map.positionsNow()),
      stopLayout: () => map.layout.stop(),
      startLayout: () => map.layout.start(),
      layoutStats: () => ({ ...map.layout.stats, streaming: map.layout.streaming, sweeping: map.layout.sweeping }),
      outlinedCount: () => map.outlinedCount,
      highlightedNodes: () => map.highlightedNodes,
      /** The colour sigma draws a tie (or a node's ring) in now; null when it is not drawn. */
      edgeColor: (key: string) => map.sigma.getEdgeDisplayData(key)?.color ?? null,
      nodeBorder: (key: string) => (map.sigma.getNodeDisplayData(key) as { borderColor?: string } | undefined)?.borderColor ?? null,
      /** The label boxes drawn in the last frame, in viewport pixels. */
      renderedLabels: () => map.labels.rendered.map((l) => ({ key: l.key, text: l.text, ...l.box })),
      /** The name the hover layer last drew for a node and its box, in viewport pixels; null if never hovered. */
      hoverLabel: (key: string) => map.labels.hoverOf(key),
      /** Whether labels of the frame shown are still being placed (in slices, see render/labels.ts). */
      labelsPlacing: () => map.labels.placing,
      /** Label placement per frame (ms) since the last call (the benchmark reads it around a pan). */
      takeLabelTimings: () => map.labels.takeTimings(),
      dispose: () => this.dispose(),
      /** The renderer, for the benchmark's camera moves; tests must not change the graph. */
      renderer: map.sigma as unknown as Sigma,
    };
  }
}
