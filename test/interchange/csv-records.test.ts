// The CSV tokenizer on the cases a spreadsheet program's export and a hand-edited file produce:
// quoting, line breaks, empty lines and the three ways a file fails to be CSV.
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../server/interchange/parse-import.ts';
import { CsvSyntaxError, forEachCsvRecord } from '../../server/interchange/tables/csv-records.ts';
import { utf8 } from './files.ts';

const records = (text: string, delimiter = ';', maxRecordChars = 1000): string[][] => {
  const out: string[][] = [];
  forEachCsvRecord(text, { delimiter, maxRecordChars }, (fields) => out.push(fields));
  return out;
};

describe('forEachCsvRecord', () => {
  it('reads quoted fields holding the delimiter, line breaks and doubled quotes', () => {
    expect(records('a;"b;c";"say ""hi""\r\nthere"\n')).toEqual([['a', 'b;c', 'say "hi"\r\nthere']]);
  });

  it('keeps empty fields, an empty line as one empty field, and no record for a last empty line', () => {
    expect(records('a;;\n\n;b\n')).toEqual([['a', '', ''], [''], ['', 'b']]);
    expect(records('a;b')).toEqual([['a', 'b']]);
  });

  it('ends records only at the line break the file uses first', () => {
    expect(records('a\r\nb\nc\r\n')).toEqual([['a'], ['b\nc']]);
    expect(records('a\rb\rc')).toEqual([['a'], ['b'], ['c']]);
  });

  it('refuses a quote inside an unquoted field, text after a closing quote and a quote never closed', () => {
    expect(() => records('ab"c;d\n')).toThrow(CsvSyntaxError);
    expect(() => records('"ab"c;d\n')).toThrow(/"c" follows a closing quote/);
    expect(() => records('a;"b\n')).toThrow(/never closed/);
  });

  it('refuses a record past its length bound', () => {
    expect(() => records('abcdef;ghijkl\n', ';', 10)).toThrow(/longer than 10 characters/);
  });
});

describe('a CSV file that is not CSV', () => {
  it('is one problem naming the row the parser stopped at', async () => {
    const parsed = await parseImport(utf8('name;sector\nPolisen;State\nEidar "x";State\n'), 'actors.csv');
    expect(parsed.dataset).toBeNull();
    expect(parsed.problems.listed).toEqual([
      { sheet: 'actors', row: 3, column: null, message: 'not readable as CSV near row 3: a quote inside the unquoted cell "Eidar …"' },
    ]);
  });
});
