// Detection and the readers' bounds: the format comes from the content before the name, and a
// file past a row, column or cell cap stops with a problem saying which cap.
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../server/interchange/detect.ts';
import { parseImport } from '../../server/interchange/parse-import.ts';
import { guessDelimiter } from '../../server/interchange/tables/csv.ts';
import { utf8, workbook } from './files.ts';

const noZip = () => [];

describe('detectFormat', () => {
  it('reads the content first: a workbook named .csv is XLSX', async () => {
    const parsed = await parseImport(
      await workbook({
        actors: [
          ['Name', 'Sector'],
          ['Polisen', 'State'],
        ],
      }),
      'export.csv',
    );
    expect(parsed.format).toBe('xlsx');
    expect(parsed.dataset?.actors).toHaveLength(1);
  });

  it('tells GraphML, GEXF, JSON and CSV apart by their opening', () => {
    expect(detectFormat(utf8('\ufeff  <?xml version="1.0"?>\n<graphml xmlns="x">'), 'a.txt', noZip)).toBe('graphml');
    expect(detectFormat(utf8('<?xml version="1.0"?><gexf version="1.3">'), 'a', noZip)).toBe('gexf');
    expect(detectFormat(utf8(' {"nodes": []}'), 'a.csv', noZip)).toBe('json');
    expect(detectFormat(utf8('Id,Label\n'), 'nodes', noZip)).toBe('csv');
  });

  it('tells the JSON flavours apart by their keys', async () => {
    const nodeLink = { directed: false, multigraph: false, graph: {}, nodes: [{ id: 'a', name: 'A', sector: 'state' }], edges: [] };
    const cytoscape = { elements: { nodes: [{ data: { id: 'a', name: 'A', sector: 'state' } }], edges: [] } };
    expect((await parseImport(utf8(JSON.stringify(nodeLink)), 'g.json')).format).toBe('node-link');
    expect((await parseImport(utf8(JSON.stringify(cytoscape)), 'g.json')).format).toBe('cytoscape');
    expect((await parseImport(utf8(JSON.stringify({ actors: [] })), 'g.json')).format).toBe('json');
  });

  it('picks the delimiter the header line uses most, outside quotes', () => {
    expect(guessDelimiter('"a;b",c,d\n1;2;3')).toBe(',');
    expect(guessDelimiter('Namn;Sektor;"x,y"\n')).toBe(';');
    expect(guessDelimiter('Id\tLabel\n')).toBe('\t');
  });
});

describe('read limits', () => {
  const csv = utf8(`name,sector\n${Array.from({ length: 20 }, (_, i) => `A${i},State`).join('\n')}\n`);

  it('stops past the row cap', async () => {
    const parsed = await parseImport(csv, 'actors.csv', { limits: { maxRowsPerSheet: 10 } });
    expect(parsed.dataset).toBeNull();
    expect(parsed.problems.listed).toEqual([{ sheet: 'actors', row: 12, column: null, message: 'more than 10 rows' }]);
  });

  it('stops past the cell cap, in XLSX too', async () => {
    const file = await workbook({ actors: [['Name', 'Sector'], ...Array.from({ length: 20 }, (_, i) => [`A${i}`, 'State'])] });
    const parsed = await parseImport(file, 'a.xlsx', { limits: { maxCells: 15 } });
    expect(parsed.problems.listed).toEqual([{ sheet: 'actors', row: 8, column: null, message: 'more than 15 cells in the file' }]);
  });

  it('stops at a cell longer than allowed', async () => {
    const parsed = await parseImport(utf8(`name,sector\n${'x'.repeat(50)},State\n`), 'actors.csv', { limits: { maxCellChars: 20 } });
    expect(parsed.problems.listed[0]).toMatchObject({ row: 2, column: 'name', message: 'a cell longer than 20 characters' });
  });

  it('holds graph files to the same row cap', async () => {
    const nodes = Array.from({ length: 20 }, (_, i) => ({ id: `a${i}`, name: `A${i}`, sector: 'state' }));
    const parsed = await parseImport(utf8(JSON.stringify({ directed: false, nodes, edges: [] })), 'g.json', {
      limits: { maxRowsPerSheet: 10 },
    });
    expect(parsed.problems.listed).toEqual([{ sheet: 'actors', row: null, column: null, message: 'more than 10 rows' }]);
  });
});

describe('XLSX blank cells', () => {
  it('reads a cell Excel left out as an empty string, in the rows and in the preview', async () => {
    const file = await workbook({
      actors: [
        ['id', 'name', 'sector', 'description'],
        ['a', 'Aktör A', null, 'text'],
      ],
    });
    const parsed = await parseImport(file, 'a.xlsx');
    expect(parsed.preview[0]?.rows[0]?.cells).toEqual(['a', 'Aktör A', '', 'text']);
    expect(parsed.problems.listed).toEqual([
      { sheet: 'actors', row: 2, column: 'sector', message: expect.stringContaining('is required') },
    ]);
  });
});
