// What the OpenAPI fuzz run (openapi-fuzz.test.ts) found, pinned as plain requests so each stays
// fixed without Python: every case is a request the document allowed and the server got wrong,
// or one it forbade and the server let through.
import Fastify from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.ts';
import { frameworkErrors, MAX_PARAM_LENGTH } from '../../server/plugins/errors.ts';
import { makeApp, polisen } from '../http/helpers.ts';

let app: App;
beforeEach(async () => {
  app = await makeApp();
});
afterEach(async () => {
  await app.close();
});

type Operation = { requestBody?: { required?: boolean }; responses: Record<string, { content?: Record<string, unknown> }> };
async function operation(method: string, path: string): Promise<Operation> {
  const doc = (await app.inject('/openapi.json')).json();
  return doc.paths[path][method];
}

describe('writes that used to store a broken record', () => {
  it('refuses a forum whose name gives no id (it was stored with id "" and broke every list)', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/forums', payload: { name: '\u0081' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().details).toContainEqual(expect.objectContaining({ path: 'id' }));
    expect((await app.inject('/api/forums')).statusCode).toBe(200);
  });

  it('refuses an actor whose name gives no id', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/actors', payload: { name: '–', sector: 'state' } });
    expect(res.statusCode).toBe(400);
    expect((await app.inject('/api/actors')).json().items).toEqual([]);
  });

  it('gives a parallel tie on a long derived id a slug suffix, never "--2"', async () => {
    const long = (c: string) => ({ id: `${c}${'-x'.repeat(30)}`.slice(0, 55).replace(/-$/, ''), name: c, sector: 'state' });
    const [a, b] = [long('a'), long('b')];
    for (const actor of [a, b]) expect((await app.inject({ method: 'POST', url: '/api/actors', payload: actor })).statusCode).toBe(201);
    const tie = { source: a.id, target: b.id, status: 'active', areas: ['housing'] };
    expect((await app.inject({ method: 'POST', url: '/api/collaborations', payload: tie })).statusCode).toBe(201);
    const parallel = await app.inject({ method: 'POST', url: '/api/collaborations?allowParallel=true', payload: tie });
    expect(parallel.statusCode).toBe(201);
    expect(parallel.json().id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect((await app.inject('/api/collaborations')).statusCode).toBe(200);
  });
});

describe('query parameters take exactly what the document says', () => {
  it.each([
    ['/api/analytics/communities?seed=', 'query.seed'],
    ['/api/analytics/communities?seed=%205', 'query.seed'],
    ['/api/analytics/centrality?limit=0x10', 'query.limit'],
    ['/api/actors?limit=', 'query.limit'],
    ['/api/actors?q=%0B', 'query.q'],
    ['/api/graph?includeForums=maybe', 'query.includeForums'],
    ['/api/graph?status=active,', 'query.status'],
    ['/api/actors?cursor=not%20a%20cursor', 'query.cursor'],
    ['/api/gaps/brokers?from=polisen&to=polisen', 'query.to'],
    ['/api/gaps/reach?sector=state&type=internal', 'query.sector'],
  ])('%s is a 400 naming %s', async (url, path) => {
    const res = await app.inject(url);
    expect(res.statusCode).toBe(400);
    expect(res.json().details).toContainEqual(expect.objectContaining({ path }));
  });

  it.each([
    '/api/analytics/centrality?metrics=degree,degree&status=active,%20desired,active&alpha=1e-3',
    '/api/analytics/communities?seed=7&resolution=0.5',
    '/api/actors?cursor=MTIz',
    `/api/collaborations?actor=${'𝔸'.repeat(100)}`,
  ])('%s is accepted', async (url) => {
    expect((await app.inject(url)).statusCode).toBe(200);
  });
});

describe('answers match the document', () => {
  it('answers an unknown method on a known path with 405 and Allow, before reading a body', async () => {
    const trace = await app.inject({ method: 'TRACE' as 'GET', url: '/health' });
    expect(trace.statusCode).toBe(405);
    expect(trace.headers.allow).toBe('GET, HEAD');
    expect(trace.json()).toEqual({ error: 'method_not_allowed', message: expect.stringContaining('TRACE') });
    const query = await app.inject({ method: 'QUERY' as 'GET', url: '/api/actors/polisen' });
    expect(query.statusCode).toBe(405);
    expect(query.headers.allow).toBe('DELETE, GET, HEAD, PATCH, PUT');
    expect((await app.inject({ method: 'TRACE' as 'GET', url: '/api/nothing-here' })).statusCode).toBe(404);
  });

  it('documents 204 and 304 without a body, as they are sent', async () => {
    await app.inject({ method: 'POST', url: '/api/actors', payload: polisen });
    const deleted = await app.inject({ method: 'DELETE', url: '/api/actors/polisen' });
    expect(deleted.statusCode).toBe(204);
    expect(deleted.body).toBe('');
    expect((await operation('delete', '/api/actors/{id}')).responses['204']!.content).toBeUndefined();
    expect((await operation('get', '/api/graph')).responses['304']!.content).toBeUndefined();
  });

  it('documents the Markdown report as text and the member body as optional', async () => {
    const report = await operation('get', '/api/gaps/report');
    expect(Object.keys(report.responses['200']!.content!)).toEqual(['application/json', 'text/markdown']);
    expect(Object.keys(report.responses['400']!.content!)).toEqual(['application/json']);
    expect((await operation('put', '/api/forums/{id}/members/{actorId}')).requestBody?.required).toBe(false);
    expect((await operation('put', '/api/forums/{id}')).requestBody?.required).toBe(true);
  });

  it('documents what a patch may not remove, and lists that must not repeat', async () => {
    const doc = (await app.inject('/openapi.json')).json();
    const patch = doc.components.schemas.ActorPatch.properties;
    expect(patch.name.nullable).toBe(false);
    expect(patch.description.nullable).toBe(true);
    expect(patch.areas.uniqueItems).toBe(true);
    expect(doc.components.schemas.CollaborationCreate.properties.forms.uniqueItems).toBe(true);
  });
});

describe("the router's own refusals", () => {
  it('match path parameters as long as any id, and answer longer ones with a 400 in the API shape', async () => {
    const router = Fastify({ routerOptions: { maxParamLength: MAX_PARAM_LENGTH }, frameworkErrors });
    router.get('/things/:id', async (request) => ({ id: (request.params as { id: string }).id }));
    const id = 'a'.repeat(120);
    expect((await router.inject(`/things/${id}`)).json()).toEqual({ id });
    const astral = encodeURIComponent('𝔸'.repeat(120));
    expect((await router.inject(`/things/${astral}`)).statusCode).toBe(200);
    const tooLong = await router.inject(`/things/${'a'.repeat(MAX_PARAM_LENGTH + 1)}`);
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json()).toEqual({
      error: 'validation_error',
      message: expect.any(String),
      details: [{ path: 'path', message: expect.any(String) }],
    });
    const badUrl = await router.inject('/things/%E0%A4%A');
    expect(badUrl.statusCode).toBe(400);
    expect(badUrl.json().error).toBe('validation_error');
    await router.close();
  });

  it('documents every status a route can give: 400 on reads by id, 409 on import, 503 wherever the store is used', async () => {
    for (const path of ['/api/actors/{id}', '/api/collaborations/{id}', '/api/forums/{id}', '/api/sources/{id}']) {
      expect(Object.keys((await operation('get', path)).responses), path).toEqual(['200', '400', '404', '503']);
    }
    expect(Object.keys((await operation('post', '/api/import')).responses)).toContain('409');
    expect(Object.keys((await operation('get', '/api/sources')).responses)).toContain('503');
  });
});
