// /api/…/layout through the real app: an empty layout before any save, a save read back on the
// short and the per-round route, ETags that move with a save, a write key for PUT, and bodies
// refused with the field and reason named (unknown ids, non-finite or huge coordinates, too many).
import { describe, expect, it } from 'vitest';
import { MAX_LAYOUT_POSITIONS } from '../../server/domain/layout.ts';
import { LEGACY_REF } from '../../server/store/legacy.ts';
import { appWithActorsPerTest, makeApp } from './helpers.ts';

const ROUND_URL = `/api/mappings/${LEGACY_REF.mapping}/rounds/${LEGACY_REF.round}/layout`;
const POSITIONS = { polisen: { x: 1.5, y: -2 }, 'ideell-forening': { x: 0, y: 40 } };

describe('/api/layout', () => {
  const appNow = appWithActorsPerTest();

  it('answers an empty layout until one is saved, then the saved one on both routes', async () => {
    const empty = await appNow().inject('/api/layout');
    expect(empty.statusCode).toBe(200);
    expect(empty.json()).toEqual({ positions: {}, savedAt: null });
    const saved = await appNow().inject({ method: 'PUT', url: ROUND_URL, payload: { positions: POSITIONS } });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().positions).toEqual(POSITIONS);
    expect((await appNow().inject('/api/layout')).json()).toEqual(saved.json());
    expect((await appNow().inject(ROUND_URL)).json()).toEqual(saved.json());
  });

  it('with If-None-Match: * keeps a first layout only while the round has none (412 after), in Swedish too', async () => {
    const first = { method: 'PUT' as const, url: '/api/layout', headers: { 'if-none-match': '*' } };
    const kept = await appNow().inject({ ...first, payload: { positions: POSITIONS } });
    expect(kept.statusCode).toBe(200);
    expect(kept.json().positions).toEqual(POSITIONS);
    const again = await appNow().inject({ ...first, payload: { positions: { polisen: { x: 0, y: 0 } } } });
    expect(again.statusCode).toBe(412);
    expect(again.json()).toMatchObject({ error: 'precondition_failed', message: 'the round has a layout already' });
    const sv = await appNow().inject({ ...first, headers: { ...first.headers, 'accept-language': 'sv' }, payload: { positions: {} } });
    expect(sv.json().message).toBe('omgången har redan en layout');
    expect((await appNow().inject('/api/layout')).json()).toEqual(kept.json());
    // An analyst's save still replaces it.
    const saved = await appNow().inject({ method: 'PUT', url: '/api/layout', payload: { positions: { polisen: { x: 0, y: 0 } } } });
    expect(saved.json().positions).toEqual({ polisen: { x: 0, y: 0 } });
  });

  it('a save changes the ETag; an unchanged layout answers 304', async () => {
    const first = await appNow().inject('/api/layout');
    const etag = String(first.headers.etag);
    expect((await appNow().inject({ url: '/api/layout', headers: { 'if-none-match': etag } })).statusCode).toBe(304);
    await appNow().inject({ method: 'PUT', url: '/api/layout', payload: { positions: POSITIONS } });
    const after = await appNow().inject({ url: '/api/layout', headers: { 'if-none-match': etag } });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
  });

  it('refuses an id that is no actor or forum of the round with a 422 naming it', async () => {
    const res = await appNow().inject({
      method: 'PUT',
      url: '/api/layout',
      payload: { positions: { ...POSITIONS, saknas: { x: 0, y: 0 } } },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().details).toEqual([{ path: 'positions.saknas', message: "no actor or forum 'saknas' in this round" }]);
    expect((await appNow().inject('/api/layout')).json().savedAt).toBeNull();
    const malformed = await appNow().inject({ method: 'PUT', url: '/api/layout', payload: { positions: { 'Polisen!': { x: 0, y: 0 } } } });
    expect(malformed.statusCode).toBe(422);
    expect(malformed.json().details[0].path).toBe('positions.Polisen!');
  });

  it.each([
    ['a coordinate beyond the bound', { polisen: { x: 1e10, y: 0 } }, 'body.positions.polisen.x'],
    ['a missing coordinate', { polisen: { x: 1 } }, 'body.positions.polisen.y'],
    ['a coordinate that is not a number', { polisen: { x: 'left', y: 0 } }, 'body.positions.polisen.x'],
  ])('refuses %s with a 400 naming the field', async (_case, positions, path) => {
    const res = await appNow().inject({ method: 'PUT', url: '/api/layout', payload: { positions } });
    expect(res.statusCode).toBe(400);
    expect(res.json().details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it('refuses more positions than a round can hold before looking at any of them', async () => {
    const positions = Object.fromEntries(Array.from({ length: MAX_LAYOUT_POSITIONS + 1 }, (_, i) => [`n${i}`, { x: 0, y: 0 }]));
    const res = await appNow().inject({ method: 'PUT', url: '/api/layout', payload: { positions } });
    expect(res.statusCode).toBe(400);
    expect(res.json().details).toEqual([
      { path: 'body.positions', message: `must have at most ${MAX_LAYOUT_POSITIONS.toLocaleString('en-US')} entries` },
    ]);
  });
});

describe('/api/layout with keys', () => {
  it('a save needs a write key; reading is open', async () => {
    const app = await makeApp({ apiKey: 'hemlig-nyckel' });
    try {
      await app.inject({
        method: 'POST',
        url: '/api/actors',
        payload: { id: 'polisen', name: 'Polisen', sector: 'state' },
        headers: { authorization: 'Bearer hemlig-nyckel' },
      });
      const refused = await app.inject({ method: 'PUT', url: '/api/layout', payload: { positions: { polisen: { x: 0, y: 0 } } } });
      expect(refused.statusCode).toBe(401);
      const saved = await app.inject({
        method: 'PUT',
        url: '/api/layout',
        payload: { positions: { polisen: { x: 0, y: 0 } } },
        headers: { authorization: 'Bearer hemlig-nyckel' },
      });
      expect(saved.statusCode).toBe(200);
      expect((await app.inject('/api/layout')).json().positions).toEqual({ polisen: { x: 0, y: 0 } });
    } finally {
      await app.close();
    }
  });
});
