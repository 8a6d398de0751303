// exceljs's streaming reader could lose the last entry of a zip (exceljs#3064); the reader now gets
// the workbook's own parts first, and a sheet it never gives back fails the read instead of
// quietly shortening the file.
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../server/interchange/parse-import.ts';
import { workbookPartsFirst } from '../../server/interchange/tables/zip-order.ts';
import { utf8, workbook } from './files.ts';

const entryNames = (zip: Uint8Array) => Object.keys(unzipSync(zip));

const TWO_SHEETS = {
  actors: [
    ['Name', 'Sector'],
    ['Polisen', 'State'],
    ['Kronogårdens IF', 'Civil society'],
  ],
  ties: [
    ['From', 'To'],
    ['Polisen', 'Kronogårdens IF'],
  ],
};

describe('workbookPartsFirst', () => {
  it('puts relations, workbook, shared strings and styles first, then the sheets, and changes no entry', async () => {
    const original = await workbook(TWO_SHEETS);
    expect(entryNames(original).at(-1)).toBe('xl/workbook.xml');
    const reordered = workbookPartsFirst(original);
    expect(entryNames(reordered).slice(0, 6)).toEqual([
      'xl/_rels/workbook.xml.rels',
      'xl/workbook.xml',
      'xl/sharedStrings.xml',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ]);
    const before = unzipSync(original);
    const after = unzipSync(reordered);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const [name, data] of Object.entries(before)) expect(after[name], name).toEqual(data);
  });

  it('adds an empty shared-strings part first to a workbook without one, and changes no other entry', async () => {
    const entries = unzipSync(await workbook(TWO_SHEETS));
    delete entries['xl/sharedStrings.xml'];
    const without = zipSync(entries);
    const after = unzipSync(workbookPartsFirst(without));
    expect(Object.keys(after)[0]).toBe('xl/sharedStrings.xml');
    expect(new TextDecoder().decode(after['xl/sharedStrings.xml'])).toContain('uniqueCount="0"');
    for (const [name, data] of Object.entries(entries)) expect(after[name], name).toEqual(data);
    expect(Object.keys(after)).toHaveLength(Object.keys(entries).length + 1);
  });

  it('returns what it cannot read unchanged', () => {
    const notAZip = utf8('Name,Sector\nPolisen,State\n');
    expect(workbookPartsFirst(notAZip)).toBe(notAZip);
    const truncated = zipSync({ 'xl/workbook.xml': utf8('<workbook/>') }).slice(0, -4);
    expect(workbookPartsFirst(truncated)).toBe(truncated);
  });
});

describe('reading an XLSX', () => {
  it('reads every sheet of a workbook written as exceljs writes it', async () => {
    const parsed = await parseImport(await workbook(TWO_SHEETS), 'x.xlsx');
    expect(parsed.problems.total).toBe(0);
    expect(parsed.dataset?.actors).toHaveLength(2);
    expect(parsed.dataset?.collaborations).toHaveLength(1);
  });

  it('fails the read when a sheet the workbook names is missing from the file', async () => {
    const entries = unzipSync(await workbook(TWO_SHEETS));
    delete entries['xl/worksheets/sheet2.xml'];
    const parsed = await parseImport(zipSync(entries), 'x.xlsx');
    expect(parsed.dataset).toBeNull();
    expect(parsed.problems.listed).toEqual([
      expect.objectContaining({ sheet: 'x.xlsx', message: 'the file could not be read as an XLSX workbook' }),
    ]);
  });
});
