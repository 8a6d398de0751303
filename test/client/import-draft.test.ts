// The import wizard's pure parts: the analyst's choices become the request's mapping (and only
// what they changed), unknown words are offered once each, problems group by sheet in row order,
// and the names a new mapping is given become valid ids.
import { describe, expect, it } from 'vitest';
import { Slug } from '../../server/domain/schemas.ts';
import { MappingOptions } from '../../server/interchange/mapping/options.ts';
import type { FileProblem } from '../../client/src/api/interchange.ts';
import { uploadType } from '../../client/src/api/interchange.ts';
import {
  chooseColumn,
  chooseValue,
  columnChoice,
  emptyDraft,
  fieldOptions,
  mappingOf,
  problemsBySheet,
  slugOf,
  unknownWords,
} from '../../client/src/state/import-draft.ts';
import { attachmentName } from '../../client/src/ui/export-menu.ts';

const problem = (sheet: string, row: number | null, text?: string): FileProblem => ({
  sheet,
  row,
  column: 'Sektor',
  message: 'unknown',
  ...(text && { unknownValue: { vocabulary: 'sector' as const, text } }),
});

describe('the import draft', () => {
  it('asks for no mapping until the analyst changes something', () => {
    expect(mappingOf(emptyDraft())).toBeNull();
  });

  it('turns column and value choices into a mapping the server’s schema takes', () => {
    let draft = chooseColumn(emptyDraft(), 'Typ', 'attribute');
    draft = chooseColumn(draft, 'Huvudman', 'sector');
    draft = chooseValue(draft, 'sector', 'Bostadsbolag', 'business');
    const mapping = mappingOf(draft);
    expect(mapping).toEqual({ columns: { Typ: 'attribute', Huvudman: 'sector' }, values: { sector: { Bostadsbolag: 'business' } } });
    expect(MappingOptions.safeParse(mapping).success).toBe(true);
  });

  it('an empty term unmaps the word again, and no empty vocabulary is sent', () => {
    const draft = chooseValue(chooseValue(emptyDraft(), 'sector', 'Bolag', 'business'), 'sector', 'Bolag', '');
    expect(mappingOf(draft)).toBeNull();
  });

  it('a column shows the analyst’s choice, else what the server matched, kept or ignored', () => {
    const matched = { header: 'Typ', field: 'sector', ignored: false };
    expect(columnChoice(emptyDraft(), matched)).toBe('sector');
    expect(columnChoice(emptyDraft(), { header: 'X', field: null, ignored: false })).toBe('attribute');
    expect(columnChoice(emptyDraft(), { header: 'X', field: null, ignored: true })).toBe('ignore');
    expect(columnChoice(chooseColumn(emptyDraft(), 'Typ', 'ignore'), matched)).toBe('ignore');
  });

  it('offers each table’s own fields in the UI’s language', () => {
    expect(fieldOptions('actors', 'sv')).toContainEqual({ value: 'sector', label: 'Sektor' });
    expect(fieldOptions('ties', 'en').map((o) => o.value)).toContain('status');
  });

  it('lists each unknown word once and groups problems by sheet in row order', () => {
    const problems = [problem('b', 9, 'Bolag'), problem('a', 4, 'Bolag'), problem('a', 2), problem('a', null, 'Okänd')];
    expect(unknownWords(problems)).toEqual([
      { vocabulary: 'sector', text: 'Bolag' },
      { vocabulary: 'sector', text: 'Okänd' },
    ]);
    expect(problemsBySheet(problems).map((g) => [g.sheet, g.problems.map((p) => p.row)])).toEqual([
      ['b', [9]],
      ['a', [null, 2, 4]],
    ]);
  });

  it('makes valid ids from names', () => {
    for (const name of ['Malmö stad — 2025!', 'Ängelholm', '  Trollhättan  '])
      expect(Slug.safeParse(slugOf(name)).success, name).toBe(true);
    expect(slugOf('Malmö stad — 2025!')).toBe('malmo-stad-2025');
  });
});

describe('files in and out', () => {
  it('sends a file under the content type its extension says', () => {
    expect(uploadType('Aktörer.CSV')).toBe('text/csv');
    expect(uploadType('karta.xlsx')).toContain('spreadsheetml');
    expect(uploadType('noext')).toBe('application/octet-stream');
  });

  it('reads the server’s file name from Content-Disposition', () => {
    expect(attachmentName('attachment; filename="samverkan-m-r-2026-01-01.csv.zip"')).toBe('samverkan-m-r-2026-01-01.csv.zip');
    expect(attachmentName(null)).toBeNull();
  });
});
