// Keys with roles, private reads, the principal a request carries, and the rate limits.
import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { KeyRing, type ApiKey } from '../../server/access.ts';
import type { App } from '../../server/app.ts';
import authPlugin from '../../server/plugins/auth.ts';
import errorsPlugin from '../../server/plugins/errors.ts';
import { makeApp, polisen } from './helpers.ts';

const keys: ApiKey[] = [
  { name: 'reader', key: 'reader-key-0123456789', role: 'read', mappings: ['trollhattan-segregation'] },
  { name: 'editor', key: 'editor-key-0123456789', role: 'write', mappings: [] },
  { name: 'ops', key: 'ops-key-0123456789abc', role: 'admin', mappings: [] },
];
const bearer = (name: string) => ({ authorization: `Bearer ${keys.find((k) => k.name === name)!.key}` });

let app: App;
afterEach(async () => {
  await app?.close();
});

describe('roles', () => {
  it('lets write and admin keys write, refuses a read key with 403 and no key with 401', async () => {
    app = await makeApp({ keys: keys.filter((k) => k.role !== 'read') });
    const post = (headers: Record<string, string>, id: string) =>
      app.inject({ method: 'POST', url: '/api/actors', payload: { ...polisen, id }, headers });
    const none = await post({}, 'a');
    expect(none.statusCode).toBe(401);
    expect(none.headers['www-authenticate']).toBe('Bearer');
    expect((await post({ authorization: 'Bearer not-a-key-of-this-server' }, 'a')).json().message).toMatch(/not one of this server's keys/);
    expect((await post(bearer('editor'), 'b')).statusCode).toBe(201);
    expect((await post(bearer('ops'), 'c')).statusCode).toBe(201);
    // Without a read key, reads stay open.
    expect((await app.inject('/api/actors')).statusCode).toBe(200);
    expect((await app.inject('/health')).json()).toMatchObject({ writesNeedKey: true, readsNeedKey: false });
  });

  it('with a read key configured, reads of the API need a key; the page, docs and health stay open', async () => {
    app = await makeApp({ keys });
    const write = await app.inject({ method: 'POST', url: '/api/actors', payload: polisen, headers: bearer('reader') });
    expect(write.statusCode).toBe(403);
    expect(write.json()).toMatchObject({ error: 'forbidden', message: "the key 'reader' has the role read; this needs write" });
    for (const url of ['/api/actors', '/api/graph', '/api/analytics/catalogue', '/api/gaps/mixing', '/api/vocabulary']) {
      expect((await app.inject(url)).statusCode, url).toBe(401);
      expect((await app.inject({ url, headers: bearer('reader') })).statusCode, url).toBe(200);
      expect((await app.inject({ url, headers: bearer('editor') })).statusCode, url).toBe(200);
    }
    for (const url of ['/health', '/openapi.json', '/docs', '/']) expect((await app.inject(url)).statusCode, url).toBe(200);
    expect((await app.inject('/health')).json()).toMatchObject({ writesNeedKey: true, readsNeedKey: true });
  });

  it('gives each request the principal of its key (never the key), and lets a route ask for admin', async () => {
    const mini = Fastify();
    await mini.register(errorsPlugin);
    await mini.register(authPlugin, { keyRing: new KeyRing(keys) });
    mini.get('/api/whoami', async (request) => ({ principal: request.principal }));
    mini.post('/api/rounds', { config: { role: 'admin' } }, async () => ({ ok: true }));
    try {
      const who = await mini.inject({ url: '/api/whoami', headers: bearer('reader') });
      expect(who.json()).toEqual({ principal: { name: 'reader', role: 'read', mappings: ['trollhattan-segregation'] } });
      expect(who.body).not.toContain('reader-key');
      expect((await mini.inject({ method: 'POST', url: '/api/rounds', headers: bearer('editor') })).statusCode).toBe(403);
      expect((await mini.inject({ method: 'POST', url: '/api/rounds', headers: bearer('ops') })).statusCode).toBe(200);
    } finally {
      await mini.close();
    }
    app = await makeApp();
    // Without keys, nobody in particular asks, and a stale key in a client changes nothing.
    expect((await app.inject({ url: '/api/actors', headers: { authorization: 'Bearer stale-key-from-before' } })).statusCode).toBe(200);
  });
});

describe('rate limits', () => {
  it('answers 429 with Retry-After past the budget, with a tighter budget for analytics, gaps, the graph, export, duplicates, compare and trend, on every round', async () => {
    app = await makeApp({ keys, rateLimits: { perMinute: 6, heavyPerMinute: 2 } });
    const heavy = () => app.inject({ url: '/api/analytics/catalogue', headers: bearer('reader') });
    expect((await heavy()).statusCode).toBe(200);
    expect((await heavy()).statusCode).toBe(200);
    const refused = await heavy();
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.json()).toMatchObject({ error: 'too_many_requests', message: expect.stringMatching(/try again in \d+ s/) });
    const round = '/api/mappings/trollhattan-segregation/rounds/2019';
    const heavyToo = [
      '/api/gaps/mixing',
      '/api/graph',
      '/api/export?format=json',
      '/api/duplicates',
      `${round}/analytics/catalogue`,
      `${round}/gaps/mixing`,
      `${round}/graph`,
      `${round}/export?format=json`,
      '/api/mappings/trollhattan-segregation/compare?from=2019&to=2019',
      '/api/mappings/trollhattan-segregation/trend',
    ];
    for (const url of heavyToo) expect((await app.inject({ url, headers: bearer('reader') })).statusCode, url).toBe(429);
    // Point reads have their own budget, and another key its own.
    expect((await app.inject({ url: '/api/actors', headers: bearer('reader') })).statusCode).toBe(200);
    expect((await app.inject({ url: `${round}/actors`, headers: bearer('reader') })).statusCode).toBe(200);
    expect((await app.inject({ url: '/api/analytics/catalogue', headers: bearer('editor') })).statusCode).toBe(200);
  });

  it('counts requests without a key per address, guessed keys included', async () => {
    app = await makeApp({ keys: keys.filter((k) => k.role !== 'read'), rateLimits: { perMinute: 3, heavyPerMinute: 3 } });
    const guess = (remoteAddress: string) =>
      app.inject({
        method: 'POST',
        url: '/api/actors',
        payload: polisen,
        remoteAddress,
        headers: { authorization: 'Bearer guessing-0123456789' },
      });
    for (let i = 0; i < 3; i++) expect((await guess('10.0.0.1')).statusCode).toBe(401);
    expect((await guess('10.0.0.1')).statusCode).toBe(429);
    expect((await guess('10.0.0.2')).statusCode).toBe(401);
  });
});
