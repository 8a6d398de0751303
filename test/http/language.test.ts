// Accept-Language as the reports read it (routes/language.ts): the first of sv and en by weight.
import { describe, expect, it } from 'vitest';
import { acceptedLanguage } from '../../server/routes/language.ts';

describe('acceptedLanguage', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['sv', 'sv'],
    ['sv-SE,sv;q=0.9,en-US;q=0.8', 'sv'],
    ['en-GB, sv;q=0.9', 'en'],
    ['de-DE, en;q=0.3, sv;q=0.7', 'sv'],
    ['fr, de', null],
    ['sv;q=0, en', 'en'],
    ['*', null],
  ] as const)('%s → %s', (header, expected) => {
    expect(acceptedLanguage(header)).toBe(expected);
  });
});
