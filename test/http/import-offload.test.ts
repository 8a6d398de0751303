// Reading an uploaded file grows with its size, so it runs on the worker pool like the analytics:
// the event loop answers /health while a file is read, a read that outlasts its budget is a 422
// that writes nothing, and a full queue is a 503 with Retry-After. The apps here send every file
// to the pool (inlineBelow: 0) and have one worker, so "busy" is a state the test sets up.
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.ts';
import { makeApp } from './helpers.ts';

let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** A CSV of `rows` actors, in Swedish Excel's dialect. */
function actorsCsv(rows: number): string {
  const lines = Array.from({ length: rows }, (_, i) => `Aktör ${i};Civilsamhälle`);
  return ['Namn;Sektor', ...lines].join('\n');
}

const importCsv = (target: App, body: string) =>
  target.inject({
    method: 'POST',
    url: '/api/import/file?name=aktorer.csv',
    headers: { 'content-type': 'text/csv' },
    payload: body,
  });

describe('reading an uploaded file', () => {
  it('runs on a worker, and the server answers /health before the read is done', async () => {
    app = await makeApp({ analyticsOffload: { workers: 1, inlineBelow: 0 } });
    const before = app.analyticsPool.stats.started;
    const order: string[] = [];
    const imported = importCsv(app, actorsCsv(20_000)).then((res) => {
      order.push('import');
      return res;
    });
    const health = app.inject('/health').then((res) => {
      order.push('health');
      return res;
    });
    const [res, healthRes] = await Promise.all([imported, health]);
    expect(healthRes.statusCode).toBe(200);
    expect(order).toEqual(['health', 'import']);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ created: 20_000, format: 'csv' });
    expect(app.analyticsPool.stats.started).toBe(before + 1);
  });

  it('gives up past its budget with a 422 naming the reason, and writes nothing', async () => {
    app = await makeApp({ analyticsOffload: { workers: 1, inlineBelow: 0 }, importReadBudgetMs: 1 });
    const res = await importCsv(app, actorsCsv(20_000));
    expect(res.statusCode).toBe(422);
    expect(res.json().problems).toEqual([
      { sheet: 'aktorer.csv', row: null, column: null, message: 'reading the file took more than 0.001 s; import it in parts' },
    ]);
    expect((await app.inject('/api/actors?limit=1')).json().items).toEqual([]);
  });

  it('answers 503 busy with Retry-After when every worker is taken and the queue is full', async () => {
    app = await makeApp({ analyticsOffload: { workers: 1, inlineBelow: 0, maxWaiting: 0 } });
    const target = app;
    void target.analyticsOffload.admit(() => target.analyticsPool.run('busyWait', { ms: 600_000 })).catch(() => undefined);
    const res = await importCsv(app, actorsCsv(10));
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toMatch(/^[1-9]\d*$/);
    expect(res.json()).toMatchObject({ error: 'busy' });
    expect((await app.inject('/api/actors?limit=1')).json().items).toEqual([]);
  });
});
