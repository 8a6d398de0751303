// Every API call names the UI's language, so the server's messages come back in it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, get } from '../../client/src/api/http.ts';
import { i18n } from '../../client/src/i18n/i18n.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the API client', () => {
  it('sends Accept-Language of the current UI language', async () => {
    vi.stubGlobal('document', { documentElement: {} });
    const fetched: Array<Record<string, string>> = [];
    vi.stubGlobal('fetch', async (_url: string, init: { headers: Record<string, string> }) => {
      fetched.push(init.headers);
      return new Response(JSON.stringify({ error: 'not_found', message: "aktören 'x' finns inte" }), { status: 404 });
    });
    for (const lang of ['sv', 'en'] as const) {
      i18n.set(lang);
      await expect(get('/api/actors/x')).rejects.toBeInstanceOf(ApiError);
    }
    expect(fetched.map((headers) => headers['accept-language'])).toEqual(['sv', 'en']);
  });
});
