// Collision-aware label placement in screen space (issue #12, item 1). Sigma's own label grid
// keeps one label per cell and lets the rest overlap or vanish; here every label is tried, in
// order of importance, at a few positions around its node, then shortened with an ellipsis,
// and kept only where it covers no label placed before it (and, when possible, no node).
// Pure: the renderer glue (labels.ts) measures text and draws what this returns.

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A node that wants a label: its centre and rendered radius in viewport pixels. */
export interface LabelRequest {
  key: string;
  x: number;
  y: number;
  r: number;
  text: string;
}

export interface PlacedLabel {
  key: string;
  text: string;
  /** Whether the text was shortened (the full name is then shown on hover). */
  shortened: boolean;
  box: Box;
}

export interface PlacementOptions {
  width: number;
  height: number;
  /** Text height in pixels (the label font size). */
  lineHeight: number;
  /** Text width in pixels; called once per distinct string, so callers may cache. */
  measure: (text: string) => number;
}

/** Gap between a node's rim and its label, and the air kept around every label. */
const GAP = 3;
const PADDING = 1;
/** The shortest shortened label: fewer characters than this say nothing. */
const MIN_CHARS = 6;
/** Bucket size of the spatial hash; about one short label wide. */
const CELL = 48;

/**
 * Candidate boxes around a node, best first: right (how maps usually read), left, above, below,
 * then the four diagonals; `away` pushes the ring outwards (a second ring for crowded spots).
 */
function ring(req: LabelRequest, w: number, h: number, away: number): Box[] {
  const { x, y } = req;
  const r = req.r + away;
  const d = r + GAP;
  const k = r * Math.SQRT1_2 + GAP;
  return [
    { x: x + d, y: y - h / 2, w, h },
    { x: x - d - w, y: y - h / 2, w, h },
    { x: x - w / 2, y: y - d - h, w, h },
    { x: x - w / 2, y: y + d, w, h },
    { x: x + k, y: y - k - h, w, h },
    { x: x + k, y: y + k, w, h },
    { x: x - k - w, y: y - k - h, w, h },
    { x: x - k - w, y: y + k, w, h },
  ];
}

const candidates = (req: LabelRequest, w: number, h: number): Box[] => [...ring(req, w, h, 0), ...ring(req, w, h, h)];

/** The full text, then shorter prefixes ending in an ellipsis, longest first. */
export function shortenings(text: string): string[] {
  const out = [text];
  const chars = [...text];
  for (let n = Math.floor(chars.length * 0.7); n >= MIN_CHARS; n = Math.floor(n * 0.7)) {
    out.push(`${chars.slice(0, n).join('').trimEnd()}…`);
  }
  return out;
}

const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Boxes bucketed by the cells they touch, so a query looks at its neighbourhood only. */
class SpatialHash {
  private readonly cells = new Map<number, Box[]>();

  private *keys(b: Box): Generator<number> {
    const x0 = Math.floor(b.x / CELL);
    const x1 = Math.floor((b.x + b.w) / CELL);
    const y0 = Math.floor(b.y / CELL);
    const y1 = Math.floor((b.y + b.h) / CELL);
    for (let cx = x0; cx <= x1; cx++) for (let cy = y0; cy <= y1; cy++) yield cx * 100_003 + cy;
  }

  add(b: Box): void {
    for (const k of this.keys(b)) {
      const cell = this.cells.get(k);
      if (cell) cell.push(b);
      else this.cells.set(k, [b]);
    }
  }

  hits(b: Box, except?: Box): boolean {
    for (const k of this.keys(b)) {
      for (const other of this.cells.get(k) ?? []) if (other !== except && overlaps(b, other)) return true;
    }
    return false;
  }
}

const inside = (b: Box, width: number, height: number): boolean => b.x >= 0 && b.y >= 0 && b.x + b.w <= width && b.y + b.h <= height;

const padded = (b: Box): Box => ({ x: b.x - PADDING, y: b.y - PADDING, w: b.w + 2 * PADDING, h: b.h + 2 * PADDING });

/**
 * Places labels for `requests`, which come most important first. A label is kept at the first
 * candidate (full text before shortened) inside the viewport that overlaps no earlier label and no
 * other node; failing that, one that overlaps no earlier label; failing that, it is left out.
 */
export function placeLabels(requests: readonly LabelRequest[], options: PlacementOptions): PlacedLabel[] {
  const { width, height, lineHeight, measure } = options;
  const nodes = new SpatialHash();
  const discs = new Map<string, Box>();
  for (const req of requests) {
    const disc = { x: req.x - req.r, y: req.y - req.r, w: 2 * req.r, h: 2 * req.r };
    discs.set(req.key, disc);
    nodes.add(disc);
  }
  const labels = new SpatialHash();
  const placed: PlacedLabel[] = [];
  for (const req of requests) {
    const own = discs.get(req.key);
    const variants = shortenings(req.text).map((text) => ({ text, w: measure(text) }));
    const fits = (avoidNodes: boolean): PlacedLabel | null => {
      for (const [i, v] of variants.entries()) {
        for (const box of candidates(req, v.w, lineHeight)) {
          if (!inside(box, width, height)) continue;
          const air = padded(box);
          if (labels.hits(air) || (avoidNodes && nodes.hits(box, own))) continue;
          return { key: req.key, text: v.text, shortened: i > 0, box };
        }
      }
      return null;
    };
    const label = fits(true) ?? fits(false);
    if (label === null) continue;
    labels.add(label.box);
    placed.push(label);
  }
  return placed;
}
