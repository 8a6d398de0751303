// What the exported files promise beyond the round trip: an XLSX that Excel opens with a frozen,
// bold header row and the vocabularies as drop-down lists, and CSV text that no spreadsheet
// program runs as a formula.
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportBytes, exportSnapshot } from '../../server/interchange/export/formats.ts';
import { parseImport } from '../../server/interchange/parse-import.ts';
import type { GraphSnapshot } from '../../server/store/port.ts';
import { seedSnapshot } from './seed-snapshot.ts';

let snapshot: GraphSnapshot;
beforeAll(async () => {
  snapshot = await seedSnapshot();
});

/** The seed with text that a spreadsheet would run: every formula start, in names and descriptions. */
function withFormulaText(base: GraphSnapshot): GraphSnapshot {
  const starts = ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)'];
  return {
    ...base,
    actors: base.actors.map((actor, i) => (i < starts.length ? { ...actor, description: starts[i] } : actor)),
  };
}

describe('XLSX export', () => {
  it('has a frozen bold header row and the single-valued vocabularies as validation lists', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await exportBytes(exportSnapshot(snapshot, 'xlsx'))) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['actors', 'ties', 'forums', 'memberships', 'evidence', 'sources']);
    const actors = book.getWorksheet('actors')!;
    expect(actors.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(actors.getRow(1).font?.bold).toBe(true);
    expect(actors.getCell('C1').value).toBe('Sector');
    expect(actors.getCell('C2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"Municipal,Regional,State,Civil society,Business"'],
    });
    expect(book.getWorksheet('ties')!.getCell('D2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"Active,Needs development,Desired,Ended"'],
    });
    expect(actors.rowCount).toBe(snapshot.actors.length + 1);
  });

  it('leaves out control characters XML cannot hold, which would make the workbook unreadable', async () => {
    const bell = {
      ...snapshot,
      actors: snapshot.actors.map((a, i) => (i === 0 ? { ...a, description: 'ring\u0007 the\u0000 bell\ttab' } : a)),
    };
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await exportBytes(exportSnapshot(bell, 'xlsx'))) as unknown as ArrayBuffer);
    expect(book.getWorksheet('actors')!.getCell('H2').value).toBe('ring the bell\ttab');
  });
});

describe('CSV export', () => {
  it('escapes text that starts with =, +, - or @ and the import takes the escape off again', async () => {
    const risky = withFormulaText(snapshot);
    const zip = await exportBytes(exportSnapshot(risky, 'csv'));
    const actorsCsv = new TextDecoder().decode(unzipSync(zip)['actors.csv']);
    for (const line of actorsCsv.split('\r\n').slice(1, 5)) expect(line).toMatch(/;"?'[=+\-@]/);
    expect(actorsCsv).not.toMatch(/;"?[=+\-@]/);
    const parsed = await parseImport(zip, 'risky.csv.zip');
    expect(parsed.dataset?.actors.slice(0, 4).map((a) => a.description)).toEqual(risky.actors.slice(0, 4).map((a) => a.description));
  });
});
