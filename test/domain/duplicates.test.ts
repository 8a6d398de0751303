// The probable-duplicates rule on small named lists: what counts as the same name or website.
import { describe, expect, it } from 'vitest';
import { actorsAfter, nameKey, probableDuplicates, websiteKey } from '../../server/domain/duplicates.ts';

describe('probable duplicates', () => {
  it('compares names without case, diacritics, punctuation and organisational words', () => {
    expect(nameKey('Trollhättans kommun')).toBe(nameKey('TROLLHATTANS KOMMUN'));
    expect(nameKey('Socialförvaltningen, Trollhättan')).toBe('socialforvaltningen trollhattan');
    expect(nameKey('Ästad Bygg AB')).toBe(nameKey('Ästad-Bygg'));
    expect(nameKey('Utbildningsförvaltningen')).not.toBe(nameKey('Socialförvaltningen'));
    expect(nameKey('AB')).toBe('');
  });

  it('compares websites by host and path, whatever the scheme, www. or trailing slash', () => {
    expect(websiteKey('https://www.trollhattan.se/')).toBe(websiteKey('http://trollhattan.se'));
    expect(websiteKey('https://trollhattan.se/skola')).not.toBe(websiteKey('https://trollhattan.se'));
    expect(websiteKey('not a url')).toBeNull();
    expect(websiteKey(undefined)).toBeNull();
  });

  it('pairs actors in id order with every reason, never on an empty name key; `only` keeps pairs touching those ids', () => {
    const actors = [
      { id: 'b', name: 'Ästad Bygg AB', website: 'https://astad.se' },
      { id: 'a', name: 'Astad bygg', website: 'http://www.astad.se/' },
      { id: 'c', name: 'Kommunen', website: 'https://astad.se' },
      { id: 'd', name: 'AB' },
      { id: 'e', name: 'Kommun' },
    ];
    expect(probableDuplicates(actors)).toEqual([
      { actors: ['a', 'b'], names: ['Astad bygg', 'Ästad Bygg AB'], reasons: ['name', 'website'] },
      { actors: ['a', 'c'], names: ['Astad bygg', 'Kommunen'], reasons: ['website'] },
      { actors: ['b', 'c'], names: ['Ästad Bygg AB', 'Kommunen'], reasons: ['website'] },
    ]);
    expect(probableDuplicates(actors, new Set(['c'])).map((p) => p.actors)).toEqual([
      ['a', 'c'],
      ['b', 'c'],
    ]);
    expect(actorsAfter([{ id: 'a', name: 'A' }], [{ id: 'a', name: 'B' }])).toEqual([{ id: 'a', name: 'B' }]);
  });
});
