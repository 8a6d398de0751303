// Heavy analytics never hold the event loop, never pile up without bound, and identical questions
// asked at once are computed once (#14 defect 3). The apps here send every answer to the worker
// pool (inlineBelow: 0) and have one worker, so "busy" is a state the test sets up, not a race.
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.ts';
import { Dataset } from '../../server/domain/inputs.ts';
import { LEGACY_REF } from '../../server/store/legacy.ts';
import { makeApp } from './helpers.ts';
import { syntheticDataset } from './synthetic-dataset.ts';

let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const M = `/api/mappings/${LEGACY_REF.mapping}`;
const COMPARE = `${M}/compare?from=${LEGACY_REF.round}&to=later`;

async function appWith(maxWaiting: number, dataset = syntheticDataset(60, 150), offload = { inlineBelow: 0 }): Promise<App> {
  const made = await makeApp({ analyticsOffload: { workers: 1, maxWaiting, ...offload } });
  await made.store.round(LEGACY_REF).importDataset(Dataset.parse(dataset));
  // A follow-up round to compare with: a copy with one tie ended.
  const copy = { id: 'later', label: 'Later', observedOn: '2030', copyFrom: LEGACY_REF.round };
  expect((await made.inject({ method: 'POST', url: `${M}/rounds`, payload: copy })).statusCode).toBe(201);
  const [first] = (await made.inject(`${M}/rounds/later/collaborations?limit=1`)).json().items;
  expect((await made.inject({ method: 'DELETE', url: `${M}/rounds/later/collaborations/${first.id}` })).statusCode).toBe(204);
  return made;
}

/** Takes the only worker (or a place in the queue) until the app closes. */
function occupy(target: App): Promise<unknown> {
  return target.analyticsOffload.admit(() => target.analyticsPool.run('busyWait', { ms: 600_000 })).catch((e: unknown) => e);
}

describe('heavy analytics on the worker pool', () => {
  it('refuses a heavy request with 503 busy and Retry-After when every worker is taken and the queue is full', async () => {
    app = await appWith(1);
    void occupy(app); // runs
    void occupy(app); // waits
    expect(app.analyticsOffload.stats).toEqual({ running: 1, waiting: 1 });
    for (const url of [
      '/api/gaps/brokers?from=civil_society&to=state',
      '/api/analytics/communities',
      '/api/gaps/report',
      COMPARE,
      `${M}/trend`,
    ]) {
      const res = await app.inject(url);
      expect(res.statusCode, url).toBe(503);
      expect(res.headers['retry-after']).toMatch(/^[1-9]\d*$/);
      expect(res.json()).toMatchObject({ error: 'busy' });
      expect(res.json().message).not.toMatch(/narrow the filters/);
    }
    expect((await app.inject('/health')).statusCode).toBe(200);
  });

  it('computes identical concurrent requests once', async () => {
    app = await appWith(16);
    const before = app.analyticsPool.stats.started;
    const url = '/api/gaps/brokers?from=civil_society&to=state&limit=5';
    const answers = await Promise.all(Array.from({ length: 8 }, () => app!.inject(url)));
    for (const res of answers) expect(res.statusCode).toBe(200);
    expect(new Set(answers.map((res) => res.body)).size).toBe(1);
    expect(app.analyticsPool.stats.started - before).toBe(1);
    // A different question is another computation: the count above counts computations.
    await app.inject('/api/gaps/brokers?from=civil_society&to=business&limit=5');
    expect(app.analyticsPool.stats.started - before).toBe(2);
  });

  it('compares two rounds once per pair of versions: a write to either round is a new answer, the other side kept', async () => {
    app = await appWith(16);
    const before = app.analyticsPool.stats.started;
    const answers = await Promise.all(Array.from({ length: 4 }, () => app!.inject(COMPARE)));
    for (const res of answers) expect(res.statusCode).toBe(200);
    // One comparison is three tasks: each round's side, the two at once, then their join.
    const tasks = 3;
    expect(app.analyticsPool.stats.started - before).toBe(tasks);
    expect(answers[0]!.json().ties.counts.ended).toBe(1);
    const [second] = (await app.inject(`${M}/rounds/later/collaborations?limit=1`)).json().items;
    await app.inject({ method: 'DELETE', url: `${M}/rounds/later/collaborations/${second.id}` });
    const again = await app.inject(COMPARE);
    expect(again.json().ties.counts.ended).toBe(2);
    // The earlier round did not change: its side is kept per version, and only the later one is measured again.
    expect(app.analyticsPool.stats.started - before).toBe(2 * tasks - 1);
  });

  it('answers on a worker exactly as in the request thread', async () => {
    app = await appWith(16);
    const inThread = await appWith(16, syntheticDataset(60, 150), { inlineBelow: Number.POSITIVE_INFINITY });
    try {
      for (const url of [
        COMPARE,
        `${M}/compare?from=${LEGACY_REF.round}&to=later&format=markdown&lang=sv`,
        `${M}/trend`,
        '/api/gaps/reach?sector=civil_society',
        '/api/gaps/mixing?type=internal,civil_society',
        '/api/gaps/declared',
        '/api/gaps/predicted?limit=20',
        '/api/gaps/brokers?from=civil_society&to=state',
        '/api/gaps/report',
        '/api/analytics/communities?seed=3',
        '/api/analytics/structure',
      ]) {
        const [pooled, inline] = await Promise.all([app.inject(url), inThread.inject(url)]);
        expect(pooled.statusCode, url).toBe(200);
        expect(pooled.body, url).toEqual(inline.body);
      }
      expect(app.analyticsPool.stats.started).toBeGreaterThanOrEqual(10);
      expect(inThread.analyticsPool.stats.started).toBe(0);
    } finally {
      await inThread.close();
    }
  });

  it('answers /health while heavy requests compute', async () => {
    app = await appWith(16, syntheticDataset(1500, 6000));
    const events: string[] = [];
    const heavy = ['/api/gaps/brokers?from=civil_society&to=state', '/api/gaps/predicted?limit=50', '/api/analytics/structure'].map((url) =>
      app!.inject(url).then((res) => events.push(`${url} ${res.statusCode}`)),
    );
    const health = await app.inject('/health');
    events.push(`/health ${health.statusCode}`);
    await Promise.all(heavy);
    expect(events[0]).toBe('/health 200');
    expect(events).toHaveLength(4);
    for (const event of events) expect(event).toMatch(/ 200$/);
  });
});
