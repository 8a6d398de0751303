// Feeds the placement of label-placement.ts to sigma. Sigma is told to offer every node's label
// (no grid thinning, no size threshold) and to draw each with `draw`; the first call of a frame
// places labels from the frame's camera, later calls draw what was placed. A frame spends at most
// SLICE_MS on it: what is left (a cold first frame, a big graph) is placed in the next animation
// frames and painted onto the same canvas, unless sigma draws a new frame first. Which
// nodes ask for a label depends on the mode: all, the most important, or none (the selection
// and other forced labels are always asked for). A hovered or selected node shows its full name
// in a box where its label was placed (drawHover), so it never covers a neighbour's label twice.
import type Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';
import type { LabelMode } from '../state/view-state.ts';
import { Placement, type Box, type LabelRequest, type Measured, type PlacedLabel } from './label-placement.ts';

/** Up to this many nodes every label is tried; above it only the most important by default. */
export const ALL_LABELS_UP_TO = 300;
/** How many labels "important" asks for among the nodes in view. */
export const IMPORTANT_LABELS = 60;

/** The mode the explorer uses when the analyst chose none. */
export function defaultLabelMode(order: number): LabelMode {
  return order <= ALL_LABELS_UP_TO ? 'all' : 'important';
}

/** What sigma passes a label drawer; it adds the node's key, which its type leaves out. */
type LabelData = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'> & { key?: string };

/** Line height over the font size: room for descenders, so stacked labels never touch. */
export const LEADING = 2;

/** The most a frame spends placing labels (a 60 fps frame is 16 ms); the rest waits a frame. */
const SLICE_MS = 5;

interface Ranked extends LabelRequest {
  rank: number;
  size: number;
}

/** Highlighted (selected) first, then forced labels, then the highlight, then bigger nodes. */
function byImportance(a: Ranked, b: Ranked): number {
  return b.rank - a.rank || b.size - a.size || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

const labelFont = (settings: Settings): string => `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;

/** One frame's placement, possibly spread over several slices: first gathering, then placing. */
interface Job {
  context: CanvasRenderingContext2D;
  settings: Settings;
  /** The graph's nodes and how many were looked at so far. */
  keys: string[];
  next: number;
  found: Ranked[];
  placement: Placement | null;
}

export class LabelLayer {
  mode: LabelMode = 'all';
  private sigma: Sigma | null = null;
  private placed = new Map<string, PlacedLabel>();
  private due = true;
  /** The placement of the frame on the canvas now, while it is not finished. */
  private job: Job | null = null;
  private font = '';
  /** Each text's widths in the current font (and its shortenings'), kept across frames. */
  private readonly measured: Map<string, Measured> = new Map();
  /** The label boxes drawn in the last frame (read by the tests' hook). */
  private drawn: PlacedLabel[] = [];
  /** Placement cost of each frame in milliseconds, oldest first (read by the benchmark). */
  private timings: number[] = [];
  /** The name the hover layer last drew for each node and its box (read by the tests' hook). */
  private readonly hoverDrawn = new Map<string, { text: string; box: Box }>();

  /** The settings that hand every label to `draw`; they override the label grid's. */
  settings(): Partial<Settings> {
    return {
      labelDensity: Number.MAX_SAFE_INTEGER,
      labelRenderedSizeThreshold: 0,
      defaultDrawNodeLabel: this.draw,
      defaultDrawNodeHover: this.drawHover,
    };
  }

  attach(sigma: Sigma): void {
    this.sigma = sigma;
    sigma.on('beforeRender', () => {
      this.due = true;
      this.job = null;
    });
    // A slice still waiting for its animation frame must not touch a killed renderer.
    sigma.on('kill', () => {
      this.job = null;
    });
    // The browser resolves a font the first time text is measured in it (15-100 ms, in one call
    // no slice can cut): have that done outside a frame, before the map has data to label.
    setTimeout(() => {
      const context = document.createElement('canvas').getContext('2d');
      if (!context) return;
      context.font = labelFont(sigma.getSettings());
      context.measureText('Samverkan');
    });
  }

  /** The placement cost of every frame so far, counted afresh from now on. */
  takeTimings(): number[] {
    const taken = this.timings;
    this.timings = [];
    return taken;
  }

  get rendered(): PlacedLabel[] {
    return this.drawn;
  }

  hoverOf(key: string): { text: string; box: Box } | null {
    return this.hoverDrawn.get(key) ?? null;
  }

  /** Whether the frame on the canvas still waits for some of its labels. */
  get placing(): boolean {
    return this.job !== null;
  }

  readonly draw = (context: CanvasRenderingContext2D, data: LabelData, settings: Settings): void => {
    if (this.due) {
      this.due = false;
      this.startFrame(context, settings);
    }
    const label = data.key === undefined ? undefined : this.placed.get(data.key);
    if (label) this.paint(context, label, settings);
  };

  private paint(context: CanvasRenderingContext2D, label: PlacedLabel, settings: Settings): void {
    const { box } = label;
    context.font = this.font;
    context.textBaseline = 'middle';
    // A white halo keeps the text readable over ties and dimmed nodes.
    context.lineJoin = 'round';
    context.lineWidth = 3;
    context.strokeStyle = 'rgba(255,255,255,0.9)';
    context.strokeText(label.text, box.x, box.y + box.h / 2);
    context.fillStyle = settings.labelColor.color ?? '#000';
    context.fillText(label.text, box.x, box.y + box.h / 2);
    this.drawn.push(label);
  }

  /**
   * The hover layer: a shadowed disc under the node (sigma draws the node over it) and the full
   * name in a box where the label was placed, or to the right of a node without one, kept inside the map.
   */
  readonly drawHover = (context: CanvasRenderingContext2D, data: LabelData, settings: Settings): void => {
    const placed = data.key === undefined ? undefined : this.placed.get(data.key);
    const text = data.label ?? '';
    context.font = labelFont(settings);
    const w = context.measureText(text).width;
    const h = settings.labelSize + LEADING;
    const box = placed?.box ?? { x: data.x + data.size + 3, y: data.y - h / 2, w, h };
    // A shortened label placed on the node's left grows leftwards, so the box stays by the node;
    // a name that would run off the map is moved in (a name wider than the map shows its start).
    const { width, height } = this.sigma?.getDimensions() ?? { width: Number.POSITIVE_INFINITY, height: Number.POSITIVE_INFINITY };
    const x = within(placed && box.x + box.w <= data.x ? box.x + box.w - w : box.x, w, width);
    const y = within(box.y, h, height);
    context.save();
    context.fillStyle = '#fff';
    context.shadowBlur = 8;
    context.shadowColor = 'rgba(0,0,0,0.45)';
    context.beginPath();
    context.arc(data.x, data.y, data.size + 2, 0, Math.PI * 2);
    context.fill();
    if (text !== '') context.fillRect(x - 3, y - 2, w + 6, h + 4);
    context.restore();
    if (text === '') return;
    if (data.key !== undefined) this.hoverDrawn.set(data.key, { text, box: { x, y, w, h } });
    context.textBaseline = 'middle';
    context.fillStyle = settings.labelColor.color ?? '#000';
    context.fillText(text, x, y + h / 2);
  };

  private startFrame(context: CanvasRenderingContext2D, settings: Settings): void {
    const sigma = this.sigma;
    if (!sigma) return;
    const font = labelFont(settings);
    if (font !== this.font) {
      this.font = font;
      this.measured.clear();
    }
    this.placed = new Map();
    this.drawn = [];
    const job: Job = { context, settings, keys: sigma.getGraph().nodes(), next: 0, found: [], placement: null };
    this.job = job;
    this.advance(sigma, job);
  }

  /** Goes on with the frame's placement in the next animation frame, unless sigma drew a new one. */
  private resume(sigma: Sigma, job: Job): void {
    requestAnimationFrame(() => {
      if (this.job !== job) return;
      for (const label of this.advance(sigma, job)) this.paint(job.context, label, job.settings);
    });
  }

  /** One slice of the job: gathers the nodes that ask for labels, then places them; returns the labels placed. */
  private advance(sigma: Sigma, job: Job): PlacedLabel[] {
    const started = performance.now();
    const late = () => performance.now() - started > SLICE_MS;
    const { width, height } = sigma.getDimensions();
    let fresh: PlacedLabel[] = [];
    while (job.next < job.keys.length && !late()) this.gather(sigma, job.keys[job.next++]!, width, height, job.found);
    if (job.next >= job.keys.length && !late()) {
      job.placement ??= this.startPlacement(job, width, height);
      fresh = job.placement.run(late);
      for (const label of fresh) this.placed.set(label.key, label);
    }
    this.timings.push(performance.now() - started);
    if (job.placement?.done) this.job = null;
    else this.resume(sigma, job);
    return fresh;
  }

  private startPlacement(job: Job, width: number, height: number): Placement {
    const { context, settings } = job;
    context.font = this.font;
    const measure = (text: string): number => context.measureText(text).width;
    const options = { width, height, lineHeight: settings.labelSize + LEADING, measure };
    return new Placement(this.chosen(job.found), options, this.measured);
  }

  /** Adds `key` to `found` when its node is in view and has a label. */
  private gather(sigma: Sigma, key: string, width: number, height: number, found: Ranked[]): void {
    const data = sigma.getNodeDisplayData(key);
    if (!data || data.hidden || typeof data.label !== 'string' || data.label === '') return;
    const { x, y } = sigma.framedGraphToViewport(data);
    const r = sigma.scaleSize(data.size);
    if (x + r < 0 || y + r < 0 || x - r > width || y - r > height) return;
    const rank = (data.highlighted ? 4 : 0) + (data.forceLabel ? 2 : 0) + (data.zIndex > 0 ? 1 : 0);
    found.push({ key, x, y, r, text: data.label, rank, size: data.size });
  }

  /** The nodes that ask for a label under the mode, most important first. */
  private chosen(all: Ranked[]): Ranked[] {
    if (this.mode === 'all') return all.sort(byImportance);
    // Forced labels always; "important" tops them up with the most important of the rest.
    const forced = all.filter((n) => n.rank >= 2).sort(byImportance);
    const room = this.mode === 'none' ? 0 : IMPORTANT_LABELS - forced.length;
    return room <= 0 ? forced : forced.concat(mostImportant(all, room));
  }
}

/** Where a run of `size` pixels starting at `start` begins once moved inside `0..room` (at 0 when it cannot fit). */
function within(start: number, size: number, room: number): number {
  return Math.max(0, Math.min(start, room - size));
}

/**
 * The `k` most important unforced nodes, in order, without sorting them all: on a 10k-node view
 * a full sort was the longest step of a frame's placement.
 */
function mostImportant(all: Ranked[], k: number): Ranked[] {
  const best: Ranked[] = [];
  for (const n of all) {
    if (n.rank >= 2 || (best.length === k && byImportance(n, best[k - 1]!) >= 0)) continue;
    let at = best.length;
    while (at > 0 && byImportance(n, best[at - 1]!) < 0) at--;
    best.splice(at, 0, n);
    if (best.length > k) best.pop();
  }
  return best;
}
