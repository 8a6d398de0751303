// DNS rebinding and cross-site writes. A page on attacker.example whose name is made to resolve
// to 127.0.0.1 reaches the API with `Host: attacker.example`; a page on any site can send a form
// or fetch with its own `Origin`. Neither may read or write: the Host must be an address, a
// loopback name or a configured name, and a write that names an Origin must come from the API's
// own origin (or a loopback or configured one).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.ts';
import { makeApp, polisen } from './helpers.ts';

let app: App;
beforeAll(async () => {
  app = await makeApp({ allowedHosts: ['samverkan.example.org'] });
});
afterAll(async () => {
  await app.close();
});

const create = (headers: Record<string, string>) =>
  app.inject({ method: 'POST', url: '/api/actors', payload: { ...polisen, id: undefined }, headers });

describe('Host', () => {
  it.each([
    ['attacker.example'],
    ['attacker.example:8080'],
    ['127.0.0.1.attacker.example'],
    ['localhost.attacker.example'],
    ['samverkan.example.org.attacker.example'],
  ])('refuses reads and writes with Host %s (421 naming the host)', async (host) => {
    for (const request of [{ url: '/api/actors' }, { method: 'POST' as const, url: '/api/actors', payload: polisen }, { url: '/' }]) {
      const res = await app.inject({ ...request, headers: { host } });
      expect(res.statusCode, `${request.url} with ${host}`).toBe(421);
      expect(res.json()).toMatchObject({ error: 'host_not_allowed', message: expect.stringContaining(host.split(':')[0]!) });
      expect(res.json().message).toContain('SAMVERKAN_ALLOWED_HOSTS');
    }
  });

  it.each([
    ['127.0.0.1:8080'],
    ['localhost:8080'],
    ['LOCALHOST'],
    ['app.localhost:8080'],
    ['[::1]:8080'],
    ['192.168.1.20:8080'],
    ['samverkan.example.org'],
    ['Samverkan.Example.Org:443'],
  ])('serves Host %s', async (host) => {
    expect((await app.inject({ url: '/api/actors', headers: { host } })).statusCode).toBe(200);
  });

  it('refuses a write whose Origin is another site, even with a good Host', async () => {
    const res = await create({ host: '127.0.0.1:8080', origin: 'https://attacker.example' });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: 'origin_not_allowed', message: expect.stringContaining('https://attacker.example') });
    const opaque = await create({ host: '127.0.0.1:8080', origin: 'null' });
    expect(opaque.statusCode).toBe(403);
    const ip = await create({ host: '127.0.0.1:8080', origin: 'http://6.6.6.6' });
    expect(ip.statusCode).toBe(403);
    expect((await app.inject('/api/actors/polisen')).statusCode).toBe(404);
  });

  it('takes writes from its own origin, a loopback origin, a configured name, or without an Origin', async () => {
    const origins = [
      { host: '192.168.1.20:8080', origin: 'http://192.168.1.20:8080' },
      { host: '127.0.0.1:8080', origin: 'http://localhost:5173' },
      { host: 'samverkan.example.org', origin: 'https://samverkan.example.org' },
      { host: '127.0.0.1:8080' },
    ];
    for (const [i, headers] of origins.entries()) {
      const res = await app.inject({ method: 'POST', url: '/api/actors', payload: { name: `Aktör ${i}`, sector: 'state' }, headers });
      expect(res.statusCode, JSON.stringify(headers)).toBe(201);
    }
  });

  it('lets reads name any Origin (a cross-site page cannot read the answer without CORS)', async () => {
    expect((await app.inject({ url: '/api/actors', headers: { origin: 'https://attacker.example' } })).statusCode).toBe(200);
  });
});
