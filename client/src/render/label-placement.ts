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
  /** Text width in pixels; called at most once per string and `measured` map. */
  measure: (text: string) => number;
}

/** Gap between a node's rim and its label, and the air kept around every label. */
const GAP = 3;
const PADDING = 1;
/** The shortest shortened label: fewer characters than this say nothing. */
const MIN_CHARS = 6;
/** Bucket size of the spatial hash; about one short label wide. */
const CELL = 48;

/** The full text, then shorter prefixes ending in an ellipsis, longest first. */
export function shortenings(text: string): string[] {
  const out = [text];
  const chars = [...text];
  for (let n = Math.floor(chars.length * 0.7); n >= MIN_CHARS; n = Math.floor(n * 0.7)) {
    out.push(`${chars.slice(0, n).join('').trimEnd()}…`);
  }
  return out;
}

/**
 * Where a label may go around its node, best first: right (how maps usually read), left, above,
 * below, then the four diagonals; two more rings, a line and two further out, for crowded spots.
 * `ax` says how the box hangs from the anchor (0 = grows right, 1 = grows left, 0.5 = centred),
 * so a shorter text's box always lies inside a longer one's at the same anchor.
 */
interface Anchor {
  dx: number;
  dy: number;
  ax: number;
  /** 0 = the box's top at the anchor, 1 = its bottom, 0.5 = centred. */
  ay: number;
}

function anchors(r: number, h: number): Anchor[] {
  const out: Anchor[] = [];
  for (const away of [0, h, 2 * h]) {
    const d = r + away + GAP;
    const k = (r + away) * Math.SQRT1_2 + GAP;
    out.push(
      { dx: d, dy: 0, ax: 0, ay: 0.5 },
      { dx: -d, dy: 0, ax: 1, ay: 0.5 },
      { dx: 0, dy: -d, ax: 0.5, ay: 1 },
      { dx: 0, dy: d, ax: 0.5, ay: 0 },
      { dx: k, dy: -k, ax: 0, ay: 1 },
      { dx: k, dy: k, ax: 0, ay: 0 },
      { dx: -k, dy: -k, ax: 1, ay: 1 },
      { dx: -k, dy: k, ax: 1, ay: 0 },
    );
  }
  return out;
}

const boxAt = (req: LabelRequest, a: Anchor, w: number, h: number): Box => ({
  x: req.x + a.dx - a.ax * w,
  y: req.y + a.dy - a.ay * h,
  w,
  h,
});

/** Boxes bucketed by the cells they touch, so a query looks at its neighbourhood only. */
class SpatialHash {
  private readonly cells = new Map<number, Box[]>();

  add(b: Box): void {
    const x1 = Math.floor((b.x + b.w) / CELL);
    const y1 = Math.floor((b.y + b.h) / CELL);
    for (let cx = Math.floor(b.x / CELL); cx <= x1; cx++) {
      for (let cy = Math.floor(b.y / CELL); cy <= y1; cy++) {
        const k = cx * 65_536 + cy;
        const cell = this.cells.get(k);
        if (cell) cell.push(b);
        else this.cells.set(k, [b]);
      }
    }
  }

  /** Whether `b`, grown by `pad` on every side, overlaps a box other than `except`. */
  hits(b: Box, pad: number, except?: Box): boolean {
    const x0 = b.x - pad;
    const y0 = b.y - pad;
    const x1 = b.x + b.w + pad;
    const y1 = b.y + b.h + pad;
    const cx1 = Math.floor(x1 / CELL);
    const cy1 = Math.floor(y1 / CELL);
    for (let cx = Math.floor(x0 / CELL); cx <= cx1; cx++) {
      for (let cy = Math.floor(y0 / CELL); cy <= cy1; cy++) {
        const cell = this.cells.get(cx * 65_536 + cy);
        if (!cell) continue;
        for (const o of cell) if (o !== except && x0 < o.x + o.w && o.x < x1 && y0 < o.y + o.h && o.y < y1) return true;
      }
    }
    return false;
  }
}

const inside = (b: Box, width: number, height: number): boolean => b.x >= 0 && b.y >= 0 && b.x + b.w <= width && b.y + b.h <= height;

export interface Variant {
  text: string;
  w: number;
}

/** A text's full form measured, and its shortenings, measured only once a label needs them. */
export interface Measured {
  full: Variant;
  shortened?: Variant[];
}

/**
 * Places labels for `requests`, which come most important first. A label is kept at the first
 * anchor (full text before shortened) inside the viewport where it overlaps no earlier label and
 * no other node; failing that, where it overlaps no earlier label; failing that, it is left out.
 * `measured` may be given a map that outlives the placement, so each text is measured once; most
 * labels fit at full length, so their shortenings are never measured at all. The work can be
 * done in slices (`run` with a deadline): what a slice placed stays, the next goes on from there.
 */
export class Placement {
  private readonly nodes = new SpatialHash();
  private readonly labels = new SpatialHash();
  private readonly discs: Box[];
  private next = 0;
  readonly placed: PlacedLabel[] = [];

  constructor(
    private readonly requests: readonly LabelRequest[],
    private readonly options: PlacementOptions,
    private readonly measured: Map<string, Measured> = new Map(),
  ) {
    this.discs = requests.map((req) => ({ x: req.x - req.r, y: req.y - req.r, w: 2 * req.r, h: 2 * req.r }));
    for (const disc of this.discs) this.nodes.add(disc);
  }

  get done(): boolean {
    return this.next >= this.requests.length;
  }

  /** Tries labels in order until all are tried or `late()` (asked after each) says stop; returns the new ones. */
  run(late: () => boolean = () => false): PlacedLabel[] {
    const before = this.placed.length;
    while (!this.done) {
      const label = this.fit(this.next++);
      if (label) {
        this.labels.add(label.box);
        this.placed.push(label);
      }
      if (late()) break;
    }
    return this.placed.slice(before);
  }

  private fit(i: number): PlacedLabel | null {
    const req = this.requests[i]!;
    const m = this.measure(req.text);
    const around = anchors(req.r, this.options.lineHeight);
    return this.fitAvoiding(req, m, around, this.discs[i]!) ?? this.fitAvoiding(req, m, around, null);
  }

  /** The first free spot; `own` is the node's disc (other nodes are avoided too), null to ignore nodes. */
  private fitAvoiding(req: LabelRequest, m: Measured, around: Anchor[], own: Box | null): PlacedLabel | null {
    const { width, height, lineHeight: h } = this.options;
    const collides = (box: Box) => this.labels.hits(box, PADDING) || (own !== null && this.nodes.hits(box, 0, own));
    const at = (variant: Variant, anchor: Anchor, shortened: boolean): PlacedLabel | null => {
      const box = boxAt(req, anchor, variant.w, h);
      return inside(box, width, height) && !collides(box) ? { key: req.key, text: variant.text, shortened, box } : null;
    };
    for (const anchor of around) {
      const label = at(m.full, anchor, false);
      if (label) return label;
    }
    const shorter = this.shortenedOf(m);
    if (shorter.length === 0) return null;
    // A shorter text's box lies inside a longer one's: where the shortest collides, all do.
    const shortest = shorter[shorter.length - 1]!.w;
    const open = around.filter((anchor) => !collides(boxAt(req, anchor, shortest, h)));
    for (const variant of shorter) {
      for (const anchor of open) {
        const label = at(variant, anchor, true);
        if (label) return label;
      }
    }
    return null;
  }

  private measure(text: string): Measured {
    let m = this.measured.get(text);
    if (m === undefined) {
      m = { full: { text, w: this.options.measure(text) } };
      this.measured.set(text, m);
    }
    return m;
  }

  private shortenedOf(m: Measured): Variant[] {
    m.shortened ??= shortenings(m.full.text)
      .slice(1)
      .map((text) => ({ text, w: this.options.measure(text) }));
    return m.shortened;
  }
}

/** The whole placement in one go. */
export function placeLabels(requests: readonly LabelRequest[], options: PlacementOptions, measured?: Map<string, Measured>): PlacedLabel[] {
  return new Placement(requests, options, measured).run();
}
