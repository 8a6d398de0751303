// Cell words → vocabulary ids: the vocabulary's own labels in either language, and the other words
// spreadsheets use for one term ("Företag", "Kommun", "Trossamfund").
import { describe, expect, it } from 'vitest';
import { ValueMatcher } from '../../server/interchange/mapping/values.ts';

describe('ValueMatcher', () => {
  const matcher = new ValueMatcher();

  it('matches the labels in English and Swedish, whatever the case and diacritics', () => {
    expect(matcher.match('sector', 'Näringsliv')).toBe('business');
    expect(matcher.match('sector', 'naringsliv')).toBe('business');
    expect(matcher.match('sector', 'Civil society')).toBe('civil_society');
    expect(matcher.match('status', 'Behöver utvecklas')).toBe('needs_development');
  });

  it('matches the other words a Swedish or English sheet uses for a sector or a status', () => {
    const sectors = ['Kommun', 'Region', 'Myndighet', 'Staten', 'Företag', 'Privat', 'Ideell förening', 'Trossamfund', 'NGO'].map((w) =>
      matcher.match('sector', w),
    );
    expect(sectors).toEqual([
      'municipal',
      'regional',
      undefined,
      'state',
      'business',
      'business',
      'civil_society',
      'civil_society',
      'civil_society',
    ]);
    expect(['Aktiv', 'Önskas', 'Avslutat'].map((w) => matcher.match('status', w))).toEqual(['active', 'desired', 'ended']);
  });

  it('lets an explicit mapping win over the automatic match', () => {
    expect(new ValueMatcher({ sector: { Företag: 'civil_society' } }).match('sector', 'Företag')).toBe('civil_society');
  });
});
