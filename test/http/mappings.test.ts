// Mappings and rounds through the real app: their routes, every per-graph route per round, the
// default round behind today's short routes, compare and trend, and what a request may not do.
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.ts';
import { CompareResult } from '../../server/domain/compare-responses.ts';
import { LEGACY_REF } from '../../server/store/legacy.ts';
import { foreningen, kommunstyrelsen, makeApp, makeStore, polisen, postActors } from './helpers.ts';
import { buildApp } from '../../server/app.ts';

let app: App;
afterEach(async () => {
  await app?.close();
});

const M = '/api/mappings/trollhattan-segregation';
const round = (id: string, extra: Record<string, unknown> = {}) => ({ id, label: `Uppföljning ${id}`, observedOn: id, ...extra });
const tie = (id: string, source: string, target: string, status: string) => ({
  id,
  source,
  target,
  status,
  areas: ['crime'],
  directed: false,
});

/** The default round with three actors and two ties, one of them only wished for. */
async function baseline(): Promise<void> {
  await postActors(app);
  for (const t of [
    tie('ks-polisen', kommunstyrelsen.id, polisen.id, 'active'),
    tie('ks-foreningen', kommunstyrelsen.id, foreningen.id, 'desired'),
  ]) {
    expect((await app.inject({ method: 'POST', url: '/api/collaborations', payload: t })).statusCode).toBe(201);
  }
}

describe('mappings and rounds', () => {
  it('create, list, get, patch and delete a mapping; a mapping with rounds needs cascade', async () => {
    app = await makeApp();
    const made = await app.inject({
      method: 'POST',
      url: '/api/mappings',
      payload: { id: 'vanersborg-integration', name: 'Integration i Vänersborg', place: 'Vänersborg', topic: 'integration' },
    });
    expect(made.statusCode).toBe(201);
    expect(made.headers.location).toBe('/api/mappings/vanersborg-integration');
    expect(made.json()).toMatchObject({ languages: ['sv', 'en'] });
    expect((await app.inject('/api/mappings')).json().items.map((m: { id: string }) => m.id)).toEqual([
      'trollhattan-segregation',
      'vanersborg-integration',
    ]);
    expect(
      (await app.inject({ method: 'PATCH', url: '/api/mappings/vanersborg-integration', payload: { topic: 'segregation' } })).json().topic,
    ).toBe('segregation');
    const refused = await app.inject({ method: 'DELETE', url: M });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toContain('trollhattan-segregation');
    expect((await app.inject({ method: 'DELETE', url: `${M}?cascade=true` })).statusCode).toBe(204);
    expect((await app.inject(M)).statusCode).toBe(404);
    const bad = await app.inject({ method: 'POST', url: '/api/mappings', payload: { id: 'Å', name: 'x', place: 'y', topic: 'z' } });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('id');
  });

  it('a copied round answers every per-graph route on its own data, and the short routes follow the latest observed round', async () => {
    app = await makeApp();
    await baseline();
    const copy = await app.inject({ method: 'POST', url: `${M}/rounds`, payload: round('2024', { copyFrom: '2019' }) });
    expect(copy.statusCode).toBe(201);
    expect(copy.json()).toMatchObject({ id: '2024', basedOn: '2019', kind: 'observed', closed: false });
    const R = `${M}/rounds/2024`;
    const patched = await app.inject({ method: 'PATCH', url: `${R}/collaborations/ks-foreningen`, payload: { status: 'active' } });
    expect(patched.statusCode).toBe(200);
    const created = await app.inject({
      method: 'POST',
      url: `${R}/actors`,
      payload: { id: 'skolan', name: 'Skolan', sector: 'municipal' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.headers.location).toBe(`${R}/actors/skolan`);
    expect(created.headers['samverkan-round']).toBe('trollhattan-segregation/2024');

    expect((await app.inject(`${M}/rounds/2019/collaborations/ks-foreningen`)).json().status).toBe('desired');
    expect((await app.inject(`${M}/rounds/2019/actors/skolan`)).statusCode).toBe(404);
    expect((await app.inject(`${R}/actors/skolan`)).statusCode).toBe(200);
    const graph = (await app.inject(`${R}/graph`)).json();
    expect(graph.nodes.map((n: { key: string }) => n.key)).toContain('skolan');
    expect((await app.inject(`${R}/gaps/declared`)).statusCode).toBe(200);
    expect((await app.inject(`${R}/analytics/structure`)).statusCode).toBe(200);
    // The short routes answer from the latest observed round: 2024 now.
    expect((await app.inject('/api/actors/skolan')).statusCode).toBe(200);
  });

  it('the default round is the latest observed one, or SAMVERKAN_DEFAULT_ROUND; never a scenario', async () => {
    app = await makeApp();
    await baseline();
    await app.inject({ method: 'POST', url: `${M}/rounds`, payload: round('2024', { copyFrom: '2019' }) });
    await app.inject({ method: 'POST', url: `${M}/rounds/2024/actors`, payload: { id: 'skolan', name: 'Skolan', sector: 'municipal' } });
    await app.inject({
      method: 'POST',
      url: `${M}/rounds`,
      payload: round('2030', { kind: 'scenario', copyFrom: '2024', realise: 'declared' }),
    });
    const short = await app.inject('/api/actors/skolan');
    expect(short.statusCode).toBe(200);
    expect(short.headers['samverkan-round']).toBe('trollhattan-segregation/2024');
    const scenario = await app.inject(`${M}/rounds/2030/collaborations/ks-foreningen`);
    expect(scenario.headers['samverkan-round-kind']).toBe('scenario');
    expect(scenario.json().status).toBe('active');
    await app.close();

    const store = await makeStore();
    app = await buildApp({ store, clientRoot: '/nonexistent', defaultRound: { mapping: 'trollhattan-segregation', round: '2019' } });
    await store.createRound('trollhattan-segregation', { id: '2024', label: '2024', observedOn: '2024', sources: [], kind: 'observed' });
    expect((await app.inject('/api/actors')).headers['samverkan-round']).toBe('trollhattan-segregation/2019');
  });

  it('unknown mapping or round is a 404 naming it; a closed round refuses writes with 409 naming it', async () => {
    app = await makeApp();
    await baseline();
    const unknownMapping = await app.inject('/api/mappings/saknas/rounds/2019/actors');
    expect(unknownMapping.statusCode).toBe(404);
    expect(unknownMapping.json().message).toContain("mapping 'saknas'");
    const unknownRound = await app.inject(`${M}/rounds/1999/graph`);
    expect(unknownRound.statusCode).toBe(404);
    expect(unknownRound.json().message).toContain('trollhattan-segregation/1999');
    expect((await app.inject({ method: 'PATCH', url: `${M}/rounds/2019`, payload: { closed: true } })).json().closed).toBe(true);
    const write = await app.inject({ method: 'POST', url: '/api/actors', payload: { id: 'ny', name: 'Ny', sector: 'state' } });
    expect(write.statusCode).toBe(409);
    expect(write.json().message).toContain('trollhattan-segregation/2019');
    expect((await app.inject('/api/actors')).statusCode).toBe(200);
  });

  it('the Markdown comparison says what an ended tie is now, in words that agree with their numbers', async () => {
    app = await makeApp();
    await baseline();
    await app.inject({ method: 'POST', url: `${M}/rounds`, payload: round('2024', { copyFrom: '2019' }) });
    await app.inject({ method: 'PATCH', url: `${M}/rounds/2024/collaborations/ks-polisen`, payload: { status: 'ended' } });
    await app.inject({ method: 'DELETE', url: `${M}/rounds/2024/collaborations/ks-foreningen` });
    const english = (await app.inject(`${M}/compare?from=2019&to=2024&format=markdown&lang=en`)).body;
    const rows = english.split('\n').filter((line) => line.startsWith('| Kommunstyrelsens förvaltning'));
    expect(rows).toEqual(
      expect.arrayContaining([
        '| Kommunstyrelsens förvaltning – Polisen | ended | ended |',
        '| Kommunstyrelsens förvaltning – Ideell förening | ended (removed) | – |',
      ]),
    );
    expect(english).toContain('0 new ties, 2 ended');
    expect(english).toContain('0 of 1 wished-for ties are active now');
    const swedish = (await app.inject(`${M}/compare?from=2019&to=2024&format=markdown&lang=sv`)).body;
    expect(swedish).toContain('0 nya samarbeten, 2 avslutade, 0 registrerade');
    await app.inject({ method: 'POST', url: `${M}/rounds`, payload: round('2025', { copyFrom: '2019' }) });
    await app.inject({ method: 'PATCH', url: `${M}/rounds/2025/collaborations/ks-foreningen`, payload: { status: 'active' } });
    await app.inject({ method: 'PATCH', url: `${M}/rounds/2025/collaborations/ks-polisen`, payload: { status: 'ended' } });
    const one = (await app.inject(`${M}/compare?from=2019&to=2025&format=markdown&lang=sv`)).body;
    expect(one).toContain('1 avslutat');
    expect(one).toContain('1 lucka stängd');
    expect((await app.inject(`${M}/compare?from=2019&to=2025&format=markdown&lang=en`)).body).toContain(
      '1 of 1 wished-for ties is active now',
    );
  });

  it('compare and trend over two rounds, JSON and Markdown; scenarios say so', async () => {
    app = await makeApp();
    await baseline();
    await app.inject({ method: 'POST', url: `${M}/rounds`, payload: round('2024', { copyFrom: '2019' }) });
    await app.inject({ method: 'PATCH', url: `${M}/rounds/2024/collaborations/ks-foreningen`, payload: { status: 'active' } });
    await app.inject({ method: 'DELETE', url: `${M}/rounds/2024/collaborations/ks-polisen` });
    const compare = await app.inject(`${M}/compare?from=2019&to=2024`);
    expect(compare.statusCode).toBe(200);
    expect(compare.headers['content-type']).toBe('application/json; charset=utf-8');
    // The answer is sent as the worker wrote it, past the response serializer: it must still be a CompareResult.
    const result = CompareResult.parse(compare.json());
    expect(result.from).toMatchObject({ id: '2019', kind: 'observed' });
    expect(result.to).toMatchObject({ id: '2024', kind: 'observed' });
    expect(JSON.stringify(result)).toContain('ks-foreningen');
    const markdown = await app.inject(`${M}/compare?from=2019&to=2024&format=markdown&lang=sv`);
    expect(markdown.headers['content-type']).toMatch(/text\/markdown/);
    expect(markdown.body).toContain('2024');
    // The language: ?lang= first, then Accept-Language, then English.
    const english = await app.inject(`${M}/compare?from=2019&to=2024&format=markdown`);
    expect(english.body).not.toBe(markdown.body);
    const byHeader = await app.inject({ url: `${M}/compare?from=2019&to=2024&format=markdown`, headers: { 'accept-language': 'sv-SE' } });
    expect(byHeader.body).toBe(markdown.body);
    expect(byHeader.headers.vary).toContain('Accept-Language');
    const asked = await app.inject({ url: `${M}/compare?from=2019&to=2024&format=markdown&lang=en`, headers: { 'accept-language': 'sv' } });
    expect(asked.body).toBe(english.body);
    await app.inject({
      method: 'POST',
      url: `${M}/rounds`,
      payload: round('om-allt-lyckas', { kind: 'scenario', copyFrom: '2019', realise: 'declared' }),
    });
    const trend = (await app.inject(`${M}/trend`)).json();
    expect(JSON.stringify(trend)).toContain('scenario');
    expect((await app.inject(`${M}/compare?from=2019&to=1999`)).statusCode).toBe(404);
    expect((await app.inject(`${M}/compare?from=2019`)).statusCode).toBe(400);
  });

  it('compare and trend answer 304 to a caller holding the answer, until either round changes', async () => {
    app = await makeApp();
    await baseline();
    await app.inject({ method: 'POST', url: `${M}/rounds`, payload: round('2024', { copyFrom: '2019' }) });
    for (const url of [`${M}/compare?from=2019&to=2024`, `${M}/trend`]) {
      const first = await app.inject(url);
      const etag = first.headers.etag as string;
      expect(etag, url).toMatch(/^W\//);
      expect((await app.inject({ url, headers: { 'if-none-match': etag } })).statusCode, url).toBe(304);
      // Another representation of the same comparison is another answer.
      if (url.includes('compare'))
        expect((await app.inject({ url: `${url}&format=markdown`, headers: { 'if-none-match': etag } })).statusCode).toBe(200);
    }
    const etags = await Promise.all(
      [`${M}/compare?from=2019&to=2024`, `${M}/trend`].map(async (url) => (await app!.inject(url)).headers.etag),
    );
    await app.inject({ method: 'DELETE', url: `${M}/rounds/2024/collaborations/ks-polisen` });
    const again = await app.inject({ url: `${M}/compare?from=2019&to=2024`, headers: { 'if-none-match': etags[0] as string } });
    expect(again.statusCode).toBe(200);
    expect(again.json().ties.ended.map((t: { id: string }) => t.id)).toContain('ks-polisen');
    await app.inject({ method: 'PATCH', url: `${M}/rounds/2024`, payload: { label: 'Uppföljning' } });
    expect((await app.inject({ url: `${M}/trend`, headers: { 'if-none-match': etags[1] as string } })).statusCode).toBe(200);
  });

  it('compare refuses a missing round: 404 naming it, 400 without one', async () => {
    app = await makeApp();
    await baseline();
    expect((await app.inject(`${M}/compare?from=2019&to=1999`)).statusCode).toBe(404);
    expect((await app.inject(`${M}/compare?from=2019`)).statusCode).toBe(400);
  });

  it('with keys, mappings and rounds need an admin key; a key for other mappings is refused', async () => {
    app = await makeApp({
      keys: [
        { name: 'editor', key: 'editor-key-0123456789', role: 'write', mappings: [] },
        { name: 'ops', key: 'ops-key-0123456789abc', role: 'admin', mappings: [] },
        { name: 'elsewhere', key: 'elsewhere-key-012345', role: 'write', mappings: ['vanersborg'] },
      ],
    });
    const post = (key: string) =>
      app.inject({ method: 'POST', url: `${M}/rounds`, payload: round('2024'), headers: { authorization: `Bearer ${key}` } });
    expect((await post('editor-key-0123456789')).statusCode).toBe(403);
    expect((await post('ops-key-0123456789abc')).statusCode).toBe(201);
    const other = await app.inject({
      method: 'POST',
      url: '/api/actors',
      payload: polisen,
      headers: { authorization: 'Bearer elsewhere-key-012345' },
    });
    expect(other.statusCode).toBe(403);
  });
});

describe('the default round on a store without mappings', () => {
  it('the short routes answer 404 saying how to make one; /health stays up', async () => {
    const { EmbeddedStore } = await import('../../server/store/embedded/embedded-store.ts');
    const store = new EmbeddedStore({ file: ':memory:' });
    await store.init();
    app = await buildApp({ store, clientRoot: '/nonexistent' });
    const res = await app.inject('/api/actors');
    expect(res.statusCode).toBe(404);
    expect(res.json().message).toMatch(/POST \/api\/mappings/);
    expect((await app.inject('/health')).statusCode).toBe(200);
    expect(LEGACY_REF.mapping).toBe('trollhattan-segregation');
  });
});
