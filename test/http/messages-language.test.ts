// Error answers and import problems in the language Accept-Language prefers (Swedish or English),
// the same requests asked both ways: the codes and field paths stay, the words change.
import type { InjectOptions } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.ts';
import { makeApp, postActors } from './helpers.ts';

const M = '/api/mappings/trollhattan-segregation';
const SWEDISH = { 'accept-language': 'sv-SE,sv;q=0.9,en;q=0.8' };

let app: App;

/** The request asked in English (no Accept-Language) and in Swedish. */
async function bothWays(request: InjectOptions) {
  const english = await app.inject(request);
  const swedish = await app.inject({ ...request, headers: { ...request.headers, ...SWEDISH } });
  expect(swedish.statusCode).toBe(english.statusCode);
  expect(english.headers['content-language']).toBe('en');
  expect(swedish.headers['content-language']).toBe('sv');
  for (const answer of [english, swedish]) expect(String(answer.headers.vary)).toMatch(/accept-language/i);
  const [en, sv] = [english.json(), swedish.json()];
  expect(sv.error).toBe(en.error);
  return { status: english.statusCode, en, sv };
}

describe('messages in the language asked for', () => {
  afterEach(async () => {
    await app.close();
  });

  it('a query integer out of range', async () => {
    app = await makeApp();
    const { status, en, sv } = await bothWays({ method: 'GET', url: '/api/actors?limit=0' });
    expect(status).toBe(400);
    expect(en.details).toEqual([{ path: 'query.limit', message: 'must be at least 1' }]);
    expect(sv.details).toEqual([{ path: 'query.limit', message: 'måste vara minst 1' }]);
    expect(en.message).toBe('invalid request: query.limit must be at least 1');
    expect(sv.message).toBe('ogiltig begäran: query.limit måste vara minst 1');
  });

  it('a body without a required field', async () => {
    app = await makeApp();
    const { status, en, sv } = await bothWays({ method: 'POST', url: '/api/actors', payload: { name: 'Ny aktör', areas: 'x' } });
    expect(status).toBe(400);
    expect(sv.details.map((d: { path: string }) => d.path)).toEqual(['body.sector', 'body.areas']);
    expect(en.details[1].message).toBe('Invalid input: expected array, received string');
    expect(sv.details[1].message).toBe('ogiltigt värde: förväntade array, fick string');
    // A field left out is said to be missing, not to hold a wrong value.
    expect(en.details[0].message).toMatch(/^is required: one of "municipal"\|/);
    expect(sv.details[0].message).toMatch(/^krävs: ett av "municipal"\|/);
    expect(sv.message).toBe(`ogiltig begäran: body.sector ${sv.details[0].message}; body.areas ${sv.details[1].message}`);
  });

  it('an unknown actor in an analytics query is a 404, as the actor route says', async () => {
    app = await makeApp();
    const { status, sv } = await bothWays({ method: 'GET', url: '/api/gaps/predicted?actor=saknas' });
    expect(status).toBe(404);
    expect(sv.message).toBe("aktören 'saknas' finns inte");
  });

  it('an unknown route, and a method the path does not take', async () => {
    app = await makeApp();
    expect((await bothWays({ method: 'GET', url: '/api/nowhere' })).sv.message).toBe('det finns ingen GET /api/nowhere');
    const { status, sv } = await bothWays({ method: 'DELETE', url: '/api/actors' });
    expect(status).toBe(405);
    expect(sv.message).toMatch(/^DELETE stöds inte här; använd GET/);
  });

  it('an unknown actor is a 404', async () => {
    app = await makeApp();
    const { status, en, sv } = await bothWays({ method: 'GET', url: '/api/actors/saknas' });
    expect(status).toBe(404);
    expect(en.message).toBe("actor 'saknas' does not exist");
    expect(sv.message).toBe("aktören 'saknas' finns inte");
  });

  it('a write to a closed round is a 409', async () => {
    app = await makeApp();
    await postActors(app);
    expect((await app.inject({ method: 'PATCH', url: `${M}/rounds/2019`, payload: { closed: true } })).statusCode).toBe(200);
    const { status, en, sv } = await bothWays({ method: 'POST', url: '/api/actors', payload: { name: 'Ny', sector: 'state' } });
    expect(status).toBe(409);
    expect(en.message).toBe("round 'trollhattan-segregation/2019' is closed: reopen it (PATCH closed: false) to change it");
    expect(sv.message).toBe("omgången 'trollhattan-segregation/2019' är stängd: öppna den igen (PATCH closed: false) för att ändra den");
  });

  it('an import with bad rows lists its problems', async () => {
    app = await makeApp();
    const csv = ['id;name;sector', 'a;Actor A;municipal', 'b;Actor B;no-such-sector', 'c;;state'].join('\n');
    const { status, en, sv } = await bothWays({
      method: 'POST',
      url: `${M}/rounds/2019/import/file?name=actors.csv`,
      payload: csv,
      headers: { 'content-type': 'text/csv' },
    });
    expect(status).toBe(422);
    expect(en.message).toBe('the file has 2 problem(s); nothing was written');
    expect(sv.message).toBe('filen har 2 problem; inget skrevs');
    const where = (problems: Array<{ row: number; column: string }>) => problems.map(({ row, column }) => `${row}:${column}`);
    expect(where(sv.problems)).toEqual(where(en.problems));
    expect(en.problems[1].message).toBe('required, but empty');
    expect(sv.problems[1].message).toBe('krävs, men är tom');
    expect(en.problems[0].message).toMatch(/^unknown sector "no-such-sector": use one of Municipal, /);
    expect(sv.problems[0].message).toMatch(/^okänt värde ”no-such-sector” för sektor: använd något av Kommunal, .* eller mappa värdet$/);
  });
});

/** Bad requests of every kind (query, body, JSON, references, conflicts, analytics); none writes. */
const REFUSED: InjectOptions[] = [
  { method: 'GET', url: '/api/actors?limit=abc' },
  { method: 'GET', url: '/api/actors?limit=5000' },
  { method: 'GET', url: '/api/actors?cursor=!!!' },
  { method: 'GET', url: '/api/graph?status=nope' },
  { method: 'GET', url: '/api/gaps/brokers?from=civil_society' },
  { method: 'GET', url: '/api/gaps/brokers?from=civil_society&to=civil_society' },
  { method: 'GET', url: '/api/gaps/reach' },
  { method: 'GET', url: '/api/gaps/report?lang=de' },
  { method: 'GET', url: '/api/analytics/centrality?neighbourhood=Nowhere' },
  { method: 'POST', url: '/api/actors', payload: {} },
  { method: 'POST', url: '/api/actors', payload: { name: 'A', sector: 'state', colour: 'red' } },
  { method: 'POST', url: '/api/actors', payload: '{', headers: { 'content-type': 'application/json' } },
  { method: 'POST', url: '/api/actors', payload: '', headers: { 'content-type': 'application/json' } },
  { method: 'POST', url: '/api/actors', payload: { id: 'polisen', name: 'Polisen', sector: 'state' } },
  { method: 'PATCH', url: '/api/actors/saknas', payload: { name: 'x' } },
  { method: 'PATCH', url: '/api/actors/polisen', payload: { sector: null } },
  { method: 'POST', url: '/api/collaborations', payload: { source: 'polisen', target: 'polisen', type: 'state', status: 'active' } },
  { method: 'GET', url: '/api/changes/zzz' },
  { method: 'PUT', url: `${M}/rounds/2019/layout`, payload: { positions: { saknas: { x: 1, y: 2 } } } },
  { method: 'POST', url: '/api/mappings', payload: { id: 'Bad Id' } },
  { method: 'DELETE', url: '/api/mappings/trollhattan-segregation' },
  { method: 'GET', url: `${M}/compare?from=2019&to=1999` },
];

describe('every kind of refusal in Swedish', () => {
  beforeAll(async () => {
    app = await makeApp();
    await postActors(app);
  });
  afterAll(async () => {
    await app.close();
  });

  it.each(REFUSED.map((request) => [`${request.method} ${request.url}`, request] as const))('%s', async (_name, request) => {
    const { status, en, sv } = await bothWays(request);
    expect(status).toBeGreaterThanOrEqual(400);
    expect(sv.message).not.toBe(en.message);
    const details = (body: { details?: Array<{ path: string; message: string }> }) => body.details ?? [];
    expect(details(sv).map((d) => d.path)).toEqual(details(en).map((d) => d.path));
    details(sv).forEach((detail, i) => {
      expect(detail.message, detail.path).not.toBe(details(en)[i]?.message);
    });
  });
});
