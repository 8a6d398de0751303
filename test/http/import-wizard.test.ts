// What the file import answers for the explorer's wizard, through the real app: a dry run and a
// 422 say the format, how each column was read, the kept columns and a bounded preview; an
// explicit mapping (the `mapping` parameter) changes how the same file is read; a bad mapping is
// a 400 naming it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.ts';
import { PREVIEW_BOUNDS } from '../../server/interchange/preview.ts';
import { makeApp } from './helpers.ts';

let app: App;
beforeEach(async () => {
  app = await makeApp();
});
afterEach(async () => {
  await app.close();
});

const upload = (csv: string, query: Record<string, string> = {}) =>
  app.inject({
    method: 'POST',
    url: `/api/import/file?${new URLSearchParams(query)}`,
    payload: csv,
    headers: { 'content-type': 'text/csv' },
  });
const actorIds = async () => ((await app.inject('/api/actors?limit=100')).json().items as Array<{ id: string }>).map((a) => a.id);

/** "Typ" would be read as the sector, but holds made-up words; "Kind" is the real sector. */
const CSV = ['id;name;Typ;Kind;Kontakt', 'a;Aktör A;blandad;municipal;anna@example.org', 'b;Aktör B;övrigt;business;'].join('\n');

describe('the import wizard’s answers', () => {
  it('a 422 names the bad cells and still says how the file was read, with its first rows', async () => {
    const res = await upload(CSV, { dryRun: 'true' });
    expect(res.statusCode).toBe(422);
    const body = res.json();
    expect(body.format).toBe('csv');
    expect(body.problems).toEqual([expect.objectContaining({ row: 2, column: 'Typ' }), expect.objectContaining({ row: 3, column: 'Typ' })]);
    expect(body.report.sheets[0].columns).toEqual([
      { header: 'id', field: 'id', ignored: false },
      { header: 'name', field: 'name', ignored: false },
      { header: 'Typ', field: 'sector', ignored: false },
      { header: 'Kind', field: null, ignored: false },
      { header: 'Kontakt', field: null, ignored: false },
    ]);
    expect(body.preview[0]).toMatchObject({ header: ['id', 'name', 'Typ', 'Kind', 'Kontakt'], totalRows: 2, totalColumns: 5 });
    expect(body.preview[0].rows[0]).toEqual({ row: 2, cells: ['a', 'Aktör A', 'blandad', 'municipal', 'anna@example.org'] });
  });

  it('the mapping parameter picks the column and keeps the other; the dry run writes nothing, the import the same file', async () => {
    const mapping = JSON.stringify({ columns: { Typ: 'attribute', Kind: 'sector' } });
    const dry = await upload(CSV, { dryRun: 'true', mapping });
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({ dryRun: true, format: 'csv', created: 2, deleted: 0 });
    expect(dry.json().keptColumns).toEqual([
      { sheet: dry.json().report.sheets[0].sheet, header: 'Typ' },
      { sheet: dry.json().report.sheets[0].sheet, header: 'Kontakt' },
    ]);
    expect(await actorIds()).toEqual([]);
    const written = await upload(CSV, { mapping });
    expect(written.statusCode).toBe(200);
    expect(written.json()).toEqual({ dryRun: false, format: 'csv', created: 2, updated: 0, unchanged: 0, deleted: 0 });
    expect((await app.inject('/api/actors/b')).json().sector).toBe('business');
  });

  it('values the mapping names are read as the vocabulary id it gives', async () => {
    const mapping = JSON.stringify({ values: { sector: { blandad: 'civil_society', övrigt: 'business' } }, columns: { Kind: 'ignore' } });
    const res = await upload(CSV, { dryRun: 'true', mapping });
    expect(res.statusCode).toBe(200);
    expect(res.json().report.sheets[0].columns[3]).toEqual({ header: 'Kind', field: null, ignored: true });
    expect(res.json().keptColumns.map((c: { header: string }) => c.header)).toEqual(['Kontakt']);
  });

  it('names the sheet of a CSV by the name the request gives', async () => {
    const res = await upload(CSV, { dryRun: 'true', name: 'Aktörer 2025.csv' });
    expect(res.json().problems[0].sheet).toBe('Aktörer 2025');
    expect(res.json().preview[0].sheet).toBe('Aktörer 2025');
  });

  it('the preview is bounded: the first rows only, long cells cut', async () => {
    const long = 'x'.repeat(500);
    const rows = Array.from({ length: 25 }, (_, i) => `r${i};Aktör ${i};municipal;${long}`);
    const res = await upload(['id;name;sector;notes', ...rows].join('\n'), { dryRun: 'true' });
    expect(res.statusCode).toBe(200);
    const [sheet] = res.json().preview;
    expect(sheet.rows).toHaveLength(PREVIEW_BOUNDS.rows);
    expect(sheet.totalRows).toBe(25);
    expect(sheet.rows[0].cells[3]).toHaveLength(PREVIEW_BOUNDS.cellChars);
    expect(sheet.rows[0].cells[3].endsWith('…')).toBe(true);
  });

  it('refuses a mapping that is not JSON, or names an unknown field, with a 400 naming it, and writes nothing', async () => {
    for (const mapping of ['{columns:', JSON.stringify({ columns: { Typ: 'colour' } }), JSON.stringify({ extra: 1 })]) {
      const res = await upload(CSV, { mapping });
      expect(res.statusCode, mapping).toBe(400);
      expect(JSON.stringify(res.json()), mapping).toContain('mapping');
    }
    expect(await actorIds()).toEqual([]);
  });

  it('documents the mapping parameter and the wizard’s fields', async () => {
    const doc = (await app.inject('/openapi.json')).json();
    const post = doc.paths['/api/import/file'].post;
    expect(post.parameters.map((p: { name: string }) => p.name)).toContain('mapping');
    expect(JSON.stringify(post.responses['422'])).toContain('FileProblems');
    expect(Object.keys(doc.components.schemas.FileProblems.properties)).toEqual(
      expect.arrayContaining(['format', 'report', 'keptColumns', 'preview']),
    );
    expect(post.responses['400']).toBeDefined();
  });
});
