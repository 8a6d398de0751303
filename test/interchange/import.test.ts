// Spreadsheets written by hand the way people and other tools write them, imported through
// parseImport: Kumu's XLSX layout, Gephi's CSV, our template in Swedish, and the reader's
// details (BOM, ";" and ",", quoted newlines, formula escapes, explicit mappings).
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../server/interchange/parse-import.ts';
import { GEPHI_EDGES, GEPHI_NODES, KUMU_SHEETS, utf8, workbook } from './files.ts';

describe('Kumu XLSX', () => {
  it('imports elements with sectors and areas, connections by label, and skips (ignore) sheets', async () => {
    const parsed = await parseImport(await workbook(KUMU_SHEETS), 'kumu.xlsx');
    expect(parsed.problems.listed).toEqual([]);
    expect(parsed.format).toBe('xlsx');
    const actors = parsed.dataset?.actors ?? [];
    expect(actors.map((a) => [a.id, a.sector, a.areas])).toEqual([
      ['kultur-och-fritidsforvaltningen', 'municipal', ['democracy_civil_society', 'education']],
      ['polisen', 'state', ['crime']],
      ['kronogardens-if', 'civil_society', ['democracy_civil_society']],
    ]);
    const ties = parsed.dataset?.collaborations ?? [];
    expect(ties.map((t) => [t.source, t.target, t.status, t.forms, t.strength, t.description])).toEqual([
      ['kultur-och-fritidsforvaltningen', 'kronogardens-if', 'active', ['funding'], 2, 'Grant for youth activities'],
      ['polisen', 'kronogardens-if', 'desired', [], undefined, 'Wished-for contact'],
    ]);
    expect(parsed.report.skippedSheets).toEqual(['Notes (ignore)']);
    // Kumu's Image column is not ours: kept as an attribute, and the report says so.
    expect(parsed.attributes.actors['kultur-och-fritidsforvaltningen']).toEqual({ Image: 'https://example.org/a.png' });
    expect(parsed.report.sheets[0]?.columns.find((c) => c.header === 'Image')).toEqual({ header: 'Image', field: null, ignored: false });
    // The first connection's status was not in the file: the report says what was assumed.
    expect(parsed.report.assumed).toEqual([{ table: 'ties', field: 'status', value: 'active', rows: 1 }]);
  });
});

describe('Gephi CSV', () => {
  it('imports a nodes table with its sectors, keeping Gephi’s layout columns as attributes', async () => {
    const nodes = await parseImport(utf8(GEPHI_NODES), 'nodes.csv');
    expect(nodes.problems.listed).toEqual([]);
    expect(nodes.dataset?.actors.map((a) => [a.id, a.name, a.sector])).toEqual([
      ['1', 'Arbetsförmedlingen', 'state'],
      ['2', 'Trollhättans Stad', 'municipal'],
      ['3', 'Fastighets AB Eidar', 'business'],
    ]);
    expect(nodes.attributes.actors['1']).toEqual({ x: '10.5', y: '3' });
  });

  it('imports the edges once the nodes are in the same file set (a zip of both)', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    const zip = zipSync({ 'nodes.csv': strToU8(GEPHI_NODES), 'edges.csv': strToU8(GEPHI_EDGES) });
    const parsed = await parseImport(zip, 'gephi.zip');
    expect(parsed.problems.listed).toEqual([]);
    expect(parsed.dataset?.collaborations.map((t) => [t.source, t.target, t.directed, t.strength, t.description])).toEqual([
      ['1', '2', false, 3, 'Labour market programmes'],
      ['2', '3', true, 1, 'Housing assignment'],
    ]);
  });
});

describe('our template in Swedish, as Swedish Excel saves CSV', () => {
  const csv =
    '\ufeffId;Namn;Sektor;Beskrivning;Webbplats\r\nkff;Kultur- och fritidsförvaltningen;Kommunal;"Två rader;\r\nmed semikolon";https://www.trollhattan.se\r\nhv;Högskolan Väst;statlig;\'=inte en formel;\r\n';

  it('reads a BOM, ";", a quoted newline and takes the formula escape off', async () => {
    const parsed = await parseImport(utf8(csv), 'Aktörer.csv');
    expect(parsed.problems.listed).toEqual([]);
    expect(parsed.dataset?.actors.map((a) => [a.id, a.sector, a.description, a.website])).toEqual([
      ['kff', 'municipal', 'Två rader;\r\nmed semikolon', 'https://www.trollhattan.se'],
      ['hv', 'state', '=inte en formel', undefined],
    ]);
  });

  it('reads "," files too', async () => {
    const parsed = await parseImport(utf8('name,sector\nPolisen,State\n'), 'actors.csv');
    expect(parsed.dataset?.actors).toMatchObject([{ id: 'polisen', sector: 'state' }]);
  });

  it('takes explicit column and value mappings over the automatic ones', async () => {
    const file = utf8('Organisation;Huvudman;Extra\nKronogårdens IF;Förening;x\n');
    const parsed = await parseImport(file, 'actors.csv', {
      mapping: { columns: { Huvudman: 'sector', Extra: 'ignore' }, values: { sector: { Förening: 'civil_society' } } },
    });
    expect(parsed.problems.listed).toEqual([]);
    expect(parsed.dataset?.actors).toMatchObject([{ id: 'kronogardens-if', sector: 'civil_society' }]);
    expect(parsed.attributes.actors).toEqual({});
  });
});

describe('the fields a file carries', () => {
  it('are the fields its columns set, per kind, with what names a record; our JSON carries whole records', async () => {
    const actors = await parseImport(utf8('Id;Namn;Sektor;Källa;Ställe i källan;Anteckning om källan\n'), 'actors.csv');
    expect(actors.carried).toEqual({ actors: ['id', 'name', 'sector', 'evidence'] });
    const ties = await parseImport(utf8('Source,Target,Type\n'), 'ties.csv');
    expect(ties.carried).toEqual({ collaborations: ['id', 'source', 'target', 'directed', 'status', 'forms'] });
    const json = await parseImport(utf8(JSON.stringify({ actors: [] })), 'dataset.json');
    expect(json.carried).toEqual({});
  });
});
