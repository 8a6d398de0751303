import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../server/app.ts';
import { reachGaps } from '../../server/analytics/gaps/index.ts';
import { loadDataset } from '../../server/seed/load.ts';
import { EmbeddedStore } from '../../server/store/embedded/embedded-store.ts';

// Two API processes sharing one store: two apps, each with its own connection to one file.
let dir: string;
let first: App;
let second: App;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'samverkan-gaps-'));
  const file = join(dir, 'shared.db');
  const storeA = new EmbeddedStore({ file });
  await storeA.init();
  await loadDataset(storeA);
  const storeB = new EmbeddedStore({ file });
  await storeB.init();
  first = await buildApp({ store: storeA, clientRoot: '/nonexistent' });
  second = await buildApp({ store: storeB, clientRoot: '/nonexistent' });
});
afterAll(async () => {
  await first.close();
  await second.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('/api/gaps on the seed dataset', () => {
  it('answers "who does not collaborate with civil society?" as the analytics do on the store', async () => {
    const res = await first.inject('/api/gaps/reach?sector=civil_society');
    expect(res.statusCode).toBe(200);
    const direct = reachGaps(await first.store.snapshot(), { sector: 'civil_society' });
    expect(res.json()).toEqual(JSON.parse(JSON.stringify(direct)));
    expect(res.json().gaps.length).toBeGreaterThan(0);
    for (const gap of res.json().gaps) expect(gap.actor.sector).not.toBe('civil_society');
  });

  it('filters reach by area and accepts type instead of sector', async () => {
    const area = (await first.inject('/api/gaps/reach?sector=civil_society&area=labour_market')).json();
    expect(area.area).toBe('labour_market');
    expect(area.gaps.length).toBeGreaterThan(0);
    // Only actors working in the area are asked: they list it, or have a tie serving it.
    for (const gap of area.gaps) {
      expect(gap.actor.areas.includes('labour_market') || gap.ties.total > 0, gap.actor.id).toBe(true);
    }
    const byType = await first.inject('/api/gaps/reach?type=business');
    expect(byType.statusCode).toBe(200);
    expect(byType.json().target).toEqual({ kind: 'type', value: 'business' });
  });

  it('rejects bad parameters naming them, and unknown actors with 422', async () => {
    const bad = await first.inject('/api/gaps/reach?sector=church');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details[0].path).toBe('query.sector');
    const neither = await first.inject('/api/gaps/reach');
    expect(neither.statusCode).toBe(400);
    const unknown = await first.inject('/api/gaps/brokers?from=nobody&to=state');
    expect([400, 422]).toContain(unknown.statusCode);
    expect(unknown.json().message).toMatch(/nobody/);
  });

  it('serves mixing, declared, predicted, brokers and the report', async () => {
    const mixing = (await first.inject('/api/gaps/mixing')).json();
    expect(mixing.sectors.map((s: { sector: string }) => s.sector)).toContain('civil_society');
    const declared = (await first.inject('/api/gaps/declared')).json();
    expect(JSON.stringify(declared)).toContain('desired');
    const predicted = (await first.inject('/api/gaps/predicted?limit=5&crossSector=true')).json();
    expect(predicted.predictions.length).toBeLessThanOrEqual(5);
    for (const p of predicted.predictions) expect(p.source.sector).not.toBe(p.target.sector);
    const brokers = await first.inject('/api/gaps/brokers?from=civil_society&to=state');
    expect(brokers.statusCode).toBe(200);
    const report = (await first.inject('/api/gaps/report')).json();
    expect(report.findings.length).toBeGreaterThanOrEqual(4);
  });

  it('renders the report as Markdown when asked', async () => {
    const md = await first.inject({ url: '/api/gaps/report', headers: { accept: 'text/markdown' } });
    expect(md.headers['content-type']).toContain('text/markdown');
    expect(md.body).toMatch(/^# /);
    const json = await first.inject({ url: '/api/gaps/report', headers: { accept: 'application/json, text/markdown;q=0.5' } });
    expect(json.headers['content-type']).toContain('application/json');
  });

  it('caches per graph version: 304 until a write through the other process changes the graph', async () => {
    const url = '/api/gaps/reach?sector=business';
    const answer = await first.inject(url);
    const etag = answer.headers.etag as string;
    expect((await first.inject({ url, headers: { 'if-none-match': etag } })).statusCode).toBe(304);
    expect((await second.inject({ url, headers: { 'if-none-match': etag } })).statusCode).toBe(304);

    const gap = answer.json().gaps[0].actor.id as string;
    const write = await second.inject({
      method: 'POST',
      url: '/api/collaborations',
      payload: { source: gap, target: 'nokas-security-ab', status: 'active', areas: ['crime'] },
    });
    expect(write.statusCode).toBe(201);
    const after = await first.inject({ url, headers: { 'if-none-match': etag } });
    expect(after.statusCode).toBe(200);
    expect(after.json().gaps.map((g: { actor: { id: string } }) => g.actor.id)).not.toContain(gap);
  });
});
