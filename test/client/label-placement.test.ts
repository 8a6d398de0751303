import { describe, expect, it } from 'vitest';
import { Placement, placeLabels, shortenings, type Box, type LabelRequest } from '../../client/src/render/label-placement.ts';

/** A monospace stand-in for canvas text measurement: 7 px per character. */
const options = (width = 400, height = 300) => ({ width, height, lineHeight: 14, measure: (t: string) => [...t].length * 7 });
const node = (key: string, x: number, y: number, text = key, r = 5): LabelRequest => ({ key, x, y, r, text });
const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('shortenings', () => {
  it('tries the full text first, then ever shorter prefixes with an ellipsis, none shorter than six characters', () => {
    const out = shortenings('Arbetsmarknads- och socialförvaltningen');
    expect(out[0]).toBe('Arbetsmarknads- och socialförvaltningen');
    expect(out.length).toBeGreaterThan(2);
    for (const [i, s] of out.slice(1).entries()) {
      expect(s.endsWith('…')).toBe(true);
      expect(s.length).toBeLessThan(out[i]!.length);
      expect(s.length).toBeGreaterThanOrEqual(7);
    }
    expect(shortenings('Polisen')).toEqual(['Polisen']);
  });
});

describe('placeLabels', () => {
  it('puts a lone label to the right of its node', () => {
    const [label] = placeLabels([node('a', 100, 100)], options());
    expect(label!.box.x).toBeGreaterThan(105);
    expect(label!.box.y + label!.box.h / 2).toBe(100);
  });

  it('moves the second of two close nodes to another side instead of overlapping', () => {
    // Two nodes stacked 6 px apart: both right-hand boxes would overlap.
    const placed = placeLabels([node('first', 100, 100), node('second', 100, 106)], options());
    expect(placed.map((l) => l.key)).toEqual(['first', 'second']);
    expect(overlap(placed[0]!.box, placed[1]!.box)).toBe(false);
  });

  it('keeps labels inside the viewport: a node at the right edge is labelled on its left', () => {
    const [label] = placeLabels([node('edge', 395, 150, 'Kunskapsförbundet Väst')], options());
    expect(label!.box.x + label!.box.w).toBeLessThanOrEqual(400);
    expect(label!.box.x + label!.box.w).toBeLessThan(395);
  });

  it('shortens a label with an ellipsis when the full name fits nowhere, and says so', () => {
    const name = 'Organisationer som förebygger missbruk';
    // 38 characters = 266 px; the viewport is 200 px wide.
    const [label] = placeLabels([node('long', 100, 50, name)], options(200, 100));
    expect(label!.shortened).toBe(true);
    expect(label!.text.endsWith('…')).toBe(true);
    expect(name.startsWith(label!.text.slice(0, -1))).toBe(true);
  });

  it('never overlaps two labels on a crowded grid; what cannot be placed is left out, the most important first kept', () => {
    const crowd: LabelRequest[] = [];
    for (let i = 0; i < 20; i++)
      for (let j = 0; j < 20; j++) crowd.push(node(`n${i}-${j}`, 20 + i * 12, 20 + j * 12, `Actor ${i}-${j}`, 2));
    const placed = placeLabels(crowd, options());
    expect(placed.length).toBeGreaterThan(10);
    expect(placed.length).toBeLessThan(crowd.length);
    expect(placed[0]!.key).toBe('n0-0');
    for (const [i, a] of placed.entries()) for (const b of placed.slice(i + 1)) expect(overlap(a.box, b.box)).toBe(false);
  });

  it('keeps a label off other nodes when there is room elsewhere', () => {
    // A big node sits where the right-hand label would go.
    const placed = placeLabels([node('small', 100, 100, 'Small'), node('big', 130, 100, 'B', 12)], options());
    const small = placed.find((l) => l.key === 'small')!;
    expect(overlap(small.box, { x: 118, y: 88, w: 24, h: 24 })).toBe(false);
  });

  it('measures a text once, and its shortenings only when the full text fits nowhere', () => {
    const measured: string[] = [];
    const counting = {
      ...options(200, 100),
      measure: (t: string) => {
        measured.push(t);
        return [...t].length * 7;
      },
    };
    const cache = new Map();
    placeLabels([node('a', 20, 20, 'Polisen i Trollhättan'), node('b', 20, 80, 'Polisen i Trollhättan')], counting, cache);
    placeLabels([node('a', 20, 20, 'Polisen i Trollhättan')], counting, cache);
    expect(measured).toEqual(['Polisen i Trollhättan']);
    placeLabels([node('long', 100, 50, 'Organisationer som förebygger missbruk')], counting, cache);
    expect(measured.length).toBeGreaterThan(2);
  });
});

describe('Placement in slices', () => {
  it('places the same labels over several slices as in one go, each slice going on where the last stopped', () => {
    const crowd: LabelRequest[] = [];
    for (let i = 0; i < 12; i++)
      for (let j = 0; j < 12; j++) crowd.push(node(`n${i}-${j}`, 20 + i * 25, 20 + j * 20, `Aktör nummer ${i}-${j}`, 3));
    const whole = placeLabels(crowd, options());
    const placement = new Placement(crowd, options());
    const slices: number[] = [];
    while (!placement.done) {
      let tried = 0;
      // Stop after every 10th label tried.
      slices.push(placement.run(() => ++tried === 10).length);
    }
    expect(slices.length).toBe(Math.ceil(crowd.length / 10));
    expect(placement.placed).toEqual(whole);
    expect(slices.reduce((a, b) => a + b, 0)).toBe(whole.length);
  });
});
