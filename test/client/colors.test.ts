import { describe, expect, it } from 'vitest';
import { heatColor, sizeScale, withAlpha, SECTOR_COLORS, TYPE_COLORS } from '../../client/src/graph/colors.ts';
import { SECTOR_IDS, TYPE_IDS } from '../../client/src/domain.ts';

describe('colour and size scales', () => {
  it('has a distinct colour for every sector and type in the vocabulary', () => {
    expect(new Set(SECTOR_IDS.map((s) => SECTOR_COLORS[s])).size).toBe(SECTOR_IDS.length);
    expect(new Set(TYPE_IDS.map((t) => TYPE_COLORS[t])).size).toBe(TYPE_IDS.length);
  });

  it('writes rgba with the alpha clamped', () => {
    expect(withAlpha('#0072b2', 0.5)).toBe('rgba(0,114,178,0.5)');
    expect(withAlpha('#ffffff', 3)).toBe('rgba(255,255,255,1)');
  });

  it('maps values monotonically onto the size range, area-proportional', () => {
    const scale = sizeScale([0, 1, 4, 16], { min: 2, max: 10 });
    expect(scale(0)).toBe(2);
    expect(scale(16)).toBe(10);
    expect(scale(4)).toBeCloseTo(6);
    expect(scale(1)).toBeLessThan(scale(4));
    expect(scale(undefined)).toBe(2);
    expect(scale(100)).toBe(10);
  });

  it('gives equal values a middle size', () => {
    expect(sizeScale([3, 3], { min: 2, max: 10 })(3)).toBe(6);
    expect(sizeScale([], { min: 2, max: 10 })(1)).toBe(6);
  });

  it('heat ramp runs from near-white to dark and clamps', () => {
    expect(heatColor(0)).toBe('rgb(247,251,255)');
    expect(heatColor(1)).toBe('rgb(8,69,148)');
    expect(heatColor(5)).toBe(heatColor(1));
    expect(heatColor(Number.NaN)).toBe(heatColor(0));
  });
});
