import SwaggerParser from '@apidevtools/swagger-parser';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../server/app.ts';
import { EmbeddedStore } from '../../server/store/embedded/embedded-store.ts';
import { polisen, makeApp } from './helpers.ts';
import { ensureLegacyRound } from '../../server/seed/load.ts';
import { LEGACY_REF } from '../../server/store/legacy.ts';

let app: App;
afterEach(async () => {
  await app.close();
});

describe('system routes', () => {
  it('reports health with the store kind and versions', async () => {
    app = await makeApp();
    const res = await app.inject('/health');
    expect(res.statusCode).toBe(200);
    // graphVersion is the default round's version, as the short routes' ETags carry it.
    const round = await app.store.getRound(LEGACY_REF);
    expect(res.json()).toMatchObject({ status: 'ok', store: 'embedded', graphVersion: round?.version, writesNeedKey: false });
    expect(res.json().version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('answers 503 without leaking internals when the store is gone', async () => {
    app = await makeApp();
    await app.store.close();
    const health = await app.inject('/health');
    expect(health.statusCode).toBe(503);
    expect(health.json().status).toBe('unavailable');
    const list = await app.inject('/api/actors');
    expect(list.statusCode).toBe(503);
    expect(list.json()).toEqual({ error: 'store_unavailable', message: expect.any(String) });
    expect(list.body).not.toMatch(/sqlite|database connection|stack|at /i);
  });

  it('hides the message of an unexpected error', async () => {
    const store = new EmbeddedStore({ file: ':memory:' });
    await store.init();
    await ensureLegacyRound(store);
    // A bug cannot be produced on purpose, so one store method fails the way a bug would.
    const round = store.round.bind(store);
    store.round = (ref) => {
      const graph = round(ref);
      graph.listSources = async () => {
        throw new TypeError("Cannot read properties of undefined (reading 'secret_column')");
      };
      return graph;
    };
    app = await buildApp({ store, clientRoot: '/nonexistent' });
    const res = await app.inject('/api/sources');
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ error: 'internal', message: expect.any(String) });
    expect(res.body).not.toContain('secret_column');
  });

  it('serves a valid OpenAPI 3 document listing every route with its schemas, and Swagger UI', async () => {
    app = await makeApp();
    const doc = (await app.inject('/openapi.json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    await SwaggerParser.validate(structuredClone(doc));
    const routes = Object.entries(
      doc.paths as Record<string, Record<string, { responses: Record<string, unknown>; requestBody?: unknown }>>,
    );
    const operations = routes.flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
    const expected = [
      'get /api/actors',
      'post /api/actors',
      'get /api/actors/{id}',
      'put /api/actors/{id}',
      'patch /api/actors/{id}',
      'delete /api/actors/{id}',
      'get /api/collaborations',
      'post /api/collaborations',
      'get /api/collaborations/{id}',
      'patch /api/collaborations/{id}',
      'delete /api/collaborations/{id}',
      'get /api/forums',
      'post /api/forums',
      'get /api/forums/{id}',
      'put /api/forums/{id}',
      'delete /api/forums/{id}',
      'put /api/forums/{id}/members/{actorId}',
      'delete /api/forums/{id}/members/{actorId}',
      'get /api/graph',
      'post /api/import',
      'get /health',
      'get /api/vocabulary',
      'get /api/sources',
      'put /api/sources/{id}',
      'get /api/analytics/catalogue',
      'get /api/analytics/centrality',
      'get /api/analytics/communities',
      'get /api/analytics/structure',
      'get /api/gaps/reach',
      'get /api/gaps/mixing',
      'get /api/gaps/declared',
      'get /api/gaps/predicted',
      'get /api/gaps/brokers',
      'get /api/gaps/report',
      'get /api/changes',
      'get /api/changes/{id}',
      'post /api/changes/{id}/revert',
    ];
    const listed = operations.map((o) => `${o.method} ${o.path}`);
    for (const route of expected) expect(listed, route).toContain(route);
    for (const { method, path, op } of operations) {
      expect(Object.keys(op.responses).length, `${method} ${path} responses`).toBeGreaterThan(0);
      // A revert is an action on the change the path names: it takes no body.
      const action = path.endsWith('/revert');
      if ((['post', 'patch'].includes(method) && !action) || (method === 'put' && !path.includes('members'))) {
        expect(op.requestBody, `${method} ${path} body`).toBeDefined();
      }
    }
    const docs = await app.inject('/docs');
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('<title>Swagger UI</title>');
    expect((await app.inject('/docs/static/swagger-ui.css')).statusCode).toBe(200);
  });

  it('serves a page at / and the vocabulary', async () => {
    app = await makeApp();
    const page = await app.inject('/');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    const vocabulary = (await app.inject('/api/vocabulary')).json();
    expect(vocabulary.areas.map((a: { id: string }) => a.id)).toEqual([
      'housing',
      'education',
      'labour_market',
      'democracy_civil_society',
      'crime',
    ]);
  });
});

describe('API key', () => {
  const key = 'a-test-key-that-is-long-enough';

  it('guards every write and leaves reads open', async () => {
    app = await makeApp({ apiKey: key });
    const anonymous = await app.inject({ method: 'POST', url: '/api/actors', payload: polisen });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error).toBe('unauthorized');
    const wrong = await app.inject({ method: 'POST', url: '/api/actors', payload: polisen, headers: { authorization: `Bearer ${key}x` } });
    expect(wrong.statusCode).toBe(401);
    const right = await app.inject({ method: 'POST', url: '/api/actors', payload: polisen, headers: { authorization: `Bearer ${key}` } });
    expect(right.statusCode).toBe(201);
    for (const method of ['PUT', 'PATCH', 'DELETE'] as const) {
      expect((await app.inject({ method, url: '/api/actors/polisen', payload: {} })).statusCode).toBe(401);
    }
    expect((await app.inject('/api/actors/polisen')).statusCode).toBe(200);
    expect((await app.inject('/health')).json().writesNeedKey).toBe(true);
  });
});
