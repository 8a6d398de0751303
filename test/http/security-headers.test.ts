// What a browser is told about the pages and answers: a Content-Security-Policy that the explorer
// and Swagger UI live within, no MIME sniffing, no referrer, no framing; and stored links that can
// only be http(s), since the explorer renders an actor's website as a link (and a source's url
// is the same kind of stored link).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.ts';
import { makeApp } from './helpers.ts';

let app: App;
beforeAll(async () => {
  app = await makeApp();
});
afterAll(async () => {
  await app.close();
});

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('security headers', () => {
  it.each(['/', '/docs', '/docs/static/index.html', '/api/actors', '/health'])(
    'sends CSP, nosniff, referrer and frame policy on %s',
    async (url) => {
      const res = await app.inject(url);
      expect(res.statusCode).toBeLessThan(400);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-frame-options']).toBe('DENY');
      const csp = directives(String(res.headers['content-security-policy']));
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('script-src')).toEqual(["'self'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
      expect(csp.get('base-uri')).toEqual(["'self'"]);
      expect(csp.has('upgrade-insecure-requests')).toBe(false); // the API is served over plain http on loopback
    },
  );
});

describe('stored links', () => {
  it.each([
    'javascript:alert(document.domain)',
    'JavaScript://%0aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'ftp://example.org/x',
  ])('refuses the website %s with 400 naming body.website', async (website) => {
    for (const [method, url] of [
      ['POST', '/api/actors'],
      ['PUT', '/api/actors/lankat'],
    ] as const) {
      const res = await app.inject({ method, url, payload: { name: 'Länkat', sector: 'business', website } });
      expect(res.statusCode).toBe(400);
      expect(res.json().details).toContainEqual({ path: 'body.website', message: 'must be an http:// or https:// URL' });
    }
    const patch = await app.inject({ method: 'PATCH', url: '/api/actors/lankat', payload: { website } });
    expect(patch.statusCode).toBe(400);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://example.org/rapport.pdf'])(
    'refuses the source url %s on create and on import, naming the field',
    async (url) => {
      const source = { title: 'Rapporten', authors: [], year: 2019, url };
      const put = await app.inject({ method: 'PUT', url: '/api/sources/rapporten', payload: source });
      expect(put.statusCode).toBe(400);
      expect(put.json().details).toContainEqual({ path: 'body.url', message: 'must be an http:// or https:// URL' });
      const imported = await app.inject({
        method: 'POST',
        url: '/api/import',
        payload: { sources: [{ id: 'rapporten', ...source }], actors: [], forums: [], collaborations: [] },
      });
      expect(imported.statusCode).toBe(400);
      expect(imported.json().details).toContainEqual({ path: 'body.sources.0.url', message: 'must be an http:// or https:// URL' });
      expect((await app.inject('/api/sources/rapporten')).statusCode).toBe(404);
    },
  );

  it('keeps http and https source urls, on create and on import', async () => {
    const source = { title: 'Rapporten', authors: [], year: 2019, url: 'https://www.hv.se/rapport.pdf' };
    const put = await app.inject({ method: 'PUT', url: '/api/sources/rapporten', payload: source });
    expect(put.statusCode).toBeLessThan(300);
    expect(put.json().url).toBe(source.url);
    const imported = await app.inject({
      method: 'POST',
      url: '/api/import',
      payload: { sources: [{ id: 'rapport-2', ...source, url: 'http://example.org/a?b=c' }], actors: [], forums: [], collaborations: [] },
    });
    expect(imported.statusCode).toBeLessThan(300);
    expect((await app.inject('/api/sources/rapport-2')).json().url).toBe('http://example.org/a?b=c');
  });

  it('keeps http and https websites', async () => {
    for (const website of ['https://www.trollhattan.se/', 'http://example.org/a?b=c']) {
      const res = await app.inject({ method: 'PUT', url: '/api/actors/lankat', payload: { name: 'Länkat', sector: 'business', website } });
      expect(res.statusCode).toBeLessThan(300);
      expect(res.json().website).toBe(website);
    }
  });
});
