// Colour and size scales. Palettes are chosen for contrast on white and to stay apart for the
// common colour-vision deficiencies (Okabe–Ito based); the same functions feed the map, the
// legend and the table so they cannot disagree.
import type { CollaborationType, Sector, Status } from '../domain.ts';

export const SECTOR_COLORS: Record<Sector, string> = {
  municipal: '#0072b2',
  regional: '#56b4e9',
  state: '#e69f00',
  civil_society: '#009e73',
  business: '#cc79a7',
};

export const TYPE_COLORS: Record<CollaborationType, string> = {
  internal: '#5b8fc9',
  state: '#d9a441',
  civil_society: '#2fa37f',
  business: '#c4709f',
};

export const FORUM_COLOR = '#8a8f98';
export const MEMBERSHIP_COLOR = '#c3c7cd';
export const COMEMBERSHIP_COLOR = '#a9aeb6';
/** A unit's "part of" line to its parent: light and warm, apart from the grey forum lines. */
export const PART_OF_COLOR = '#b8ab95';
export const PREDICTED_COLOR = '#d62728';
export const DIMMED_NODE = '#e3e5e8';
export const DIMMED_EDGE = '#f0f1f3';
/**
 * The gaps view's outline: near-black, apart from every sector colour in hue and lightness (a red
 * ring over a blue node read as a muddy purple, and red sits close to the business pink).
 */
export const GAP_BORDER = '#1d232b';

/**
 * The compare view's change colours: towards collaboration in greens and blues, away from it in
 * reds and oranges, and unchanged ties faded back so change stands out.
 */
export const CHANGE_COLORS = {
  new: '#1b7837',
  ended: '#b2182b',
  up: '#2166ac',
  down: '#e08214',
  unchanged: '#b9bec6',
  joined: '#1b7837',
  left: '#b2182b',
} as const;
export const UNCHANGED_ALPHA = 0.45;

/**
 * How each tie status is drawn: desired ties dashed and a little lighter, lacking ones dotted.
 * Sigma blends an edge's colour without premultiplying it by its alpha, so on white a tie
 * lightens far faster than its alpha falls: desired at 0.8 draws dashes about four fifths as
 * dark as an active tie (test/e2e/gaps-view.test.ts measures it); 0.7 drew them half as dark.
 */
export const STATUS_STYLE: Record<Status, { alpha: number; edgeType: 'line' | 'dashed' | 'dotted'; sizeFactor: number }> = {
  active: { alpha: 0.85, edgeType: 'line', sizeFactor: 1 },
  needs_development: { alpha: 0.85, edgeType: 'dotted', sizeFactor: 1 },
  desired: { alpha: 0.8, edgeType: 'dashed', sizeFactor: 1 },
  ended: { alpha: 0.25, edgeType: 'line', sizeFactor: 0.6 },
};

const rgbaCache = new Map<string, string>();

/** '#rrggbb' + alpha -> 'rgba(...)'; cached, since reducers ask for it once per edge. */
export function withAlpha(hex: string, alpha: number): string {
  const key = `${hex}/${alpha}`;
  let out = rgbaCache.get(key);
  if (out === undefined) {
    const n = Number.parseInt(hex.slice(1), 16);
    const a = Math.round(Math.min(1, Math.max(0, alpha)) * 1000) / 1000;
    out = `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},${a})`;
    rgbaCache.set(key, out);
  }
  return out;
}

export const NODE_SIZE = { min: 4, max: 16, uniform: 6, forum: 5 };

/**
 * Maps metric values to node radii with a square-root scale (area grows with the value), so
 * a value twice as large looks twice as big. Missing values get the smallest size.
 */
export function sizeScale(values: Iterable<number>, range: { min: number; max: number } = NODE_SIZE): (v: number | undefined) => number {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (!Number.isFinite(lo) || hi === lo) return (v) => (v === undefined || !Number.isFinite(v) ? range.min : (range.min + range.max) / 2);
  const span = Math.sqrt(hi - lo);
  return (v) => {
    if (v === undefined || !Number.isFinite(v)) return range.min;
    const t = Math.sqrt(Math.max(0, Math.min(hi, v) - lo)) / span;
    return range.min + t * (range.max - range.min);
  };
}

/** White-to-red ramp for the mixing-matrix heat map; t in [0, 1]. */
export function heatColor(t: number): string {
  const x = Math.max(0, Math.min(1, Number.isFinite(t) ? t : 0));
  const from = [247, 251, 255];
  const to = [8, 69, 148];
  const c = from.map((f, i) => Math.round(f + (to[i]! - f) * x));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

/** Text colour that stays readable on a heat-map cell. */
export function heatTextColor(t: number): string {
  return t > 0.55 ? '#ffffff' : '#1d232b';
}
