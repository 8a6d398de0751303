import { describe, expect, it } from 'vitest';
import { AREAS, COLLABORATION_TYPES, FORMS, SECTORS, STATUSES } from '../../client/src/domain.ts';
import { detectLang, termLabel, translate } from '../../client/src/i18n/i18n.ts';
import { en, sv } from '../../client/src/i18n/strings.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n', () => {
  it('Swedish has exactly the English keys, none empty, with the same placeholders', () => {
    expect(Object.keys(sv).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) {
      const other = sv[key as keyof typeof en];
      expect(text.trim(), key).not.toBe('');
      expect(other.trim(), key).not.toBe('');
      expect(placeholders(other), key).toEqual(placeholders(text));
    }
  });

  it('every vocabulary term has both labels', () => {
    for (const list of [SECTORS, AREAS, COLLABORATION_TYPES, STATUSES, FORMS]) {
      for (const t of list) {
        expect(termLabel('en', list, t.id)).toBe(t.en);
        expect(termLabel('sv', list, t.id)).toBe(t.sv);
      }
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'actorsShown', { n: 3, m: 4 })).toBe('3 actors, 4 ties shown');
    expect(translate('sv', 'actorsShown', { n: 3 })).toBe('3 aktörer, {m} band visas');
  });

  it('defaults to English, follows a Swedish browser and a stored choice', () => {
    expect(detectLang(null, [])).toBe('en');
    expect(detectLang(null, ['de-DE'])).toBe('en');
    expect(detectLang(null, ['sv-SE', 'en'])).toBe('sv');
    expect(detectLang('en', ['sv-SE'])).toBe('en');
  });
});
