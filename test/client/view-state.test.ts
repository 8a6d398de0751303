import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STATE,
  clearFilters,
  focusOn,
  isFiltered,
  openGaps,
  select,
  setEgo,
  toggleFilter,
} from '../../client/src/state/view-state.ts';

describe('view-state producers', () => {
  it('toggles a filter value on and off without touching the input', () => {
    const on = toggleFilter(DEFAULT_STATE, 'areas', 'housing');
    expect(on.areas).toEqual(['housing']);
    expect(DEFAULT_STATE.areas).toEqual([]);
    expect(toggleFilter(on, 'areas', 'housing').areas).toEqual([]);
    expect(isFiltered(on)).toBe(true);
    expect(isFiltered(clearFilters(on))).toBe(false);
  });

  it('selecting drops a gaps focus; deselecting resets the ego view', () => {
    const focused = focusOn(DEFAULT_STATE, { kind: 'sectors', a: 'municipal', b: 'business' });
    const selected = setEgo(select(focused, 'polisen'), 2);
    expect(selected.focus).toBeNull();
    expect(selected.ego).toBe(2);
    expect(select(selected, null).ego).toBe(0);
  });

  it('has no ego view without a selection', () => {
    expect(setEgo(DEFAULT_STATE, 1).ego).toBe(0);
  });

  it('focusing a tie selects its first actor; closing gaps drops the focus', () => {
    const s = focusOn(openGaps(DEFAULT_STATE, 'civil_society'), { kind: 'tie', source: 'a', target: 'b' });
    expect(s.selected).toBe('a');
    expect(openGaps(s, null).focus).toBeNull();
  });
});
