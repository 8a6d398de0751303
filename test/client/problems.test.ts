import { describe, expect, it } from 'vitest';
import { ApiError } from '../../client/src/api/http.ts';
import { problemOf } from '../../client/src/api/problem.ts';
import { inLanguage, problemText } from '../../client/src/i18n/content.ts';
import { isWebAddress } from '../../client/src/ui/text.ts';

describe('what went wrong with a request', () => {
  it('tells an unreachable or failing server, a missing route, a refusal and too heavy an analysis apart', () => {
    expect(problemOf(new TypeError('Failed to fetch'))).toEqual({ kind: 'unreachable' });
    expect(problemOf(new ApiError(503, 'unavailable', 'store unavailable'))).toEqual({ kind: 'unreachable', status: 503 });
    expect(problemOf(new ApiError(500, 'internal', 'Internal Server Error'))).toEqual({ kind: 'unreachable', status: 500 });
    expect(problemOf(new ApiError(404, 'not_found', 'Route GET:/api/gaps/mixing not found'))).toEqual({ kind: 'missing' });
    expect(problemOf(new ApiError(400, 'validation', 'query.area: Invalid option'))).toEqual({
      kind: 'refused',
      status: 400,
      message: 'query.area: Invalid option',
    });
    expect(problemOf(new ApiError(422, 'budget_exceeded', 'narrow the filters'))).toEqual({
      kind: 'too-heavy',
      code: 'budget_exceeded',
      message: 'narrow the filters',
    });
    expect(problemOf(new ApiError(422, 'not_converged', 'try other filters'))).toEqual({
      kind: 'too-heavy',
      code: 'not_converged',
      message: 'try other filters',
    });
    // Another 422 (an unknown neighbourhood) is a refusal in the server's words, not "too heavy".
    expect(problemOf(new ApiError(422, 'unknown_reference', "query.neighbourhood: unknown neighbourhood 'x'")).kind).toBe('refused');
  });

  it('says each in English and Swedish', () => {
    expect(problemText('en', { kind: 'unreachable' })).toBe('The server could not be reached; check the connection and try again.');
    expect(problemText('en', { kind: 'unreachable', status: 502 })).toBe('The server failed to answer (error 502); try again later.');
    expect(problemText('sv', { kind: 'missing' })).toBe('Analyserna finns inte på den här servern ännu.');
    expect(problemText('sv', { kind: 'refused', status: 400, message: 'query.area: Invalid option' })).toBe(
      'Servern avvisade frågan: query.area: Invalid option',
    );
    expect(problemText('en', { kind: 'too-heavy', code: 'budget_exceeded', message: 'narrow the filters' })).toBe(
      'Too much to compute for these filters. The server says: narrow the filters',
    );
  });
});

describe('texts in two languages', () => {
  it('shows the UI language, falls back to the other marked as such, and nothing when neither exists', () => {
    expect(inLanguage('sv', 'Police', 'Polisen')).toEqual({ text: 'Polisen', lang: 'sv', fallback: false });
    expect(inLanguage('en', 'Police', 'Polisen')).toEqual({ text: 'Police', lang: 'en', fallback: false });
    expect(inLanguage('sv', 'Police', undefined)).toEqual({ text: 'Police', lang: 'en', fallback: true });
    expect(inLanguage('en', undefined, 'Polisen')).toEqual({ text: 'Polisen', lang: 'sv', fallback: true });
    expect(inLanguage('sv', '', '')).toBeNull();
  });
});

describe('websites', () => {
  it('are links only when they are http or https addresses', () => {
    expect(isWebAddress('https://polisen.se/')).toBe(true);
    expect(isWebAddress('http://example.org/a?b=c')).toBe(true);
    for (const unsafe of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,<script>x</script>',
      'vbscript:x',
      'ftp://example.org',
      'polisen.se',
      '//evil.example',
      '',
    ])
      expect(isWebAddress(unsafe), unsafe).toBe(false);
  });
});
