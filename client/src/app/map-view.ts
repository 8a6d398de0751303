// The map: a view of the store like the panels, but one that owns sigma, the layout worker and the
// display graph (the filtered graph, kept in sync in place so positions survive filtering). On
// every change it re-derives what the state implies (derive.ts) and moves the camera when the
// selection or the focus moved, unless the view holds a camera (moved by hand, or from the link);
// dispose() releases sigma's WebGL contexts and the worker.
import { getCameraStateToFitViewportToNodes } from '@sigma/utils';
import Graph from 'graphology';
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import { EMPTY_APPEARANCE, computeHighlight, edgeAppearance, nodeAppearance, type AppearanceContext } from '../graph/appearance.ts';
import { filterGraph } from '../graph/filter.ts';
import { legendModel, type LegendModel } from '../graph/legend.ts';
import type { DataGraph, EdgeAttrs, NodeAttrs } from '../graph/model.ts';
import { completePositions, placeNear, seedRadius, syncGraph, type Positions } from '../graph/sync.ts';
import { defaultLabelMode, LabelLayer } from '../render/labels.ts';
import { enableDrag } from '../render/drag.ts';
import { watchHandCamera, type HandCamera } from '../render/hand-camera.ts';
import { firstLayout } from '../render/first-layout.ts';
import { LayoutController } from '../render/layout.ts';
import { sigmaSettings } from '../render/settings.ts';
import { sameCamera, type CameraView } from '../state/camera.ts';
import type { Store } from '../state/store.ts';
import { select } from '../state/view-state.ts';
import { appearanceOf, displayKey, gapsOverlay, mapData, NO_OVERLAY, type Overlay } from './derive.ts';
import { layoutChanged, positionsMoved, viewChanged, type ExplorerState } from './state.ts';

/** Above this many edges, edges are hidden while the layout runs (see AppearanceContext). */
const HIDE_EDGES_ABOVE = 20_000;

/** How much wider than the focused nodes' bounding box the camera shows. */
const FIT_MARGIN = 1.4;

/** Whether a change touches what the map draws (a sort of the table or the layout's flag does not). */
function drawsDifferently(s: ExplorerState, previous: ExplorerState): boolean {
  return (
    s.view !== previous.view ||
    s.data !== previous.data ||
    s.gaps !== previous.gaps ||
    s.centrality !== previous.centrality ||
    s.catalogue !== previous.catalogue ||
    s.comparison !== previous.comparison ||
    s.lang !== previous.lang
  );
}

/** Whether the view selects an actor or focuses something, which the camera then frames. */
const holdsSomething = (v: ExplorerState['view']): boolean => v.selected !== null || v.focus !== null;

export class MapView {
  readonly display: DataGraph = new Graph<NodeAttrs, EdgeAttrs>({ type: 'undirected', multi: true });
  readonly sigma: Sigma<NodeAttrs, EdgeAttrs>;
  readonly layout: LayoutController;
  readonly labels = new LabelLayer();
  legend: LegendModel;
  private readonly positions: Positions = new Map();
  private appearance: AppearanceContext = EMPTY_APPEARANCE;
  private hovered: string | null = null;
  /** What the display graph was last synced from: the view's filters, the graph and the predicted ties. */
  private synced: { key: string; data: DataGraph | null; predicted: unknown } = { key: '', data: null, predicted: null };
  /** The gaps answers and the selection the overlay was derived from. */
  private overlayOf: { gaps: ExplorerState['gaps']; selected: string | null } = { gaps: null, selected: null };
  private overlay: Overlay = NO_OVERLAY;
  private readonly resizes: ResizeObserver;
  private readonly hand: HandCamera;
  /** The view's camera as the map shows it (applied from a link, or moved by hand); null: the map's own fits. */
  private cameraShown: CameraView | null = null;

  constructor(
    container: HTMLElement,
    private readonly store: Store<ExplorerState>,
  ) {
    this.sigma = new Sigma<NodeAttrs, EdgeAttrs>(this.display, container, {
      ...(sigmaSettings() as Partial<Settings<NodeAttrs, EdgeAttrs>>),
      ...(this.labels.settings() as Partial<Settings<NodeAttrs, EdgeAttrs>>),
      allowInvalidContainer: true,
      nodeReducer: (key, attrs) => nodeAppearance(key, attrs, this.appearance),
      edgeReducer: (key, attrs) => edgeAppearance(key, attrs, this.appearance),
    });
    this.labels.attach(this.sigma as unknown as Sigma);
    this.legend = legendModel(this.display, this.appearance, null);
    this.layout = new LayoutController(this.display, this.sigma);
    // Panels opening and closing resize the map; sigma only listens to the window by itself.
    // What the camera framed is framed again in the new size (a camera held by the view stays).
    this.resizes = new ResizeObserver(() => {
      this.sigma.resize();
      this.sigma.refresh({ skipIndexation: true });
      if (store.getState().view.camera === null) this.focusCamera(false);
    });
    this.resizes.observe(container);
    this.layout.onChange((running) => this.layoutMoved(running));
    const drag = enableDrag(
      this.sigma as unknown as Sigma,
      this.display,
      () => this.layout.stop(),
      () => {
        this.layout.positionsChanged();
        if (drag.endedDrag()) store.dispatch(positionsMoved);
      },
    );
    this.hand = watchHandCamera(this.sigma as unknown as Sigma, (camera) => {
      this.cameraShown = camera;
      store.dispatch(viewChanged((v) => ({ ...v, camera })));
    });
    const dispatchView = (update: Parameters<typeof viewChanged>[0]) => store.dispatch(viewChanged(update), { deliberate: true });
    this.sigma.on('clickNode', ({ node }) => {
      if (drag.endedDrag()) return;
      if (this.display.getNodeAttribute(node, 'kind') === 'actor') dispatchView((v) => select(v, node));
    });
    this.sigma.on('clickStage', () => dispatchView((v) => select(v, null)));
    this.sigma.on('enterNode', ({ node }) => this.hover(node));
    this.sigma.on('leaveNode', () => this.hover(null));
  }

  /** Re-derives the map from the state; `previous` null = everything is new (the first draw). */
  update(s: ExplorerState, previous: ExplorerState | null): void {
    if (previous !== null && !drawsDifferently(s, previous)) return;
    if (s.gaps !== this.overlayOf.gaps || s.view.selected !== this.overlayOf.selected) {
      this.overlay = gapsOverlay(s.gaps, s.view.selected);
      this.overlayOf = { gaps: s.gaps, selected: s.view.selected };
    }
    const key = displayKey(s.view);
    const predicted = this.overlay.suggestions;
    const data = mapData(s);
    if (key !== this.synced.key || data !== this.synced.data || predicted !== this.synced.predicted) {
      syncGraph(this.display, filterGraph(data, s.view, this.overlay.suggestions), this.positions);
      this.synced = { key, data, predicted };
    }
    this.labels.mode = s.view.labels ?? defaultLabelMode(this.display.order);
    this.appearance = appearanceOf(s, this.display, this.overlay.outlined, this.hovered, Boolean(this.appearance.hideEdges));
    this.sigma.refresh({ skipIndexation: true });
    const metric = s.catalogue.find((m) => m.id === s.view.metric);
    this.legend = legendModel(this.display, this.appearance, metric ? metric.label[s.lang] : null);
    const v = s.view;
    const letGo = previous !== null && holdsSomething(previous.view) && !holdsSomething(v);
    // A camera the map does not show yet came with the link or a history entry: it replaces the fit.
    if (v.camera !== null && !sameCamera(v.camera, this.cameraShown)) this.showCamera(v.camera);
    else if (letGo || (v.camera === null && this.cameraShown !== null)) this.refit();
    else if (
      previous === null ||
      previous.view.selected !== v.selected ||
      previous.view.ego !== v.ego ||
      previous.view.view !== v.view ||
      JSON.stringify(previous.view.focus) !== JSON.stringify(v.focus)
    )
      this.focusCamera();
  }

  /**
   * Places every node where the round's saved layout has it, or, when none was saved, where the
   * first layout of the whole graph puts it (first-layout.ts); the layout an analyst runs starts
   * from there. Nodes a filter hides get their place when they return. Resolves to the first
   * layout when one was computed (and drawn), for the round to keep; else null.
   */
  async layOutFirst(): Promise<Positions | null> {
    const { data, savedPositions } = this.store.getState();
    if (data.order === 0) return null;
    const computed = savedPositions === null ? await firstLayout(data) : null;
    const placed = computed ?? completePositions(data, savedPositions!);
    if (data !== this.store.getState().data || this.layout.running) return null;
    for (const [node, p] of placed) this.positions.set(node, p);
    this.display.updateEachNodeAttributes((node, attrs) => ({ ...attrs, ...placed.get(node) }), { attributes: ['x', 'y'] });
    // What the round itself lacks (in the compare view, the actors that left) goes beside a partner.
    const radius = seedRadius(this.display.order);
    for (const node of this.display.filterNodes((n) => !placed.has(n))) {
      const p = placeNear(this.display, node, this.positions, radius);
      this.positions.set(node, p);
      this.display.mergeNodeAttributes(node, p);
    }
    this.layout.positionsChanged();
    this.frameAfterMove();
    return computed;
  }

  private layoutMoved(running: boolean): void {
    // A layout moves everything: the map frames the whole graph again (see drag.ts).
    if (running) {
      this.sigma.setCustomBBox(null);
      this.store.dispatch(positionsMoved);
    }
    const hideEdges = running && this.display.size > HIDE_EDGES_ABOVE;
    if (hideEdges !== Boolean(this.appearance.hideEdges)) {
      this.appearance = { ...this.appearance, hideEdges };
      // A streaming layout hands every edge to sigma again within its first sweep; otherwise
      // re-reduce now, drawn together with the layout's last push.
      if (!(running && this.layout.streaming)) this.sigma.refresh({ schedule: true });
    }
    // The selected actor (or the focused tie) moved while the layout ran: bring it back into view.
    if (!running) this.frameAfterMove();
    this.store.dispatch(layoutChanged(running));
  }

  private hover(node: string | null): void {
    this.hovered = node;
    const { view } = this.store.getState();
    if (view.selected !== null || view.focus !== null) return;
    this.appearance = { ...this.appearance, highlight: computeHighlight(this.display, node, null) };
    this.sigma.refresh({ skipIndexation: true });
  }

  /** After positions moved: sigma re-indexes now (not at the next frame), so the fit sees them. */
  private frameAfterMove(): void {
    const { view } = this.store.getState();
    if (!holdsSomething(view) || view.camera !== null) return;
    this.sigma.refresh();
    this.focusCamera();
  }

  /**
   * Fits the camera to what the selection or a gaps-view focus highlights (an ego network, a
   * search hit and its partners, a tie, a mixing cell), inside the map's own box, which the side
   * panels never cover; with nothing selected or focused the camera stays where the analyst left it
   * (or, when a selection is let go, shows the whole map: frameWhole).
   */
  private focusCamera(animate = true): void {
    const { view } = this.store.getState();
    if (view.view !== 'map' || !holdsSomething(view)) return;
    // An ego view shows only the neighbourhood it counts (2 steps: more than the highlight, which is
    // the actor and its partners): all of it is framed.
    const shown = view.ego > 0 && view.selected !== null ? this.display.nodes() : [...(this.appearance.highlight?.nodes ?? [])];
    const nodes = shown.filter((n) => this.sigma.getNodeDisplayData(n));
    if (nodes.length === 0) return;
    this.fitting();
    const camera = this.sigma.getCamera();
    const fit = getCameraStateToFitViewportToNodes(this.sigma as unknown as Sigma, nodes);
    // The fit puts the outermost nodes on the edge of the map; leave them (and labels) room, but
    // never show less than the whole map does.
    const ratio = nodes.length === 1 ? Math.min(camera.ratio, 0.8) : Math.min(1, fit.ratio * FIT_MARGIN);
    const target = { x: fit.x, y: fit.y, ratio };
    if (animate) void camera.animate(target, { duration: 400 });
    else camera.setState(target);
  }

  /**
   * A selection or focus let go (its panel closed, the stage clicked): the camera had gone to it,
   * so it comes back to the whole map, in the map's box as it is now.
   */
  private frameWhole(): void {
    if (this.store.getState().view.view !== 'map') return;
    this.fitting();
    void this.sigma.getCamera().animate({ x: 0.5, y: 0.5, ratio: 1 }, { duration: 400 });
  }

  /** The view let go of its camera (Back to an entry without one): the map frames what it would by itself. */
  private refit(): void {
    if (holdsSomething(this.store.getState().view)) this.focusCamera();
    else this.frameWhole();
  }

  private showCamera(camera: CameraView): void {
    this.hand.takeOver();
    this.cameraShown = camera;
    this.sigma.getCamera().setState(camera);
  }

  /** The map moves the camera by itself: a camera the view held is let go, and the link shows the fit. */
  private fitting(): void {
    this.hand.takeOver();
    this.cameraShown = null;
    if (this.store.getState().view.camera !== null) this.store.dispatch(viewChanged((v) => ({ ...v, camera: null })));
  }

  /** Where every node of the whole graph is now: on the map, or where it was before a filter hid it. */
  positionsNow(): Positions {
    const { data } = this.store.getState();
    const now: Positions = new Map();
    data.forEachNode((node) => {
      const shown = this.display.hasNode(node) ? this.display.getNodeAttributes(node) : null;
      const p = shown && typeof shown.x === 'number' && typeof shown.y === 'number' ? { x: shown.x, y: shown.y } : this.positions.get(node);
      if (p) now.set(node, p);
    });
    return now;
  }

  /** Read by the tests' hook: what is drawn and highlighted. */
  get outlinedCount(): number {
    return this.appearance.outlined.size;
  }

  get highlightedNodes(): string[] {
    return [...(this.appearance.highlight?.nodes ?? [])];
  }

  /** Stops the layout worker, then lets sigma release its WebGL contexts and listeners. */
  dispose(): void {
    this.resizes.disconnect();
    this.hand.dispose();
    this.layout.kill();
    this.sigma.kill();
  }
}
