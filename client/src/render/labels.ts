// Feeds the placement of label-placement.ts to sigma. Sigma is told to offer every node's label
// (no grid thinning, no size threshold) and to draw each with `draw`; the first call of a frame
// places all labels at once from the frame's camera, later calls draw what was placed. Which
// nodes ask for a label depends on the mode: all, the most important, or none (the selection
// and other forced labels are always asked for). A hovered or selected node shows its full name
// in a box where its label was placed (drawHover), so it never covers a neighbour's label twice.
import type Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';
import type { LabelMode } from '../state/view-state.ts';
import { placeLabels, type LabelRequest, type PlacedLabel, type Variant } from './label-placement.ts';

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

interface Ranked extends LabelRequest {
  rank: number;
  size: number;
}

/** Highlighted (selected) first, then forced labels, then the highlight, then bigger nodes. */
function byImportance(a: Ranked, b: Ranked): number {
  return b.rank - a.rank || b.size - a.size || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

export class LabelLayer {
  mode: LabelMode = 'all';
  private sigma: Sigma | null = null;
  private placed = new Map<string, PlacedLabel>();
  private due = true;
  private font = '';
  /** Each text's shortenings and their widths in the current font, kept across frames. */
  private readonly variants: Map<string, Variant[]> = new Map();
  /** The label boxes drawn in the last frame (read by the tests' hook). */
  private drawn: PlacedLabel[] = [];
  /** Placement cost per frame (read by the benchmark). */
  readonly stats = { frames: 0, lastMs: 0, maxMs: 0, totalMs: 0 };

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
    });
  }

  /** The placement cost so far, counted afresh from now on. */
  takeStats(): LabelLayer['stats'] {
    const taken = { ...this.stats };
    Object.assign(this.stats, { frames: 0, lastMs: 0, maxMs: 0, totalMs: 0 });
    return taken;
  }

  get rendered(): PlacedLabel[] {
    return this.drawn;
  }

  readonly draw = (context: CanvasRenderingContext2D, data: LabelData, settings: Settings): void => {
    if (this.due) {
      this.due = false;
      this.place(context, settings);
    }
    const label = data.key === undefined ? undefined : this.placed.get(data.key);
    if (!label) return;
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
  };

  /**
   * The hover layer: a shadowed disc under the node (sigma draws the node over it) and the full
   * name in a box where the label was placed, or to the right of a node without one.
   */
  readonly drawHover = (context: CanvasRenderingContext2D, data: LabelData, settings: Settings): void => {
    const placed = data.key === undefined ? undefined : this.placed.get(data.key);
    const text = data.label ?? '';
    context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    const w = context.measureText(text).width;
    const h = settings.labelSize + LEADING;
    const box = placed?.box ?? { x: data.x + data.size + 3, y: data.y - h / 2, w, h };
    // A shortened label placed on the node's left grows leftwards, so the box stays by the node.
    const x = placed && box.x + box.w <= data.x ? box.x + box.w - w : box.x;
    context.save();
    context.fillStyle = '#fff';
    context.shadowBlur = 8;
    context.shadowColor = 'rgba(0,0,0,0.45)';
    context.beginPath();
    context.arc(data.x, data.y, data.size + 2, 0, Math.PI * 2);
    context.fill();
    if (text !== '') context.fillRect(x - 3, box.y - 2, w + 6, h + 4);
    context.restore();
    if (text === '') return;
    context.textBaseline = 'middle';
    context.fillStyle = settings.labelColor.color ?? '#000';
    context.fillText(text, x, box.y + h / 2);
  };

  private place(context: CanvasRenderingContext2D, settings: Settings): void {
    const sigma = this.sigma;
    if (!sigma) return;
    const started = performance.now();
    const font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    if (font !== this.font) {
      this.font = font;
      this.variants.clear();
    }
    context.font = font;
    const measure = (text: string): number => context.measureText(text).width;
    const { width, height } = sigma.getDimensions();
    const requests = this.requests(sigma, width, height);
    const options = { width, height, lineHeight: settings.labelSize + LEADING, measure };
    this.placed = new Map(placeLabels(requests, options, this.variants).map((l) => [l.key, l]));
    this.drawn = [];
    const ms = performance.now() - started;
    this.stats.frames++;
    this.stats.lastMs = ms;
    this.stats.totalMs += ms;
    this.stats.maxMs = Math.max(this.stats.maxMs, ms);
  }

  /** The nodes in view that ask for a label under the mode, most important first. */
  private requests(sigma: Sigma, width: number, height: number): Ranked[] {
    const all: Ranked[] = [];
    sigma.getGraph().forEachNode((key) => {
      const data = sigma.getNodeDisplayData(key);
      if (!data || data.hidden || typeof data.label !== 'string' || data.label === '') return;
      const { x, y } = sigma.framedGraphToViewport(data);
      const r = sigma.scaleSize(data.size);
      if (x + r < 0 || y + r < 0 || x - r > width || y - r > height) return;
      const rank = (data.highlighted ? 4 : 0) + (data.forceLabel ? 2 : 0) + (data.zIndex > 0 ? 1 : 0);
      all.push({ key, x, y, r, text: data.label, rank, size: data.size });
    });
    all.sort(byImportance);
    if (this.mode === 'all') return all;
    // Sorted, the forced labels come first.
    const forced = all.findIndex((n) => n.rank < 2);
    const kept = forced === -1 ? all.length : forced;
    return all.slice(0, this.mode === 'none' ? kept : Math.max(kept, IMPORTANT_LABELS));
  }
}
