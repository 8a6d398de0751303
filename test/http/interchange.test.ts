// File import and export through the real app on an embedded store: every export format read
// back into an empty round gives the same graph; a bad file, a dry run or an oversized body
// writes nothing; an import into one round leaves the others alone.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../server/app.ts';
import { EXPORT_FORMATS } from '../../server/interchange/export/formats.ts';
import { parseImport } from '../../server/interchange/parse-import.ts';
import { LEGACY_REF } from '../../server/store/legacy.ts';
import type { GraphSnapshot } from '../../server/store/port.ts';
import type { EmbeddedStore } from '../../server/store/embedded/embedded-store.ts';
import { datasetOfSnapshot, seedSnapshot } from '../interchange/seed-snapshot.ts';
import { makeStore } from './helpers.ts';

const M = `/api/mappings/${LEGACY_REF.mapping}`;
const SEED_ROUND = `${M}/rounds/${LEGACY_REF.round}`;

let seed: GraphSnapshot;
let store: EmbeddedStore;
let app: App;

beforeAll(async () => {
  seed = await seedSnapshot();
});

async function start(importBodyLimitBytes?: number): Promise<void> {
  store = await makeStore();
  app = await buildApp({ clientRoot: '/nonexistent', store, importBodyLimitBytes });
}

afterEach(async () => {
  await app.close();
  await store.close();
});

/** `ids`: new empty rounds of the same mapping. */
async function rounds(...ids: string[]): Promise<void> {
  for (const id of ids) {
    const made = await app.inject({ method: 'POST', url: `${M}/rounds`, payload: { id, label: id, observedOn: '2024' } });
    expect(made.statusCode).toBe(201);
  }
}

/** The default round holds the seed; `ids` are new empty rounds of the same mapping. */
async function seeded(...ids: string[]): Promise<void> {
  const loaded = await app.inject({ method: 'POST', url: '/api/import', payload: datasetOfSnapshot(seed) });
  expect(loaded.statusCode).toBe(200);
  await rounds(...ids);
}

const roundData = async (round: string) => datasetOfSnapshot(await store.round({ mapping: LEGACY_REF.mapping, round }).snapshot());

const upload = (round: string, body: string | Buffer, query = '', contentType = 'application/octet-stream') =>
  app.inject({ method: 'POST', url: `${M}/rounds/${round}/import/file${query}`, payload: body, headers: { 'content-type': contentType } });

const BAD_CSV = ['id;name;sector', 'a;Actor A;municipal', 'b;Actor B;no-such-sector', 'c;;state'].join('\n');

describe('GET …/export', () => {
  it('names mapping, round and date in the file name, with the format’s content type', async () => {
    await start();
    await seeded();
    const res = await app.inject(`${SEED_ROUND}/export?format=graphml`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/graphml+xml');
    const date = new Date().toISOString().slice(0, 10);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="samverkan-${LEGACY_REF.mapping}-${LEGACY_REF.round}-${date}.graphml"`,
    );
    expect((await app.inject('/api/export?format=xlsx')).headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
  });

  it('exports only what the graph route’s filters select, and says which filters made it', async () => {
    await start();
    await seeded();
    const filters = 'area=crime,housing&sector=municipal,civil_society&status=active';
    const drawn = (await app.inject(`/api/graph?${filters}`)).json() as { nodes: { key: string }[]; edges: { key: string }[] };
    const res = await app.inject(`/api/export?format=node-link&${filters}`);
    expect(res.statusCode).toBe(200);
    const file = res.json() as { graph: Record<string, string>; nodes: { id: string }[]; edges: { key: string }[] };
    expect(file.nodes.map((n) => n.id).sort()).toEqual(drawn.nodes.map((n) => n.key).sort());
    expect(file.edges.map((e) => e.key).sort()).toEqual(drawn.edges.map((e) => e.key).sort());
    expect(file.nodes.length).toBeLessThan(seed.actors.length);
    expect(file.graph.filters).toBe(filters);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await app.inject(`/api/export?format=xlsx&${filters}`)).rawPayload as unknown as ArrayBuffer);
    const note = book.getWorksheet('filters (ignore)')!;
    expect(note.getRow(2).values).toEqual([undefined, 'area', 'crime,housing']);
    expect(book.getWorksheet('actors')!.rowCount).toBe(drawn.nodes.filter((n) => !n.key.startsWith('forum:')).length + 1);
  });

  it('imports a filtered export back as just the selected part', async () => {
    await start();
    await seeded('part');
    const filters = 'sector=state&includeForums=false';
    const file = await app.inject(`/api/export?format=csv&${filters}`);
    expect((await upload('part', file.rawPayload)).statusCode).toBe(200);
    const drawn = (await app.inject(`/api/graph?${filters}`)).json() as { nodes: { key: string }[]; edges: { key: string }[] };
    const part = await roundData('part');
    expect(part.actors.map((a) => a.id).sort()).toEqual(drawn.nodes.map((n) => n.key).sort());
    expect(part.collaborations.map((c) => c.id).sort()).toEqual(drawn.edges.map((e) => e.key).sort());
    expect(part.forums).toEqual([]);
  });

  it('adds metrics= as actor columns with the centrality route’s values: attributes, a json member, CSV columns', async () => {
    await start();
    await seeded();
    const query = 'area=crime,housing&metrics=degree,betweenness,constraint';
    const rows = (await app.inject(`/api/analytics/centrality?${query}`)).json().rows as {
      id: string;
      values: Record<string, number | null>;
    }[];
    const expected = Object.fromEntries(rows.map((r) => [r.id, r.values]));
    const file = (await app.inject(`/api/export?format=node-link&${query}`)).json() as { nodes: Record<string, unknown>[] };
    const actors = file.nodes.filter((n) => n.kind === 'actor');
    expect(actors.length).toBeGreaterThan(0);
    for (const node of actors) {
      const values = expected[node.id as string] ?? {};
      for (const metric of ['degree', 'betweenness', 'constraint'])
        expect(node[metric], `${node.id} ${metric}`).toBe(values[metric] ?? undefined);
    }
    expect(actors.some((n) => typeof n.betweenness === 'number' && n.betweenness > 0)).toBe(true);

    const json = (await app.inject(`/api/export?format=json&${query}`)).json() as { metrics: Record<string, Record<string, number>> };
    expect(Object.keys(json.metrics).sort()).toEqual(actors.map((n) => n.id).sort());
    for (const [id, values] of Object.entries(json.metrics)) expect(values.degree, id).toBe(expected[id]?.degree);

    const zip = unzipSync((await app.inject(`/api/export?format=csv&${query}`)).rawPayload);
    const [header, ...lines] = parse(Buffer.from(zip['actors.csv']!), { bom: true, delimiter: ';' }) as string[][];
    expect(header!.slice(-3)).toEqual(['degree', 'betweenness', 'constraint']);
    for (const line of lines) expect(line.at(-3), line[0]).toBe(String(expected[line[0]!]?.degree));
  });

  it('refuses an unknown metric with a 400 naming metrics and the metrics it takes', async () => {
    await start();
    const res = await app.inject(`${SEED_ROUND}/export?format=csv&metrics=degree,fame`);
    expect(res.statusCode).toBe(400);
    const message = JSON.stringify(res.json());
    expect(message).toContain('metrics');
    expect(message).toContain('betweenness');
  });

  it('streams the file: no Content-Length, chunked over HTTP, and it still parses', async () => {
    await start();
    await seeded();
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    for (const format of ['graphml', 'xlsx', 'json'] as const) {
      const res = await fetch(`${address}/api/export?format=${format}&metrics=degree`);
      expect(res.status, format).toBe(200);
      expect(res.headers.get('content-length'), format).toBeNull();
      expect(res.headers.get('transfer-encoding'), format).toBe('chunked');
      const bytes = Buffer.from(await res.arrayBuffer());
      const parsed = await parseImport(bytes, `streamed.${format}`);
      expect(parsed.problems.total, format).toBe(0);
      expect(parsed.dataset?.actors.length, format).toBe(seed.actors.length);
    }
  });

  it('refuses an unknown format with a 400 naming it', async () => {
    await start();
    const res = await app.inject(`${SEED_ROUND}/export?format=pdf`);
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain('format');
  });
});

describe('POST …/import/file', () => {
  it('reads every export format back into an empty round as the same graph, and a second time changes nothing', async () => {
    await start();
    await seeded(...EXPORT_FORMATS.map((f) => `copy-${f}`));
    const expected = await roundData(LEGACY_REF.round);
    for (const format of EXPORT_FORMATS) {
      const file = await app.inject(`${SEED_ROUND}/export?format=${format}`);
      const first = await upload(`copy-${format}`, file.rawPayload);
      expect(first.statusCode, format).toBe(200);
      expect(first.json().created, format).toBeGreaterThan(0);
      expect(await roundData(`copy-${format}`), format).toEqual(expected);
      const again = await upload(`copy-${format}`, file.rawPayload);
      expect(again.json(), format).toMatchObject({ created: 0, updated: 0, unchanged: first.json().created });
    }
  });

  it('answers 422 with every bad row of a CSV and writes nothing', async () => {
    await start();
    await seeded('target');
    const res = await upload('target', BAD_CSV, '', 'text/csv');
    expect(res.statusCode).toBe(422);
    const body = res.json();
    expect(body.total).toBeGreaterThanOrEqual(2);
    expect(body.problems.map((p: { row: number }) => p.row)).toEqual(expect.arrayContaining([3, 4]));
    expect(await roundData('target')).toEqual({ sources: [], actors: [], forums: [], collaborations: [] });
  });

  it('answers a dry run with the counts and writes nothing; replace counts what would go', async () => {
    await start();
    await seeded();
    const csv = ['id;name;sector', `${seed.actors[0]?.id};Renamed;municipal`, 'brand-new;Nytt;business'].join('\n');
    const before = await roundData(LEGACY_REF.round);
    const dry = await upload(LEGACY_REF.round, csv, '?dryRun=true&mode=replace', 'text/csv');
    expect(dry.statusCode).toBe(200);
    const stored = before.sources.length + before.actors.length + before.forums.length + before.collaborations.length;
    expect(dry.json()).toMatchObject({ dryRun: true, created: 1, updated: 1, unchanged: 0, deleted: stored - 1 });
    expect(await roundData(LEGACY_REF.round)).toEqual(before);
    const upsert = await upload(LEGACY_REF.round, csv, '?dryRun=true', 'text/csv');
    expect(upsert.json().deleted).toBe(0);
  });

  it('replace deletes exactly what its dry run counted, leaving the round holding the file', async () => {
    await start();
    await seeded();
    const kept = seed.actors[0]?.id;
    const csv = ['id;name;sector', `${kept};Renamed;municipal`, 'brand-new;Nytt;business'].join('\n');
    const dry = (await upload(LEGACY_REF.round, csv, '?dryRun=true&mode=replace', 'text/csv')).json();
    const written = await upload(LEGACY_REF.round, csv, '?mode=replace', 'text/csv');
    expect(written.statusCode).toBe(200);
    // The dry run also names probable duplicates (none here) and how the file was read; the counts are the same.
    const { duplicates, created, updated, unchanged, deleted } = dry;
    expect(duplicates).toEqual([]);
    expect(written.json()).toEqual({ dryRun: false, format: dry.format, created, updated, unchanged, deleted });
    const after = await roundData(LEGACY_REF.round);
    expect(after.actors.map((a) => a.id).sort()).toEqual(['brand-new', kept].sort());
    expect([after.sources, after.forums, after.collaborations]).toEqual([[], [], []]);
    const again = await upload(LEGACY_REF.round, csv, '?mode=replace', 'text/csv');
    expect(again.json()).toMatchObject({ created: 0, updated: 0, unchanged: 2, deleted: 0 });
  });

  it('refuses a body over the limit with 413 and writes nothing', async () => {
    await start(1024);
    await rounds('target');
    const big = ['id;name;sector', ...Array.from({ length: 200 }, (_, i) => `actor-${i};Aktör ${i};municipal`)].join('\n');
    const res = await upload('target', big, '', 'text/csv');
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toBeDefined();
    expect((await roundData('target')).actors).toEqual([]);
  });

  it('writes only into the round it names', async () => {
    await start();
    await seeded('a', 'b');
    const csv = ['id;name;sector', 'only-in-b;Bara i B;civil_society'].join('\n');
    const a = await roundData('a');
    const res = await upload('b', csv, '', 'text/csv');
    expect(res.statusCode).toBe(200);
    expect((await roundData('b')).actors.map((x) => x.id)).toEqual(['only-in-b']);
    expect(await roundData('a')).toEqual(a);
    expect((await roundData(LEGACY_REF.round)).actors.some((x) => x.id === 'only-in-b')).toBe(false);
  });
});
