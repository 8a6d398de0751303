// Every API call names the UI's language, so the server's messages come back in it; a first layout
// is sent as a conditional PUT, which only a round without a layout takes.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, get } from '../../client/src/api/http.ts';
import { keepFirstPositions } from '../../client/src/api/layout.ts';
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

  it('keeps a first layout with If-None-Match: * on the round, and the 412 of a round that has one is an ApiError', async () => {
    vi.stubGlobal('document', { documentElement: {} });
    vi.stubGlobal('sessionStorage', { getItem: () => null });
    const sent: Array<{ url: string; method: string; headers: Record<string, string>; body: string }> = [];
    vi.stubGlobal('fetch', async (url: string, init: { method: string; headers: Record<string, string>; body: string }) => {
      sent.push({ url, ...init });
      return new Response(JSON.stringify({ error: 'precondition_failed', message: 'the round has a layout already' }), { status: 412 });
    });
    const positions = new Map([['polisen', { x: 1, y: 2 }]]);
    const refused = await keepFirstPositions(positions, { mapping: 'trollhattan', round: '2019' }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ status: 412, code: 'precondition_failed' });
    expect(sent).toEqual([
      expect.objectContaining({
        url: '/api/mappings/trollhattan/rounds/2019/layout',
        method: 'PUT',
        body: JSON.stringify({ positions: { polisen: { x: 1, y: 2 } } }),
      }),
    ]);
    expect(sent[0]!.headers).toMatchObject({ 'if-none-match': '*', 'content-type': 'application/json' });
  });
});
