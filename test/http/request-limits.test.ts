// Bodies that are cheap to send and were expensive to refuse: a dataset of a million items, an
// actor with a million evidence entries. Every list the API takes has a documented maximum that
// is checked before any item is validated, and an error lists at most 100 problems with their
// total, so such a body is refused with a small answer.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { App } from '../../server/app.ts';
import { makeApp } from './helpers.ts';

let app: App;
beforeAll(async () => {
  app = await makeApp();
});
afterAll(async () => {
  await app.close();
});

/** `[{},{},…]` as JSON text, without building a million objects first. */
function emptyObjects(count: number): string {
  return `[${'{},'.repeat(count - 1)}{}]`;
}

describe('request size limits', () => {
  it('refuses a dataset with a million actors with a short 400 naming the list and its maximum', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/import',
      headers: { 'content-type': 'application/json' },
      payload: `{"actors":${emptyObjects(1_000_000)}}`,
    });
    expect(res.statusCode).toBe(400);
    expect(res.body.length).toBeLessThan(4_000);
    const body = res.json();
    expect(body.error).toBe('validation_error');
    expect(body.details).toEqual([{ path: 'body.actors', message: expect.stringMatching(/at most [\d,]+ items/) }]);
  });

  it('refuses an actor with a million evidence entries the same way', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/actors',
      headers: { 'content-type': 'application/json' },
      payload: `{"name":"Stor","sector":"state","evidence":${emptyObjects(300_000)}}`,
    });
    expect(res.statusCode).toBe(400);
    expect(res.body.length).toBeLessThan(4_000);
    expect(res.json().details).toEqual([{ path: 'body.evidence', message: 'must have at most 100 items' }]);
  });

  it('lists the first 100 problems of a dataset and says how many there are', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/import',
      headers: { 'content-type': 'application/json' },
      payload: `{"actors":${emptyObjects(1_000)}}`,
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    // Each empty actor lacks an id, a name and a sector.
    expect(body.detailsTotal).toBe(3_000);
    expect(body.details).toHaveLength(100);
    expect(body.details[0]).toEqual({ path: 'body.actors.0.id', message: expect.any(String) });
    expect(body.message.length).toBeLessThan(2_000);
  });

  it('documents the maximum of every list a request body may hold', async () => {
    const doc = (await app.inject('/openapi.json')).json();
    const unbounded: string[] = [];
    const seen = new Set<unknown>();
    const visit = (node: unknown, path: string): void => {
      if (node === null || typeof node !== 'object' || seen.has(node)) return;
      seen.add(node);
      const schema = node as Record<string, unknown>;
      if (typeof schema.$ref === 'string') {
        const name = schema.$ref.split('/').pop()!;
        visit(doc.components.schemas[name], `${path}→${name}`);
        return;
      }
      if (schema.type === 'array' && typeof schema.maxItems !== 'number') unbounded.push(path);
      for (const [key, value] of Object.entries(schema)) {
        if (Array.isArray(value)) {
          value.forEach((v, i) => {
            visit(v, `${path}.${key}[${i}]`);
          });
        } else visit(value, `${path}.${key}`);
      }
    };
    for (const [route, operations] of Object.entries(doc.paths as Record<string, Record<string, { requestBody?: unknown }>>)) {
      for (const [method, operation] of Object.entries(operations)) visit(operation.requestBody, `${method} ${route}`);
    }
    expect(unbounded).toEqual([]);
    expect(doc.components.schemas.DatasetInput.properties.actors.maxItems).toBeGreaterThanOrEqual(10_000);
  });

  it('does not walk an uploaded file byte by byte while checking list lengths', async () => {
    // The length check once enumerated a file body's entries: a 20 MB upload blocked the event
    // loop for minutes and took gigabytes before the file was even read.
    const entries = vi.spyOn(Object, 'entries');
    const keys = vi.spyOn(Object, 'keys');
    try {
      const res = await app.inject({
        method: 'POST',
        url: '/api/import/file?dryRun=true&name=aktorer.csv',
        headers: { 'content-type': 'text/csv' },
        payload: Buffer.from(`id;namn;sektor\n${'a;A;kommun\n'.repeat(50_000)}`),
      });
      expect(res.statusCode).toBeLessThan(500);
      const walked = [...entries.mock.calls, ...keys.mock.calls].filter(([value]) => ArrayBuffer.isView(value));
      expect(walked).toEqual([]);
    } finally {
      entries.mockRestore();
      keys.mockRestore();
    }
  });

  it('takes a body up to the import limit on /api/import only', async () => {
    const small = await makeApp({ importBodyLimitBytes: 64 * 1024 });
    try {
      const big = JSON.stringify({
        sources: [],
        actors: [{ id: 'a', name: 'x'.repeat(200), sector: 'state', description: 'y'.repeat(4000) }],
      });
      const padded = `${big.slice(0, -1)}${' '.repeat(70 * 1024)}}`;
      const refused = await small.inject({
        method: 'POST',
        url: '/api/import',
        headers: { 'content-type': 'application/json' },
        payload: padded,
      });
      expect(refused.statusCode).toBe(413);
      expect(refused.json().error).toBe('payload_too_large');
      const fits = await small.inject({
        method: 'POST',
        url: '/api/import',
        headers: { 'content-type': 'application/json' },
        payload: big,
      });
      expect(fits.statusCode).toBe(200);
      // Other routes keep Fastify's 1 MiB.
      const actor = await small.inject({
        method: 'POST',
        url: '/api/actors',
        headers: { 'content-type': 'application/json' },
        payload: `{"name":"A","sector":"state"${' '.repeat(1_100_000)}}`,
      });
      expect(actor.statusCode).toBe(413);
    } finally {
      await small.close();
    }
  });
});
