// A misspelt query parameter (`sectr=state`) is a 400 naming it on every route that takes
// parameters, as the analytics routes always said: taken silently, it would answer for the whole
// round as if no filter was asked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.ts';
import { makeApp, postActors } from './helpers.ts';

let app: App;
beforeAll(async () => {
  app = await makeApp();
  await postActors(app);
});
afterAll(async () => {
  await app.close();
});

const round = '/api/mappings/trollhattan-segregation/rounds/2019';
const REQUESTS: Array<['GET' | 'POST' | 'DELETE', string]> = [
  ['GET', '/api/actors?sectr=state'],
  ['GET', `${round}/actors?sectr=state`],
  ['GET', '/api/collaborations?sectr=state'],
  ['GET', '/api/forums?sectr=state'],
  ['GET', '/api/changes?sectr=state'],
  ['GET', '/api/graph?sectr=state'],
  ['GET', `${round}/graph?sectr=state`],
  ['GET', '/api/export?format=json&sectr=state'],
  ['POST', '/api/collaborations?sectr=state'],
  ['DELETE', '/api/actors/polisen?sectr=state'],
  ['DELETE', '/api/mappings/trollhattan-segregation?sectr=state'],
  ['POST', '/api/import/file?sectr=state'],
];

describe('query parameters a route does not take', () => {
  it.each(REQUESTS)('%s %s is a 400 naming the parameter', async (method, url) => {
    // Fastify reports the body first: each body is a valid one, so the query's problem shows.
    const tie = { source: 'polisen', target: 'ideell-forening', status: 'active', areas: ['crime'] };
    const body = url.startsWith('/api/import')
      ? { payload: 'Name,Sector\nPolisen,State\n', headers: { 'content-type': 'text/csv' } }
      : { payload: method === 'POST' ? tie : undefined };
    const res = await app.inject({ method, url, ...body });
    expect(res.statusCode).toBe(400);
    expect(res.json().details).toContainEqual({ path: 'query.sectr', message: 'is not a known field' });
  });

  it('still takes every parameter a route documents', async () => {
    const res = await app.inject(`${round}/graph?sector=state&status=active&includeForums=false`);
    expect(res.statusCode).toBe(200);
    expect(res.json().nodes.map((n: { key: string }) => n.key)).toEqual(['polisen']);
  });
});
