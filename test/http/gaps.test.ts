import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../server/app.ts';
import { loadDataset } from '../../server/seed/load.ts';
import { EmbeddedStore } from '../../server/store/embedded/embedded-store.ts';
import { ensureLegacyRound } from '../../server/seed/load.ts';

// Two API processes sharing one store: two apps, each with its own connection to one file.
let dir: string;
let first: App;
let second: App;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'samverkan-gaps-'));
  const file = join(dir, 'shared.db');
  const storeA = new EmbeddedStore({ file });
  await storeA.init();
  await ensureLegacyRound(storeA);
  await loadDataset(storeA);
  const storeB = new EmbeddedStore({ file });
  await storeB.init();
  await ensureLegacyRound(storeB);
  first = await buildApp({ store: storeA, clientRoot: '/nonexistent' });
  second = await buildApp({ store: storeB, clientRoot: '/nonexistent' });
});
afterAll(async () => {
  await first.close();
  await second.close();
  rmSync(dir, { recursive: true, force: true });
});

// The seed dataset as plain JSON, and the rules written out on it in a few lines each, so the
// routes are checked against what the data says rather than against the analytics themselves.
interface SeedActor {
  id: string;
  sector: string;
  areas?: string[];
  neighbourhoods?: string[];
}
interface SeedTie {
  id: string;
  source: string;
  target: string;
  status: string;
  areas?: string[];
  neighbourhoods?: string[];
}
const seed = JSON.parse(readFileSync(new URL('../../seed/trollhattan-2019.json', import.meta.url), 'utf8')) as {
  actors: SeedActor[];
  collaborations: SeedTie[];
};
const EXISTING = ['active', 'needs_development'];
const sectorOf = new Map(seed.actors.map((a) => [a.id, a.sector]));
const locatedIn = new Map(seed.actors.map((a) => [a.id, a.neighbourhoods ?? []]));
const ofSector = (sectors: string[]) => seed.actors.filter((a) => sectors.includes(a.sector)).map((a) => a.id);
const partner = (t: SeedTie, id: string) => (t.source === id ? t.target : t.target === id ? t.source : null);
/** A tie is in a neighbourhood it names; one naming none is where its actors are located. */
const tieIn = (t: SeedTie, place: string) =>
  ((t.neighbourhoods ?? []).length > 0 ? t.neighbourhoods! : [...locatedIn.get(t.source)!, ...locatedIn.get(t.target)!]).includes(place);
/** The actors in a neighbourhood: located there, or touched by an existing tie there. */
const actorsIn = (place: string) =>
  new Set([
    ...seed.actors.filter((a) => (a.neighbourhoods ?? []).includes(place)).map((a) => a.id),
    ...seed.collaborations.filter((t) => EXISTING.includes(t.status) && tieIn(t, place)).flatMap((t) => [t.source, t.target]),
  ]);
/** Does the actor have an active tie, among these, to an actor of the sector? */
const reaches = (id: string, sector: string, ties: SeedTie[] = seed.collaborations) =>
  ties.some((t) => t.status === 'active' && partner(t, id) !== null && sectorOf.get(partner(t, id)!) === sector);
const sorted = (ids: Iterable<string>) => [...ids].sort();
const gapIds = (body: { gaps: Array<{ actor: { id: string } }> }) => sorted(body.gaps.map((g) => g.actor.id));
const KRONOGARDEN = encodeURIComponent('Kronogården');

describe('/api/gaps on the seed dataset', () => {
  const get = async (url: string) => {
    const res = await first.inject(url);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it('answers "who does not collaborate with civil society?" as the data says', async () => {
    const asked = seed.actors.filter((a) => a.sector !== 'civil_society').map((a) => a.id);
    const result = await get('/api/gaps/reach?sector=civil_society');
    expect(result.candidates).toBe(asked.length);
    expect(gapIds(result)).toEqual(sorted(asked.filter((id) => !reaches(id, 'civil_society'))));
    expect(result.gaps.length).toBeGreaterThan(0);
  });

  it('filters reach by area and accepts type instead of sector', async () => {
    const area = await get('/api/gaps/reach?sector=civil_society&area=labour_market');
    expect(area.area).toBe('labour_market');
    // Only actors working in the area are asked (they list it, or have a tie serving it), and only
    // ties serving it count: of 15 asked, Arbetsmarknads- och socialförvaltningen alone reaches
    // civil society there (the values the route gave before area lists, sectors and neighbourhoods).
    expect(area).toMatchObject({ candidates: 15, reached: 1 });
    expect(gapIds(area)).not.toContain('arbetsmarknads-och-socialforvaltningen');
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
    const mixing = await get('/api/gaps/mixing');
    expect(mixing.sectors.map((s: { sector: string }) => s.sector)).toContain('civil_society');
    const declared = await get('/api/gaps/declared');
    expect(JSON.stringify(declared)).toContain('desired');
    const predicted = await get('/api/gaps/predicted?limit=5&crossSector=true');
    expect(predicted.predictions.length).toBeLessThanOrEqual(5);
    for (const p of predicted.predictions) expect(p.source.sector).not.toBe(p.target.sector);
    await get('/api/gaps/brokers?from=civil_society&to=state');
    const report = await get('/api/gaps/report');
    expect(report.findings.length).toBeGreaterThanOrEqual(4);
  });

  it('renders the report as Markdown when asked', async () => {
    const md = await first.inject({ url: '/api/gaps/report', headers: { accept: 'text/markdown' } });
    expect(md.headers['content-type']).toContain('text/markdown');
    expect(md.body).toMatch(/^# /);
    const json = await first.inject({ url: '/api/gaps/report', headers: { accept: 'application/json, text/markdown;q=0.5' } });
    expect(json.headers['content-type']).toContain('application/json');
  });

  it('writes the Markdown report in Swedish for ?lang=sv or a Swedish Accept-Language, with an ETag per language', async () => {
    const report = (lang: string, headers: Record<string, string> = {}) =>
      first.inject({ url: `/api/gaps/report${lang}`, headers: { accept: 'text/markdown', ...headers } });
    const en = await report('');
    expect(en.body).toMatch(/^# Collaboration gaps/);
    expect(en.body).toContain('## Findings');
    expect(en.body).not.toContain('Resultat');
    const sv = await report('?lang=sv');
    expect(sv.statusCode).toBe(200);
    expect(sv.body).toMatch(/^# Samverkansluckor/);
    expect(sv.body).toContain('## Resultat');
    expect(sv.body).toContain('Civilsamhället och näringslivet är bara svagt inbundna i samverkansnätverket.');
    expect(sv.body).not.toContain('## Findings');
    expect(sv.headers.vary).toContain('Accept-Language');
    // Accept-Language picks the language when the query does not; the query wins when both are given.
    expect((await report('', { 'accept-language': 'sv-SE,sv;q=0.9,en;q=0.5' })).body).toBe(sv.body);
    expect((await report('?lang=en', { 'accept-language': 'sv' })).body).toBe(en.body);
    expect((await report('', { 'accept-language': 'de, en;q=0.5' })).body).toBe(en.body);
    // The same version in another language is another representation: no 304 across languages.
    const svByHeader = await report('', { 'accept-language': 'sv' });
    const again = await report('', { 'accept-language': 'en', 'if-none-match': String(svByHeader.headers.etag) });
    expect(again.statusCode).toBe(200);
    expect(again.body).toBe(en.body);
    expect((await report('', { 'accept-language': 'sv', 'if-none-match': String(svByHeader.headers.etag) })).statusCode).toBe(304);
    expect((await report('?lang=de')).statusCode).toBe(400);
    // JSON carries both languages side by side.
    const json = (await first.inject('/api/gaps/report')).json();
    for (const f of json.findings) {
      expect(f.claimSv).toBeTruthy();
      expect(f.explanationSv).toBeTruthy();
    }
  });

  it('keeps the one-area form as it was, and echoes several areas as a list', async () => {
    const one = await get('/api/gaps/mixing?area=housing');
    expect(one).toMatchObject({ area: 'housing', scope: { areas: ['housing'], sectors: [], neighbourhoods: [] } });
    const two = await get('/api/gaps/mixing?area=housing,crime');
    expect(two).toMatchObject({ area: null, scope: { areas: ['housing', 'crime'] } });
    const crime = await get('/api/gaps/mixing?area=crime');
    expect(two.ties).toBeGreaterThan(Math.max(one.ties, crime.ties));
    expect(two.ties).toBeLessThanOrEqual(one.ties + crime.ties);
    // The values the route gave for one area before area lists: labour market, 16 actors, 11 tied
    // pairs, municipal E-I (7 − 4) / 11; declared housing gaps, 8 ties (6 until the seed review put
    // the municipality's limited ties with civil society and business in housing, report l.301–302).
    const labour = await get('/api/gaps/mixing?area=labour_market');
    expect(labour).toMatchObject({ actors: 16, ties: 11 });
    expect(labour.sectors.find((r: { sector: string }) => r.sector === 'municipal').eiIndex).toBeCloseTo(3 / 11, 12);
    expect((await get('/api/gaps/declared?area=housing')).total).toBe(8);
  });
});

// On the gap routes area and neighbourhood say where; `sector` says whose answers are shown and
// never removes a tie. Reach's `sector` is its target, so its sector filter is `actorSector`.
describe('/api/gaps filtered by sector and neighbourhood', () => {
  const get = async (url: string) => {
    const res = await first.inject(url);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const ids = (refs: Array<{ id: string }>) => sorted(refs.map((r) => r.id));
  const declaredStatus = (t: SeedTie) => t.status === 'desired' || t.status === 'needs_development';

  it('answers the planner: who in Kronogården has no active tie to civil society there?', async () => {
    const inPlace = actorsIn('Kronogården');
    const asked = [...inPlace].filter((id) => sectorOf.get(id) !== 'civil_society');
    const tiesThere = seed.collaborations.filter((t) => tieIn(t, 'Kronogården'));
    const result = await get(`/api/gaps/reach?sector=civil_society&neighbourhood=${KRONOGARDEN}`);
    expect(result.candidates).toBe(asked.length);
    expect(gapIds(result)).toEqual(sorted(asked.filter((id) => !reaches(id, 'civil_society', tiesThere))));
    expect(result.scope.neighbourhoods).toEqual(['Kronogården']);
    // Arbetsmarknads- och socialförvaltningen is tied in through Polisen (located there), and
    // reaches civil society only elsewhere: in Kronogården that is a gap.
    const aos = 'arbetsmarknads-och-socialforvaltningen';
    expect(reaches(aos, 'civil_society')).toBe(true);
    expect(gapIds(result)).toContain(aos);
    // Eidar reaches Föreningar i utsatta områden from where it is located: not a gap.
    expect(gapIds(result)).not.toContain('eidar');
  });

  it('asks in reach exactly the actors the analytics draw for the same sectors and neighbourhood', async () => {
    const reach = await get(`/api/gaps/reach?sector=civil_society&actorSector=business,municipal&neighbourhood=${KRONOGARDEN}`);
    const drawn = await get(`/api/analytics/centrality?metrics=degree&sector=business,municipal&neighbourhood=${KRONOGARDEN}`);
    const expected = [...actorsIn('Kronogården')].filter((id) => ['business', 'municipal'].includes(sectorOf.get(id)!));
    expect(sorted(expected)).toEqual(
      sorted(['eidar', 'trollhattans-stad', 'nokas-security-ab', 'sociala-insatsgruppen', 'arbetsmarknads-och-socialforvaltningen']),
    );
    expect(reach.candidates).toBe(expected.length);
    expect(sorted(drawn.rows.map((r: { id: string }) => r.id))).toEqual(sorted(expected));
  });

  it('reach takes the sector filter as actorSector, with several areas', async () => {
    const areas = ['housing', 'crime'];
    const serves = (t: SeedTie) => (t.areas ?? []).some((a) => areas.includes(a));
    const working = new Set([
      ...seed.actors.filter((a) => (a.areas ?? []).some((x) => areas.includes(x))).map((a) => a.id),
      ...seed.collaborations.filter((t) => EXISTING.includes(t.status) && serves(t)).flatMap((t) => [t.source, t.target]),
    ]);
    const asked = ofSector(['municipal', 'state']).filter((id) => working.has(id));
    const result = await get('/api/gaps/reach?sector=civil_society&actorSector=municipal,state&area=housing,crime');
    expect(result.scope).toEqual({ areas, sectors: ['municipal', 'state'], neighbourhoods: [] });
    expect(result.candidates).toBe(asked.length);
    expect(gapIds(result)).toEqual(sorted(asked.filter((id) => !reaches(id, 'civil_society', seed.collaborations.filter(serves)))));
    expect(result.gaps.length).toBeGreaterThan(0);
  });

  it("mixing returns the chosen sectors' rows and cells, on an unchanged baseline", async () => {
    const all = await get('/api/gaps/mixing');
    const some = await get('/api/gaps/mixing?sector=municipal,civil_society');
    expect(some.scope.sectors).toEqual(['municipal', 'civil_society']);
    expect(some).toMatchObject({ actors: all.actors, ties: all.ties, density: all.density, eiIndex: all.eiIndex });
    expect(some.sectors.map((r: { sector: string }) => r.sector)).toEqual(['municipal', 'civil_society']);
    // Municipal E-I from the data: tied pairs with one municipal end against those with two.
    const pairs = new Set(
      seed.collaborations.filter((t) => EXISTING.includes(t.status)).map((t) => sorted([t.source, t.target]).join('|')),
    );
    const municipalEnds = [...pairs].map((p) => p.split('|').filter((id) => sectorOf.get(id) === 'municipal').length);
    const external = municipalEnds.filter((n) => n === 1).length;
    const internal = municipalEnds.filter((n) => n === 2).length;
    const municipal = some.sectors.find((r: { sector: string }) => r.sector === 'municipal');
    expect(municipal).toMatchObject({ internalTies: internal, externalTies: external });
    expect(municipal.eiIndex).toBeCloseTo((external - internal) / (external + internal), 12);
    expect(some.cells.map((c: { a: string; b: string }) => `${c.a}×${c.b}`)).toEqual([
      'municipal×municipal',
      'municipal×civil_society',
      'civil_society×civil_society',
    ]);
    const cell = (r: { cells: Array<{ a: string; b: string; relativeDensity: number }> }) =>
      r.cells.find((c) => c.a === 'municipal' && c.b === 'civil_society')!;
    expect(cell(some)).toEqual(cell(all));
  });

  it('declared keeps the ties with an actor of the sectors, cross-sector ones too', async () => {
    const municipal = new Set(ofSector(['municipal']));
    const expected = seed.collaborations.filter((t) => declaredStatus(t) && (municipal.has(t.source) || municipal.has(t.target)));
    const result = await get('/api/gaps/declared?sector=municipal');
    expect(ids(result.ties)).toEqual(sorted(expected.map((t) => t.id)));
    expect(ids(result.ties)).toContain('trollhattans-stad-civilsamhallet-democracy-civil-society');
    for (const group of result.byActor) expect(group.actor.sector).toBe('municipal');

    const inPlace = seed.collaborations.filter((t) => declaredStatus(t) && tieIn(t, 'Kronogården'));
    expect(inPlace.length).toBeGreaterThan(0);
    expect(ids((await get(`/api/gaps/declared?neighbourhood=${KRONOGARDEN}`)).ties)).toEqual(sorted(inPlace.map((t) => t.id)));
  });

  it('predicted suggests partners from anywhere for actors of the sectors', async () => {
    const all = await get('/api/gaps/predicted?limit=10000');
    const business = await get('/api/gaps/predicted?limit=10000&sector=business');
    const touches = (p: { source: { sector: string }; target: { sector: string } }) =>
      p.source.sector === 'business' || p.target.sector === 'business';
    expect(business.predictions.length).toBeGreaterThan(0);
    expect(business.predictions).toEqual(all.predictions.filter(touches));
    expect(
      business.predictions.some((p: { source: { sector: string }; target: { sector: string } }) => p.source.sector !== p.target.sector),
    ).toBe(true);
  });

  it('brokers lists the brokers of the sectors, between groups taken from the whole scope', async () => {
    const all = await get('/api/gaps/brokers?from=civil_society&to=state&limit=1000');
    const municipal = await get('/api/gaps/brokers?from=civil_society&to=state&limit=1000&sector=municipal');
    expect(municipal.brokers.length).toBeGreaterThan(0);
    expect(municipal.brokers).toEqual(all.brokers.filter((b: { actor: { sector: string } }) => b.actor.sector === 'municipal'));
    expect(municipal).toMatchObject({ from: all.from, to: all.to, connectedPairs: all.connectedPairs, paths: all.paths });
    expect(municipal.to.actors).toBe(ofSector(['state']).length);
  });

  it('the report keeps its findings whatever the sector, and limits its lists to that sector', async () => {
    const all = await get('/api/gaps/report');
    const report = await get('/api/gaps/report?sector=municipal');
    expect(report.scope.sectors).toEqual(['municipal']);
    expect(report.findings).toEqual(all.findings);
    expect(report.typeShares).toEqual(all.typeShares);
    // Of the 19 municipal actors, those with an active civil-society tie are not listed.
    const municipal = ofSector(['municipal']);
    expect(report.withoutCivilSociety.of).toBe(municipal.length);
    expect(report.withoutCivilSociety.count).toBe(municipal.filter((id) => !reaches(id, 'civil_society')).length);
    expect(report.withoutCivilSociety.count).toBeLessThan(municipal.length);
    for (const a of [...report.withoutCivilSociety.actors, ...report.withoutBusiness.actors]) expect(a.sector).toBe('municipal');
    expect(ids(report.declared.ties)).toContain('trollhattans-stad-civilsamhallet-democracy-civil-society');
    const md = await first.inject({ url: '/api/gaps/report?sector=municipal', headers: { accept: 'text/markdown' } });
    expect(md.body).toContain('The lists are limited to actors of these sectors: Municipal.');
    const titled = await first.inject({
      url: `/api/gaps/report?area=housing,crime&neighbourhood=${KRONOGARDEN}`,
      headers: { accept: 'text/markdown' },
    });
    expect(titled.body.split('\n')[0]).toBe('# Collaboration gaps (areas: Housing, Crime; neighbourhoods: Kronogården)');
  });

  it('gives different filters different ETags and answers', async () => {
    const a = await first.inject('/api/gaps/mixing?sector=municipal');
    const b = await first.inject('/api/gaps/mixing?sector=municipal,state');
    expect(a.headers.etag).not.toBe(b.headers.etag);
    expect(a.json().sectors.length).toBeLessThan(b.json().sectors.length);
    expect(
      (await first.inject({ url: '/api/gaps/mixing?sector=municipal,state', headers: { 'if-none-match': a.headers.etag as string } }))
        .statusCode,
    ).toBe(200);
  });
});

describe('/api/gaps neighbourhood names', () => {
  const ROUTES = [
    '/api/gaps/reach?sector=civil_society&',
    '/api/gaps/mixing?',
    '/api/gaps/declared?',
    '/api/gaps/predicted?',
    '/api/gaps/brokers?from=municipal&to=civil_society&',
    '/api/gaps/report?',
  ];

  it.each(ROUTES)('%s refuses a name no actor or tie has with 422, naming it', async (route) => {
    const res = await first.inject(`${route}neighbourhood=${KRONOGARDEN},Nowhere`);
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json()).toMatchObject({
      error: 'unknown_reference',
      details: [{ path: 'query.neighbourhood', message: "unknown neighbourhood 'Nowhere'" }],
    });
    expect(res.json().message).toMatch(/Nowhere/);
    expect(res.json().message).not.toMatch(/Kronogården/);
  });

  it.each(['kronogården', 'KRONOG%C3%85RDEN', 'Kronoga%CC%8Arden', 'Kronogarden', '%20Kronog%C3%A5rden%20'])(
    'reads %s as Kronogården',
    async (name) => {
      for (const route of ['/api/gaps/reach?sector=civil_society&', '/api/gaps/declared?']) {
        const expected = (await first.inject(`${route}neighbourhood=${KRONOGARDEN}`)).json();
        const res = await first.inject(`${route}neighbourhood=${name}`);
        expect(res.statusCode, res.body).toBe(200);
        const { scope: _s, ...answer } = res.json();
        const { scope: _e, ...wanted } = expected;
        expect(answer, route).toEqual(wanted);
      }
    },
  );
});

describe('/api/gaps query parameters', () => {
  it.each([
    ['/api/gaps/mixing?sector=church', 'query.sector'],
    ['/api/gaps/reach?sector=civil_society&actorSector=church', 'query.actorSector'],
    ['/api/gaps/reach?sector=civil_society,business', 'query.sector'],
    ['/api/gaps/declared?neighbourhood=,', 'query.neighbourhood'],
    ['/api/gaps/predicted?area=crime,', 'query.area'],
    // Parameters a route does not take are refused, not ignored.
    ['/api/gaps/mixing?neighbourhoods=Lextorp', 'query.neighbourhoods'],
    ['/api/gaps/mixing?neighbourhood[]=Lextorp', 'query.neighbourhood[]'],
    ['/api/gaps/mixing?actorSector=municipal', 'query.actorSector'],
    ['/api/gaps/mixing?weighted=true', 'query.weighted'],
    ['/api/gaps/reach?sector=business&weighted=false', 'query.weighted'],
    ['/api/gaps/declared?includeForums=true', 'query.includeForums'],
    ['/api/gaps/report?status=active', 'query.status'],
    ['/api/gaps/report?includeForums=true', 'query.includeForums'],
    ['/api/gaps/brokers?from=municipal&to=state&weighted=true', 'query.weighted'],
    ['/api/gaps/predicted?weighted=true', 'query.weighted'],
  ])('refuses %s naming %s', async (url, path) => {
    const res = await first.inject(url);
    expect(res.statusCode).toBe(400);
    expect(res.json().details.map((d: { path: string }) => d.path)).toEqual([path]);
  });

  it('says a parameter it does not take is not a known field', async () => {
    const res = await first.inject('/api/gaps/mixing?neighbourhoods=Lextorp');
    expect(res.json()).toMatchObject({
      error: 'validation_error',
      details: [{ path: 'query.neighbourhoods', message: 'is not a known field' }],
    });
  });

  it('documents on each route only the parameters it takes', async () => {
    const doc = (await first.inject('/openapi.json')).json();
    const names = (path: string) => doc.paths[path].get.parameters.map((p: { name: string }) => p.name).sort();
    const scope = ['area', 'neighbourhood', 'sector', 'type'];
    expect(names('/api/gaps/mixing')).toEqual(sorted([...scope, 'status', 'includeForums']));
    expect(names('/api/gaps/declared')).toEqual(sorted([...scope, 'status', 'actor']));
    expect(names('/api/gaps/report')).toEqual(sorted([...scope, 'top', 'lang']));
    expect(names('/api/gaps/reach')).toEqual(sorted(['area', 'neighbourhood', 'sector', 'type', 'actorSector', 'status', 'includeForums']));
    for (const path of ['/api/gaps/predicted', '/api/gaps/brokers']) expect(names(path)).not.toContain('weighted');
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
