// The frame of an exported picture (client/src/app/export-frame.ts): the legend as the map's
// legend model lists it, in the chosen language, and a source line naming the round's documents.
import { describe, expect, it } from 'vitest';
import { legendRows, sourceLine } from '../../client/src/app/export-frame.ts';
import { EMPTY_APPEARANCE } from '../../client/src/graph/appearance.ts';
import { legendModel } from '../../client/src/graph/legend.ts';
import { filterGraph } from '../../client/src/graph/filter.ts';
import { DEFAULT_STATE } from '../../client/src/state/view-state.ts';
import { smallGraph } from './fixture.ts';

const source = (id: string, year: number) => ({ id, title: `Rapport ${id}`, authors: [], year });

describe('export frame', () => {
  it('lists every sector, tie type, status and line on the map, with counts, in either language', () => {
    const model = legendModel(filterGraph(smallGraph(), DEFAULT_STATE), EMPTY_APPEARANCE, 'Degree');
    const en = legendRows(model, 'en');
    const entries = en.filter((r) => !('heading' in r)) as Array<{ label: string; count: number }>;
    expect(entries.map((e) => e.label)).toEqual(
      expect.arrayContaining([
        'Municipal',
        'State',
        'Civil society',
        'Business',
        'Forum',
        'Internal',
        'Active',
        'Part of (unit to parent)',
      ]),
    );
    expect(entries.find((e) => e.label === 'Municipal')?.count).toBe(2);
    expect(en.at(-1)).toEqual({ heading: 'Size: Degree' });
    const sv = legendRows(model, 'sv').filter((r) => !('heading' in r)) as Array<{ label: string }>;
    expect(sv.map((e) => e.label)).toContain('Kommunal');
  });

  it('names the first two documents and counts the rest, then where the picture came from', () => {
    expect(sourceLine([source('a', 2019)], 'en', 'https://x.se')).toBe('Source: Rapport a (2019). Samverkan, https://x.se');
    expect(sourceLine([source('a', 2019), source('b', 2020), source('c', 2021)], 'sv', 'https://x.se')).toBe(
      'Källa: Rapport a (2019); Rapport b (2020) och 1 till. Samverkan, https://x.se',
    );
    expect(sourceLine([], 'en', 'https://x.se')).toBe('Source: Samverkan, https://x.se');
  });
});
