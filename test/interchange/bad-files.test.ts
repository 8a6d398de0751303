// Bad files: each gives no dataset and a problem naming where and what, so the import route
// can answer 422 and write nothing.
import { Zip, ZipDeflate, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DATASET_LIMITS } from '../../server/domain/inputs.ts';
import { type ParseImportOptions, parseImport } from '../../server/interchange/parse-import.ts';
import { utf8, workbook } from './files.ts';

async function problemsOf(bytes: Uint8Array, name: string, options?: ParseImportOptions) {
  const parsed = await parseImport(bytes, name, options);
  expect(parsed.dataset).toBeNull();
  expect(parsed.problems.total).toBeGreaterThan(0);
  return parsed.problems.listed;
}

/** A zip whose one entry inflates to `megabytes` of zeros, streamed so the test stays small. */
function zipBomb(megabytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const name of ['[Content_Types].xml', 'xl/workbook.xml']) {
    const small = new ZipDeflate(name);
    zip.add(small);
    small.push(strToU8('<x/>'), true);
  }
  const entry = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 1 });
  zip.add(entry);
  const zeros = new Uint8Array(1024 * 1024);
  for (let i = 0; i < megabytes; i += 1) entry.push(zeros, i === megabytes - 1);
  zip.end();
  return Buffer.concat(chunks);
}

describe('bad files', () => {
  it('a wrong delimiter: the header is one column, and the problem says which delimiter it saw', async () => {
    const problems = await problemsOf(utf8('Id|Name|Sector\na|A|State\n'), 'actors.csv');
    expect(problems[0]).toMatchObject({ sheet: 'actors', row: 1, column: 'Name' });
    expect(problems[0]?.message).toContain('separated by "|"');
  });

  it('a missing required column', async () => {
    expect(await problemsOf(utf8('Name\nPolisen\n'), 'actors.csv')).toEqual([
      { sheet: 'actors', row: 1, column: 'Sector', message: 'missing required column "Sector" (Sektor)' },
    ]);
  });

  it('an unknown sector value, named with its row and column', async () => {
    const problems = await problemsOf(utf8('Namn;Sektor\nPolisen;Statlig\nEidar;Blandad\n'), 'aktörer.csv');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ sheet: 'aktörer', row: 3, column: 'Sektor' });
    expect(problems[0]?.message).toContain('unknown sector "Blandad"');
  });

  it('a tie to an actor a replace file does not hold', async () => {
    const file = await workbook({
      actors: [
        ['Name', 'Sector'],
        ['Polisen', 'State'],
      ],
      ties: [
        ['From', 'To'],
        ['Polisen', 'Nobody'],
      ],
    });
    expect(await problemsOf(file, 'x.xlsx', { mode: 'replace' })).toEqual([
      { sheet: 'ties', row: 2, column: 'To', message: 'no actor "Nobody" in the file: a tie needs both of its actors' },
    ]);
    // An upsert leaves it to the store, which looks in the round too.
    const upsert = await parseImport(file, 'x.xlsx', { mode: 'upsert' });
    expect(upsert.dataset?.collaborations[0]).toMatchObject({ source: 'polisen', target: 'nobody' });
  });

  it('duplicate ids', async () => {
    const problems = await problemsOf(utf8('id,name,sector\na,A,State\nb,B,State\na,A again,State\n'), 'actors.csv');
    expect(problems).toEqual([{ sheet: 'actors', row: 4, column: 'id', message: 'duplicate actor id "a" (first on row 2)' }]);
  });

  it('broken XML', async () => {
    const problems = await problemsOf(utf8('<?xml version="1.0"?><graphml><graph><node id="a"></graph>'), 'g.graphml');
    expect(problems[0]).toMatchObject({ sheet: 'g.graphml', row: null });
    expect(problems[0]?.message).toMatch(/^broken XML/);
  });

  it('a 0-byte file', async () => {
    expect(await problemsOf(new Uint8Array(), 'empty.csv')).toEqual([
      { sheet: 'empty.csv', row: null, column: null, message: 'the file is empty (0 bytes)' },
    ]);
  });

  it('a file over the size limit, refused before it is read', async () => {
    const problems = await problemsOf(utf8('name,sector\n'.padEnd(3 * 1024 * 1024, 'x')), 'big.csv', {
      limits: { maxFileBytes: 2 * 1024 * 1024 },
    });
    expect(problems[0]?.message).toBe('the file is 3 MB, more than the 2 MB allowed');
  });

  it('an XLSX that is really a zip bomb, refused from its directory', async () => {
    const bomb = zipBomb(64);
    expect(bomb.length).toBeLessThan(256 * 1024);
    const problems = await problemsOf(bomb, 'bomb.xlsx');
    expect(problems[0]?.message).toMatch(/^refused as a zip bomb/);
  });

  it('formulas in cells are never evaluated: each is a problem on its cell', async () => {
    const file = await workbook({
      actors: [
        ['Name', 'Sector'],
        ['Polisen', { formula: 'CONCAT("St","ate")', result: 'State' }],
      ],
    });
    expect(await problemsOf(file, 'f.xlsx')).toEqual([
      {
        sheet: 'actors',
        row: 2,
        column: 'Sector',
        message: 'the cell holds a formula; formulas are not evaluated — paste the values instead',
      },
    ]);
  });

  it('a zip that is not a workbook', async () => {
    const problems = await problemsOf(zipSync({ 'readme.txt': strToU8('hi') }), 'x.xlsx');
    expect(problems[0]?.message).toContain('neither an XLSX workbook nor a zip of CSV files');
  });

  it('text that is not UTF-8', async () => {
    const latin1 = Uint8Array.from([...'name,sector\nK'].map((c) => c.charCodeAt(0)).concat([0xe4, 0x0a]));
    expect((await problemsOf(latin1, 'a.csv'))[0]?.message).toContain('not UTF-8');
  });

  it('lists every problem of a file with many, capped, with the total', async () => {
    const rows = Array.from({ length: 1500 }, (_, i) => `Actor ${i},Nowhere`).join('\n');
    const parsed = await parseImport(utf8(`name,sector\n${rows}\n`), 'actors.csv');
    expect(parsed.problems.total).toBe(1500);
    expect(parsed.problems.listed).toHaveLength(1000);
  });

  it('more records of a kind than one dataset holds: import it in parts', async () => {
    const rows = Array.from({ length: DATASET_LIMITS.forums + 1 }, (_, i) => `Forum ${i}`).join('\n');
    expect(await problemsOf(utf8(`name\n${rows}\n`), 'forums.csv')).toEqual([
      {
        sheet: 'forums',
        row: null,
        column: null,
        message: `more than ${DATASET_LIMITS.forums.toLocaleString('en-US')} forums in one file: import it in parts`,
      },
    ]);
  });
});
