import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../server/app.ts';
import { reachGaps } from '../../server/analytics/gaps/index.ts';
import type { Sector } from '../../server/domain/schemas.ts';
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

  it('keeps the one-area form as it was, and echoes several areas as a list', async () => {
    const one = (await first.inject('/api/gaps/mixing?area=housing')).json();
    expect(one).toMatchObject({ area: 'housing', scope: { areas: ['housing'], sectors: [], neighbourhoods: [] } });
    const two = (await first.inject('/api/gaps/mixing?area=housing,crime')).json();
    expect(two).toMatchObject({ area: null, scope: { areas: ['housing', 'crime'] } });
    const crime = (await first.inject('/api/gaps/mixing?area=crime')).json();
    expect(two.ties).toBeGreaterThan(Math.max(one.ties, crime.ties));
    expect(two.ties).toBeLessThanOrEqual(one.ties + crime.ties);
  });
});

// The sector and neighbourhood filters on the gap routes. Reach asks the filtered actors about a
// target wherever it is; the others run on the filtered graph, as the explorer draws it.
describe('/api/gaps filtered by sector and neighbourhood', () => {
  const EXISTING = ['active', 'needs_development'];
  const KRONOGARDEN = encodeURIComponent('Kronogården');
  const get = async (url: string) => {
    const res = await first.inject(url);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const ids = (refs: Array<{ id: string }>) => refs.map((r) => r.id).sort();
  /** Written out from the data: the actors located in Kronogården, and the ties in it (named on the tie, or an actor located there). */
  const kronogarden = async () => {
    const { actors, collaborations } = await first.store.snapshot();
    const located = new Set(actors.filter((a) => a.neighbourhoods.includes('Kronogården')).map((a) => a.id));
    const ties = collaborations.filter((c) => c.neighbourhoods.includes('Kronogården') || located.has(c.source) || located.has(c.target));
    return { located, ties };
  };

  it('reach asks the actors of a neighbourhood, and a tie to the target counts wherever the partner is', async () => {
    const { actors, collaborations } = await first.store.snapshot();
    const sectorOf = new Map(actors.map((a) => [a.id, a.sector]));
    const { located, ties } = await kronogarden();
    const inPlace = ties.filter((c) => EXISTING.includes(c.status));
    const asked = new Set([...located, ...inPlace.flatMap((c) => [c.source, c.target])].filter((id) => sectorOf.get(id) !== 'civil_society'));
    const activeToCivil = (id: string) =>
      collaborations.filter((c) => c.status === 'active' && (c.source === id || c.target === id) && sectorOf.get(c.source === id ? c.target : c.source) === 'civil_society');
    const expectedGaps = [...asked].filter((id) => activeToCivil(id).length === 0).sort();

    const result = await get(`/api/gaps/reach?sector=civil_society&neighbourhood=${KRONOGARDEN}`);
    expect(result.candidates).toBe(asked.size);
    expect(result.gaps.map((g: { actor: { id: string } }) => g.actor.id).sort()).toEqual(expectedGaps);
    expect(result.scope.neighbourhoods).toEqual(['Kronogården']);
    // Some of the asked reach civil society only through ties outside Kronogården: those count.
    const inPlaceIds = new Set(inPlace.map((c) => c.id));
    const reachedElsewhere = [...asked].filter((id) => activeToCivil(id).length > 0 && activeToCivil(id).every((c) => !inPlaceIds.has(c.id)));
    expect(reachedElsewhere.length).toBeGreaterThan(0);
    for (const id of reachedElsewhere) expect(expectedGaps).not.toContain(id);
  });

  it('reach takes the sector filter as actorSector (sector is its target), with several areas', async () => {
    const result = await get('/api/gaps/reach?sector=civil_society&actorSector=municipal,state&area=housing,crime');
    const direct = reachGaps(await first.store.snapshot(), { sector: 'civil_society', actorSectors: ['municipal', 'state'], areas: ['housing', 'crime'] });
    expect(result).toEqual(JSON.parse(JSON.stringify(direct)));
    expect(result.scope).toEqual({ areas: ['housing', 'crime'], sectors: ['municipal', 'state'], neighbourhoods: [] });
    expect(result.gaps.length).toBeGreaterThan(0);
    for (const gap of result.gaps) expect(['municipal', 'state']).toContain(gap.actor.sector);
    // Several areas ask the actors of either: more than in one of them alone.
    const housing = await get('/api/gaps/reach?sector=civil_society&actorSector=municipal,state&area=housing');
    expect(result.candidates).toBeGreaterThan(housing.candidates);
  });

  it('mixing counts only the chosen sectors: their actors and the ties between them', async () => {
    const sectors: Sector[] = ['municipal', 'civil_society'];
    const { actors, collaborations } = await first.store.snapshot();
    const chosen = new Set(actors.filter((a) => sectors.includes(a.sector)).map((a) => a.id));
    const pairs = new Set(
      collaborations
        .filter((c) => EXISTING.includes(c.status) && chosen.has(c.source) && chosen.has(c.target))
        .map((c) => [c.source, c.target].sort().join('|')),
    );
    const mixing = await get('/api/gaps/mixing?sector=municipal,civil_society');
    expect(mixing.scope.sectors).toEqual(sectors);
    expect(mixing.actors).toBe(chosen.size);
    expect(mixing.ties).toBe(pairs.size);
    for (const row of mixing.sectors) if (!sectors.includes(row.sector)) expect(row).toMatchObject({ actors: 0, internalTies: 0, externalTies: 0 });
    const cross = mixing.cells.find((c: { a: string; b: string }) => c.a === 'municipal' && c.b === 'civil_society');
    expect(cross.possiblePairs).toBe(
      actors.filter((a) => a.sector === 'municipal').length * actors.filter((a) => a.sector === 'civil_society').length,
    );
  });

  it('declared lists only the ties between actors of the chosen sectors, and those in the neighbourhood', async () => {
    const { actors, collaborations } = await first.store.snapshot();
    const sectorOf = new Map(actors.map((a) => [a.id, a.sector]));
    const declared = (c: { status: string }) => c.status === 'desired' || c.status === 'needs_development';
    const municipalToCivil = collaborations.filter(
      (c) => declared(c) && [c.source, c.target].every((id) => ['municipal', 'civil_society'].includes(sectorOf.get(id)!)),
    );
    const bySector = await get('/api/gaps/declared?sector=municipal,civil_society');
    expect(ids(bySector.ties)).toEqual(ids(municipalToCivil));
    expect(bySector.total).toBeLessThan((await get('/api/gaps/declared')).total);

    const inPlace = (await kronogarden()).ties.filter(declared);
    expect(inPlace.length).toBeGreaterThan(0);
    expect(ids((await get(`/api/gaps/declared?neighbourhood=${KRONOGARDEN}`)).ties)).toEqual(ids(inPlace));
  });

  it('predicted and brokers stay within the filtered graph', async () => {
    const sectors = ['municipal', 'civil_society', 'business'];
    const predicted = await get('/api/gaps/predicted?limit=50&sector=municipal,civil_society,business');
    expect(predicted.predictions.length).toBeGreaterThan(0);
    for (const p of predicted.predictions) {
      for (const ref of [p.source, p.target, ...p.sharedNeighbours]) expect(sectors).toContain(ref.sector);
    }
    const brokers = await get('/api/gaps/brokers?from=civil_society&to=business&sector=municipal,civil_society,business');
    expect(brokers.connectedPairs).toBeGreaterThan(0);
    for (const b of brokers.brokers) expect(sectors).toContain(b.actor.sector);
    for (const path of brokers.paths) for (const a of path.actors) expect(sectors).toContain(a.sector);
    // A sector the filter leaves out is an empty group, not an error.
    const outside = await get('/api/gaps/brokers?from=civil_society&to=state&sector=municipal,civil_society');
    expect(outside.to.actors).toBe(0);
    expect(outside.pairs).toBe(0);
  });

  it('the report asks the filtered actors, and says which ones in its Markdown title', async () => {
    const report = await get('/api/gaps/report?sector=municipal');
    expect(report.scope.sectors).toEqual(['municipal']);
    const municipal = (await first.store.snapshot()).actors.filter((a) => a.sector === 'municipal').length;
    expect(report.withoutCivilSociety.of).toBe(municipal);
    for (const a of [...report.withoutCivilSociety.actors, ...report.withoutBusiness.actors]) expect(a.sector).toBe('municipal');
    const md = await first.inject({ url: `/api/gaps/report?area=housing,crime&neighbourhood=${KRONOGARDEN}`, headers: { accept: 'text/markdown' } });
    expect(md.body.split('\n')[0]).toBe('# Collaboration gaps (areas: Housing, Crime; neighbourhoods: Kronogården)');
  });

  it('gives different filters different ETags and answers', async () => {
    const a = await first.inject('/api/gaps/mixing?sector=municipal');
    const b = await first.inject('/api/gaps/mixing?sector=municipal,state');
    expect(a.headers.etag).not.toBe(b.headers.etag);
    expect(a.json().actors).toBeLessThan(b.json().actors);
    expect((await first.inject({ url: '/api/gaps/mixing?sector=municipal,state', headers: { 'if-none-match': a.headers.etag as string } })).statusCode).toBe(200);
  });

  it.each([
    ['/api/gaps/mixing?sector=church', 'query.sector'],
    ['/api/gaps/reach?sector=civil_society&actorSector=church', 'query.actorSector'],
    ['/api/gaps/reach?sector=civil_society,business', 'query.sector'],
    ['/api/gaps/declared?neighbourhood=,', 'query.neighbourhood'],
    ['/api/gaps/predicted?area=crime,', 'query.area'],
  ])('refuses %s naming %s', async (url, path) => {
    const res = await first.inject(url);
    expect(res.statusCode).toBe(400);
    expect(res.json().details.map((d: { path: string }) => d.path)).toContain(path);
  });
});

describe('/api/gaps caching', () => {
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
