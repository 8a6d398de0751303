import { describe, expect, it } from 'vitest';
import { searchActors, searchKey } from '../../client/src/graph/search.ts';

const actors = [
  { id: 'trollhattans-stad', name: 'Trollhättans Stad' },
  { id: 'kronogardsgruppen', name: 'Kronogårdsgruppen' },
  { id: 'polisen', name: 'Polisen' },
  { id: 'arbetsformedlingen', name: 'Arbetsförmedlingen' },
  { id: 'ifk', name: 'IFK Trollhättan' },
];

describe('actor search', () => {
  it('folds case and diacritics', () => {
    expect(searchKey('Trollhättan  ÖÄÅ')).toBe('trollhattan oaa');
  });

  it('finds Swedish names typed without diacritics and with them', () => {
    expect(searchActors(actors, 'kronogards').map((h) => h.id)).toEqual(['kronogardsgruppen']);
    expect(searchActors(actors, 'FÖRMED').map((h) => h.id)).toEqual(['arbetsformedlingen']);
  });

  it('ranks name prefixes before word prefixes before substrings', () => {
    expect(searchActors(actors, 'troll').map((h) => h.id)).toEqual(['trollhattans-stad', 'ifk']);
    expect(searchActors(actors, 'lis').map((h) => h.id)).toEqual(['polisen']);
  });

  it('returns nothing for an empty query and respects the limit', () => {
    expect(searchActors(actors, '  ')).toEqual([]);
    expect(searchActors(actors, 'a', 2)).toHaveLength(2);
  });
});
