// The explorer's controller: holds the view state and derives, in order, the filtered display
// graph (kept in sync in place so positions survive), the appearance context sigma's reducers
// read, the legend, and the URL. Components re-render from it after every change.
import { getCameraStateToFitViewportToNodes } from '@sigma/utils';
import Graph from 'graphology';
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import type { CentralityValues, MetricDescriptor } from '../api/analytics.ts';
import * as analytics from '../api/analytics.ts';
import { fetchGraph, fetchHealth, fetchSources, type Health } from '../api/data.ts';
import type { Source } from '../domain.ts';
import { EMPTY_APPEARANCE, computeHighlight, edgeAppearance, nodeAppearance, sizesFor, type AppearanceContext } from '../graph/appearance.ts';
import { sizeScale } from '../graph/colors.ts';
import { filterGraph, type Suggestion } from '../graph/filter.ts';
import { legendModel, type LegendModel } from '../graph/legend.ts';
import { LOCAL_DEGREE, localDegree } from '../graph/local-metrics.ts';
import { graphFromSerialized, neighbourhoodsOf, type DataGraph, type EdgeAttrs, type NodeAttrs } from '../graph/model.ts';
import { syncGraph, type Positions } from '../graph/sync.ts';
import { i18n } from '../i18n/i18n.ts';
import { LayoutController, layoutDuration } from '../render/layout.ts';
import { sigmaSettings } from '../render/settings.ts';
import { formatViewState, historyAction } from '../state/url.ts';
import { FILTER_KEYS, select, withoutMissing, type FilterKey, type ViewState } from '../state/view-state.ts';
import { byId } from '../ui/dom.ts';
import { confirmDeleteActor, confirmDeleteTie } from '../ui/delete.ts';
import type { ExplorerContext, GapsData, TieEditRequest } from './context.ts';
import { gapsOverlay, analyticsFilter, filterKey } from './derive.ts';

export type View = (ctx: ExplorerContext) => void;

/** Above this many edges, edges are hidden while the layout runs (see AppearanceContext). */
const HIDE_EDGES_ABOVE = 20_000;

/** How much wider than the focused nodes' bounding box the camera shows. */
const FIT_MARGIN = 1.4;

/** Starts every first request at once; main.ts calls it before building sigma so they overlap. */
export function prefetch() {
  return Promise.all([
    fetchGraph(),
    fetchHealth().catch(() => null),
    fetchSources().catch(() => []),
    analytics.fetchCatalogue().catch(() => null),
  ]);
}

export class Explorer implements ExplorerContext {
  data: DataGraph = new Graph<NodeAttrs, EdgeAttrs>({ type: 'undirected', multi: true });
  readonly display: DataGraph = new Graph<NodeAttrs, EdgeAttrs>({ type: 'undirected', multi: true });
  readonly positions: Positions = new Map();
  sources = new Map<string, Source>();
  health: Health | null = null;
  neighbourhoods: string[] = [];
  catalogue: MetricDescriptor[] = [LOCAL_DEGREE];
  analyticsAvailable = false;
  centrality: CentralityValues = new Map();
  gaps: GapsData | null = null;
  legend!: LegendModel;
  sigma: Sigma<NodeAttrs, EdgeAttrs>;
  readonly layout: LayoutController;
  private appearance: AppearanceContext = EMPTY_APPEARANCE;
  private suggestions: Suggestion[] = [];
  private hovered: string | null = null;
  private readonly views: View[] = [];
  private analyticsKey = '';
  private gapsKey = '';
  private syncKey = '';
  private syncedSuggestions: Suggestion[] = [];
  /** When the last history entry was pushed (see historyAction). */
  private lastPush = -Infinity;
  editActor: (id?: string) => void = () => {};
  editTie: (request: TieEditRequest) => void = () => {};

  deleteActor(id: string): void {
    confirmDeleteActor(this, byId<HTMLDialogElement>('edit-dialog'), id);
  }

  deleteTie(id: string): void {
    confirmDeleteTie(this, byId<HTMLDialogElement>('edit-dialog'), id);
  }

  constructor(public state: ViewState, container: HTMLElement) {
    this.sigma = new Sigma<NodeAttrs, EdgeAttrs>(this.display, container, {
      ...(sigmaSettings() as Partial<Settings<NodeAttrs, EdgeAttrs>>),
      allowInvalidContainer: true,
      nodeReducer: (key, attrs) => nodeAppearance(key, attrs, this.appearance),
      edgeReducer: (key, attrs) => edgeAppearance(key, attrs, this.appearance),
    });
    this.layout = new LayoutController(this.display, this.sigma);
    // Panels opening and closing resize the map; sigma only listens to the window by itself.
    new ResizeObserver(() => {
      this.sigma.resize();
      this.sigma.refresh({ skipIndexation: true });
    }).observe(container);
    this.layout.onChange((running) => {
      const hideEdges = running && this.display.size > HIDE_EDGES_ABOVE;
      if (hideEdges !== Boolean(this.appearance.hideEdges)) {
        this.appearance = { ...this.appearance, hideEdges };
        // A streaming layout hands every edge to sigma again within its first sweep; otherwise
        // re-reduce now, drawn together with the layout's last push.
        if (!(running && this.layout.streaming)) this.sigma.refresh({ schedule: true });
      }
      // The selected actor (or the focused tie) moved while the layout ran: bring it back into view.
      if (!running) this.focusCamera();
      this.renderViews();
    });
    this.sigma.on('clickNode', ({ node }) => {
      if (this.display.getNodeAttribute(node, 'kind') === 'actor') this.dispatch((s) => select(s, node));
    });
    this.sigma.on('clickStage', () => this.dispatch((s) => select(s, null)));
    this.sigma.on('enterNode', ({ node }) => this.hover(node));
    this.sigma.on('leaveNode', () => this.hover(null));
  }

  get layoutRunning(): boolean {
    return this.layout.running;
  }

  filtersHiding(id: string): FilterKey[] {
    if (this.display.hasNode(id) || !this.data.hasNode(id)) return [];
    const whole = { ...this.state, ego: 0 as const, selected: null };
    return FILTER_KEYS.filter((k) => this.state[k].length > 0 && filterGraph(this.data, { ...whole, [k]: [] }).hasNode(id));
  }

  addView(view: View): void {
    this.views.push(view);
  }

  async load(pending: ReturnType<typeof prefetch> = prefetch()): Promise<void> {
    const [graph, health, sources, catalogue] = await pending;
    performance.mark('samverkan:data');
    this.health = health;
    this.sources = new Map(sources.map((s) => [s.id, s]));
    if (catalogue && catalogue.length > 0) {
      this.catalogue = catalogue;
      this.analyticsAvailable = true;
    }
    this.setData(graph);
    const first = this.positions.size === 0;
    this.apply(null);
    if (first) this.layout.start(layoutDuration(this.display.order));
  }

  /**
   * After an edit or a delete: reload the graph; positions are kept, new actors start near
   * their ties, and a selection (or focus) on an actor that is gone is dropped, URL included.
   */
  async reload(): Promise<void> {
    this.setData(await fetchGraph());
    this.state = withoutMissing(this.state, (id) => this.data.hasNode(id));
    this.analyticsKey = '';
    this.gapsKey = '';
    this.apply(null);
  }

  private setData(serialized: Parameters<typeof graphFromSerialized>[0]): void {
    this.data = graphFromSerialized(serialized);
    this.neighbourhoods = neighbourhoodsOf(this.data);
  }

  /** A change the analyst made: it gets a history entry, so Back undoes it. */
  dispatch(update: (state: ViewState) => ViewState): void {
    const previous = this.state;
    this.state = update(previous);
    if (this.state !== previous) this.apply(previous, true);
  }

  /** Back or Forward: show the state of that entry (the URL already says it). */
  restore(state: ViewState): void {
    const previous = this.state;
    this.state = state;
    this.lastPush = -Infinity;
    this.apply(previous);
  }

  /**
   * Derives everything that depends on the state; `previous` null = derive it all.
   * `deliberate` = the analyst's own move, which pushes a history entry.
   */
  private apply(previous: ViewState | null, deliberate = false): void {
    const s = this.state;
    const syncKey = JSON.stringify([s.areas, s.sectors, s.types, s.statuses, s.neighbourhoods, s.forums, s.ego, s.ego > 0 ? s.selected : null]);
    if (previous === null || syncKey !== this.syncKey || this.suggestions !== this.syncedSuggestions) {
      syncGraph(this.display, filterGraph(this.data, s, this.suggestions), this.positions);
      this.syncKey = syncKey;
      this.syncedSuggestions = this.suggestions;
    }
    const sizes = this.metricValues();
    this.appearance = {
      sizes: sizesFor(sizes, sizeScale(this.valuesShown(sizes)), this.display),
      selected: s.selected,
      highlight: computeHighlight(this.display, s.selected ?? this.hovered, s.focus),
      outlined: this.appearance.outlined,
      hideEdges: this.appearance.hideEdges,
    };
    if (s.gaps === null) this.appearance.outlined = new Set();
    this.sigma.refresh({ skipIndexation: true });
    const metric = this.catalogue.find((m) => m.id === s.metric);
    this.legend = legendModel(this.display, this.appearance, metric ? metric.label[i18n.lang] : null);
    const url = `${location.pathname}${formatViewState(s, i18n.lang)}`;
    const action = historyAction(`${location.pathname}${location.search}`, url, deliberate, performance.now() - this.lastPush);
    if (action === 'push') {
      history.pushState(null, '', url);
      this.lastPush = performance.now();
    } else if (action === 'replace') history.replaceState(null, '', url);
    if (previous === null || previous.selected !== s.selected || JSON.stringify(previous.focus) !== JSON.stringify(s.focus)) this.focusCamera();
    this.renderViews();
    void this.refreshAnalytics();
    void this.refreshGaps();
  }

  private metricValues(): Map<string, number> | null {
    const id = this.state.metric;
    if (id === 'none') return null;
    const fromApi = this.centrality.get(id);
    if (fromApi && fromApi.size > 0) return fromApi;
    return id === LOCAL_DEGREE.id ? localDegree(this.display) : null;
  }

  private valuesShown(values: Map<string, number> | null): number[] {
    if (values === null) return [];
    return this.display.filterNodes((n) => values.has(n)).map((n) => values.get(n)!);
  }

  private async refreshAnalytics(): Promise<void> {
    if (!this.analyticsAvailable) return;
    const key = filterKey(this.state);
    if (key === this.analyticsKey) return;
    this.analyticsKey = key;
    const values = await analytics.fetchCentrality(this.catalogue.map((m) => m.id), analyticsFilter(this.state)).catch(() => null);
    if (key !== this.analyticsKey) return;
    this.centrality = values ?? new Map();
    this.apply(this.state);
  }

  private async refreshGaps(): Promise<void> {
    const s = this.state;
    const key = s.gaps === null ? '' : `${s.gaps}|${filterKey(s)}`;
    if (key === this.gapsKey) return;
    this.gapsKey = key;
    if (s.gaps === null) {
      const had = this.suggestions.length > 0;
      this.gaps = null;
      this.suggestions = [];
      if (had) this.apply(s);
      return;
    }
    const f = analyticsFilter(s);
    const [reach, mixing, declared, predicted] = await Promise.all([
      analytics.fetchReachGaps(s.gaps, f).catch(() => null),
      analytics.fetchMixing(f).catch(() => null),
      analytics.fetchDeclared(f).catch(() => null),
      analytics.fetchPredicted(f, { limit: 15, crossSector: true }).catch(() => null),
    ]);
    if (key !== this.gapsKey) return;
    this.gaps = { reach, mixing, declared, predicted };
    const overlay = gapsOverlay(this.gaps);
    this.suggestions = overlay.suggestions;
    this.appearance = { ...this.appearance, outlined: overlay.outlined };
    this.apply(this.state);
  }

  private hover(node: string | null): void {
    this.hovered = node;
    if (this.state.selected !== null || this.state.focus !== null) return;
    this.appearance = { ...this.appearance, highlight: computeHighlight(this.display, node, null) };
    this.sigma.refresh({ skipIndexation: true });
  }

  /**
   * A gaps-view focus (a tie, a mixing cell) fits the camera to everything it highlights;
   * a selection alone centres on the selected actor.
   */
  private focusCamera(): void {
    if (this.state.view !== 'map') return;
    const camera = this.sigma.getCamera();
    const focused = this.state.focus ? [...(this.appearance.highlight?.nodes ?? [])].filter((n) => this.sigma.getNodeDisplayData(n)) : [];
    if (focused.length > 0) {
      const fit = getCameraStateToFitViewportToNodes(this.sigma as unknown as Sigma, focused);
      // The fit puts the outermost nodes on the edge of the map; leave them (and labels) room.
      const ratio = focused.length === 1 ? Math.min(camera.ratio, 0.8) : fit.ratio * FIT_MARGIN;
      void camera.animate({ x: fit.x, y: fit.y, ratio }, { duration: 400 });
      return;
    }
    const node = this.state.selected;
    if (node === null || !this.display.hasNode(node)) return;
    const data = this.sigma.getNodeDisplayData(node);
    if (data) void camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.ratio, 0.8) }, { duration: 400 });
  }

  renderViews(): void {
    for (const view of this.views) view(this);
  }

  toggleLayout(): void {
    this.layout.toggle();
  }

  setLang(lang: 'en' | 'sv'): void {
    i18n.set(lang);
    localStorage.setItem('samverkan.lang', lang);
    this.apply(this.state);
  }

  async exportPng(): Promise<void> {
    const { downloadAsPNG } = await import('@sigma/export-image');
    await downloadAsPNG(this.sigma as unknown as Sigma, { fileName: 'samverkan', backgroundColor: '#ffffff' });
  }

  exportGexf(): void {
    void import('./exports.ts').then((m) => m.exportGexf(this.display, this.sigma));
  }

  exportJson(): void {
    void import('./exports.ts').then((m) => m.exportJson(this.display));
  }

  /** Read-only hook for end-to-end tests and the benchmark. */
  testHook() {
    return {
      renderedNodeCount: () => this.display.filterNodes((n) => !this.sigma.getNodeDisplayData(n)?.hidden).length,
      renderedEdgeCount: () => this.display.size,
      renderedNodeKeys: () => this.display.filterNodes((n) => !this.sigma.getNodeDisplayData(n)?.hidden),
      state: () => structuredClone(this.state),
      layoutRunning: () => this.layout.running,
      stopLayout: () => this.layout.stop(),
      startLayout: () => this.layout.start(),
      layoutStats: () => ({ ...this.layout.stats, streaming: this.layout.streaming, sweeping: this.layout.sweeping }),
      outlinedCount: () => this.appearance.outlined.size,
      highlightedNodes: () => [...(this.appearance.highlight?.nodes ?? [])],
      /** The renderer, for the benchmark's camera moves; tests must not change the graph. */
      renderer: this.sigma as unknown as Sigma,
    };
  }
}
