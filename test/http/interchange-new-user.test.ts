// What a new analyst's first imports ran into (issue 11), through the real app on an embedded
// store: a dry run of an XLSX, a partial file upserted over richer records, a ties-only file, a
// graph export without ties, and the messages they were given.
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../server/app.ts';
import { LEGACY_REF } from '../../server/store/legacy.ts';
import type { EmbeddedStore } from '../../server/store/embedded/embedded-store.ts';
import type { GraphSnapshot } from '../../server/store/port.ts';
import { datasetOfSnapshot, seedSnapshot } from '../interchange/seed-snapshot.ts';
import { makeStore } from './helpers.ts';

const M = `/api/mappings/${LEGACY_REF.mapping}`;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let seed: GraphSnapshot;
let store: EmbeddedStore;
let app: App;

beforeAll(async () => {
  seed = await seedSnapshot();
});

/** The default round holds the seed; `ids` are new empty rounds of the same mapping. */
async function seeded(...ids: string[]): Promise<void> {
  store = await makeStore();
  app = await buildApp({ clientRoot: '/nonexistent', store });
  const loaded = await app.inject({ method: 'POST', url: '/api/import', payload: datasetOfSnapshot(seed) });
  expect(loaded.statusCode).toBe(200);
  for (const id of ids) {
    const made = await app.inject({ method: 'POST', url: `${M}/rounds`, payload: { id, label: id, observedOn: '2024' } });
    expect(made.statusCode).toBe(201);
  }
}

afterEach(async () => {
  await app.close();
  await store.close();
});

const roundData = async (round: string = LEGACY_REF.round) =>
  datasetOfSnapshot(await store.round({ mapping: LEGACY_REF.mapping, round }).snapshot());

const upload = (body: string | Buffer, query = '', contentType = 'text/csv', round: string = LEGACY_REF.round) =>
  app.inject({ method: 'POST', url: `${M}/rounds/${round}/import/file${query}`, payload: body, headers: { 'content-type': contentType } });

describe('an XLSX dry run', () => {
  it('answers the example workbook and our own export with a preview of text cells', async () => {
    await seeded();
    const ours = (await app.inject(`${M}/rounds/${LEGACY_REF.round}/export?format=xlsx`)).rawPayload;
    for (const file of [readFileSync('seed/examples/trollhattan-2019.xlsx'), ours]) {
      const dry = await upload(file, '?dryRun=true', XLSX_TYPE);
      expect(dry.statusCode).toBe(200);
      const cells = dry.json().preview.flatMap((s: { rows: { cells: unknown[] }[] }) => s.rows.flatMap((r) => r.cells));
      expect(cells.length).toBeGreaterThan(0);
      expect(cells.every((c: unknown) => typeof c === 'string')).toBe(true);
    }
  });

  it('answers a 422 on a workbook with blank cells with its preview too', async () => {
    await seeded();
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('actors');
    sheet.addRow(['id', 'name', 'sector', 'description']);
    // Column C left blank: a sparse row, and a missing required sector.
    sheet.getCell('A2').value = 'a';
    sheet.getCell('B2').value = 'Aktör A';
    sheet.getCell('D2').value = 'beskrivning';
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    const res = await upload(bytes, '?dryRun=true', XLSX_TYPE);
    expect(res.statusCode).toBe(422);
    expect(res.json().preview[0].rows[0].cells).toEqual(['a', 'Aktör A', '', 'beskrivning']);
  });
});

describe('an upsert of a partial file', () => {
  const PARTIAL = ['Id;Namn;Sektor', 'polisen;Polisen i Trollhättan;Statlig'].join('\n');

  it('leaves every field the file has no column for as it is stored, and its dry run says so', async () => {
    await seeded();
    const before = (await roundData()).actors.find((a) => a.id === 'polisen');
    const dry = await upload(PARTIAL, '?dryRun=true');
    expect(dry.json()).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    expect((await upload(PARTIAL)).json()).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    const after = (await roundData()).actors.find((a) => a.id === 'polisen');
    expect(after).toEqual({ ...before, name: 'Polisen i Trollhättan' });
    expect((await upload(PARTIAL, '?dryRun=true')).json()).toMatchObject({ updated: 0, unchanged: 1 });
  });

  it('clears a field whose column is there but empty', async () => {
    await seeded();
    const csv = ['Id;Namn;Sektor;Beskrivning', 'polisen;Polisen;Statlig;'].join('\n');
    expect((await upload(csv)).json()).toMatchObject({ updated: 1 });
    const after = (await roundData()).actors.find((a) => a.id === 'polisen');
    expect(after?.description).toBeUndefined();
    expect(after?.evidence.length).toBeGreaterThan(0);
  });

  it('keeps every actor’s evidence when the exported actors.csv comes back without the evidence file', async () => {
    await seeded();
    const zip = (await app.inject(`${M}/rounds/${LEGACY_REF.round}/export?format=csv`)).rawPayload;
    const { unzipSync } = await import('fflate');
    const actorsCsv = Buffer.from(unzipSync(new Uint8Array(zip))['actors.csv'] as Uint8Array);
    const before = await roundData();
    const res = await upload(actorsCsv, '?name=actors.csv');
    expect(res.json()).toMatchObject({ created: 0, updated: 0, unchanged: before.actors.length });
    expect(await roundData()).toEqual(before);
  });

  it('in replace mode still writes the records as the file has them', async () => {
    await seeded();
    expect((await upload(PARTIAL, '?mode=replace')).statusCode).toBe(200);
    const after = await roundData();
    expect(after.actors).toEqual([
      { id: 'polisen', name: 'Polisen i Trollhättan', sector: 'state', areas: [], neighbourhoods: [], targetGroups: [], evidence: [] },
    ]);
  });
});

describe('a ties-only file', () => {
  const TIES = ['Source,Target,Status', 'polisen,eidar,desired'].join('\n');

  it('is imported into a round that holds its actors', async () => {
    await seeded();
    const dry = await upload(TIES, '?dryRun=true');
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({ created: 1, updated: 0 });
    expect((await upload(TIES)).json()).toMatchObject({ created: 1 });
    const tie = (await store.round(LEGACY_REF).snapshot()).collaborations.find((c) => c.source === 'polisen' && c.target === 'eidar');
    expect(tie).toMatchObject({ status: 'desired' });
  });

  it('answers 422 naming an actor neither the file nor the round holds, and writes nothing', async () => {
    await seeded();
    const before = await roundData();
    for (const query of ['', '?dryRun=true']) {
      const res = await upload(['Source,Target', 'polisen,nobody'].join('\n'), query);
      expect(res.statusCode, query).toBe(422);
      expect(JSON.stringify(res.json()), query).toContain('nobody');
    }
    expect(await roundData()).toEqual(before);
  });

  it('in replace mode must hold the actors itself', async () => {
    await seeded();
    const res = await upload(TIES, '?mode=replace&dryRun=true');
    expect(res.statusCode).toBe(422);
    expect(res.json().problems[0].message).toBe('no actor "polisen" in the file: a tie needs both of its actors');
  });
});

describe('an export of a round without ties', () => {
  it('is imported back from every graph format', async () => {
    await seeded('no-ties');
    const actors = [
      { id: 'polisen', name: 'Polisen', sector: 'state' },
      { id: 'eidar', name: 'Eidar', sector: 'business' },
    ];
    const loaded = await app.inject({ method: 'POST', url: `${M}/rounds/no-ties/import`, payload: { actors } });
    expect(loaded.statusCode).toBe(200);
    for (const format of ['graphml', 'gexf', 'node-link', 'cytoscape']) {
      const file = (await app.inject(`${M}/rounds/no-ties/export?format=${format}`)).rawPayload;
      const res = await upload(file, '?dryRun=true&mode=replace', 'application/octet-stream', 'no-ties');
      expect(res.statusCode, format).toBe(200);
      expect(res.json(), format).toMatchObject({ created: 0, updated: 0, unchanged: 2, deleted: 0 });
    }
  });
});

describe('an upload of a type the import does not take', () => {
  it('answers 415 listing the accepted types and that octet-stream with ?name= works, in Swedish too', async () => {
    await seeded();
    const res = await upload('a;b', '', 'text/plain');
    expect(res.statusCode).toBe(415);
    expect(res.json().error).toBe('unsupported_media_type');
    expect(res.json().message).toContain('text/plain');
    expect(res.json().message).toContain('text/csv');
    expect(res.json().message).toContain('application/octet-stream with ?name=');
    const sv = await app.inject({
      method: 'POST',
      url: `${M}/rounds/${LEGACY_REF.round}/import/file`,
      payload: 'a;b',
      headers: { 'content-type': 'text/plain', 'accept-language': 'sv' },
    });
    expect(sv.json().message).toContain('application/octet-stream med ?name=');
  });
});

describe('a dry run into a closed round', () => {
  it('answers 409 naming the round, as the import itself would', async () => {
    await seeded('2024');
    expect((await app.inject({ method: 'PATCH', url: `${M}/rounds/2024`, payload: { closed: true } })).statusCode).toBe(200);
    const csv = Buffer.from('Id;Namn;Sektor\npolisen;Polisen;Statlig\n');
    for (const dryRun of [true, false]) {
      const res = await app.inject({
        method: 'POST',
        url: `${M}/rounds/2024/import/file?dryRun=${dryRun}&name=aktorer.csv`,
        headers: { 'content-type': 'text/csv' },
        payload: csv,
      });
      expect(res.statusCode).toBe(409);
      expect(res.json().message).toContain(`${LEGACY_REF.mapping}/2024`);
    }
  });
});
