// openpyxl (the project's Python, scripts/python.mjs) reads our hand-written XLSX export: every
// sheet with every cell as we wrote it (text as text even when it starts with "=", numbers as
// numbers, true/false as booleans), the frozen bold header row, the column widths and the
// drop-down validation lists. A second reader besides exceljs, which the round trip uses.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { python } from '../../scripts/python.mjs';
import { exportBytes, exportSnapshot } from '../../server/interchange/export/formats.ts';
import { type ExportOptions, snapshotTables, type Table } from '../../server/interchange/export/records.ts';
import type { GraphSnapshot } from '../../server/store/port.ts';
import { seedSnapshot } from './seed-snapshot.ts';

const SCRIPT = fileURLToPath(new URL('../../scripts/oracle/read_xlsx.py', import.meta.url));

interface ReadSheet {
  name: string;
  frozen: string | null;
  rows: Array<Array<string | number | boolean | null>>;
  boldHeader: boolean[];
  widths: Record<string, number>;
  validations: Array<{ type: string; formula: string; ranges: string }>;
}

/** Text a spreadsheet could misread: formula starts, edge spaces, a line break, markup. */
const TRICKY = ['=HYPERLINK("http://evil.example","x")', '  spaced  ', 'two\r\nlines', '<b>&amp;</b> "quoted"'];

const OPTIONS: ExportOptions = { filters: { area: 'housing' } };

let snapshot: GraphSnapshot;
let folder: string;
let read: ReadSheet[];

beforeAll(async () => {
  const seed = await seedSnapshot();
  snapshot = { ...seed, actors: seed.actors.map((a, i) => (i < TRICKY.length ? { ...a, description: TRICKY[i] } : a)) };
  folder = mkdtempSync(join(tmpdir(), 'samverkan-openpyxl-'));
  const path = join(folder, 'seed.xlsx');
  writeFileSync(path, await exportBytes(exportSnapshot(snapshot, 'xlsx', OPTIONS)));
  const run = spawnSync(python(), [SCRIPT, path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`read_xlsx.py failed: ${run.stderr}`);
  read = JSON.parse(run.stdout) as ReadSheet[];
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A table as openpyxl gives it back: the header, then the rows, an empty cell as null. */
const asRead = (table: Table) => [table.header, ...[...table.rows].map((row) => row.map((cell) => (cell === '' ? null : cell)))];

describe('openpyxl reads the XLSX export', () => {
  it('reads every sheet with every cell as written', () => {
    const tables = snapshotTables(snapshot, OPTIONS);
    expect(read.map((s) => s.name)).toEqual(tables.map((t) => t.name));
    for (const [i, table] of tables.entries()) expect(read[i]!.rows).toEqual(asRead(table));
    expect(read[1]!.rows.slice(1, 1 + TRICKY.length).map((row) => row[7])).toEqual(TRICKY);
  });

  it('freezes a bold header row on every sheet and sizes the columns to the headers', () => {
    for (const sheet of read) {
      expect(sheet.frozen).toBe('A2');
      expect(sheet.boldHeader.every(Boolean)).toBe(true);
    }
    const actors = read.find((s) => s.name === 'actors')!;
    expect(actors.rows[0]![8]).toBe('Description (Swedish)');
    expect(actors.widths).toMatchObject({ A: 12, I: 'Description (Swedish)'.length + 2 });
  });

  it('offers the single-valued vocabularies as drop-down lists', () => {
    const lists = Object.fromEntries(read.map((s) => [s.name, s.validations]));
    expect(lists).toEqual({
      'filters (ignore)': [],
      actors: [{ type: 'list', formula: '"Municipal,Regional,State,Civil society,Business"', ranges: 'C2:C100000' }],
      ties: [{ type: 'list', formula: '"Active,Needs development,Desired,Ended"', ranges: 'D2:D100000' }],
      forums: [],
      memberships: [{ type: 'list', formula: '"Lead,Member"', ranges: 'C2:C100000' }],
      evidence: [],
      sources: [],
    });
  });
});
