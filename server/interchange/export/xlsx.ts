// XLSX export (exceljs's streaming writer): one sheet per table with a bold header row, panes
// frozen below it, and the single-valued vocabularies (sector, status, role) as drop-down
// validation lists, so the file can be edited in Excel or LibreOffice and imported back. Rows are
// committed as they are written, so the zip leaves through the stream as it is made; strings are
// written inline, not in a shared-strings table, which the writer would hold to the end.
import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { FIELDS } from '../mapping/fields.ts';
import { VOCABULARIES, type VocabularyName } from '../mapping/values.ts';
import { columnLetter } from '../tables/xlsx.ts';
import { FILTERS_SHEET, type Table } from './records.ts';

/** The last row a validation list covers: room to add rows by hand. */
const VALIDATED_ROWS = 100_000;

const DROP_DOWNS: Partial<Record<string, VocabularyName>> = { sector: 'sector', status: 'status', role: 'role' };

/** The workbook of the tables as a stream; a failure while writing destroys the stream with it. */
export function xlsxStream(tables: readonly Table[]): Readable {
  const sink = new PassThrough();
  writeWorkbook(tables, sink).catch((error: unknown) => sink.destroy(error instanceof Error ? error : new Error(String(error))));
  return sink;
}

async function writeWorkbook(tables: readonly Table[], sink: PassThrough): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useSharedStrings: false, useStyles: true });
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.header.map((header) => ({ header, width: Math.max(12, header.length + 2) }));
    sheet.getRow(1).font = { bold: true };
    const fields = table.name === FILTERS_SHEET ? [] : FIELDS[table.name];
    table.header.forEach((header, index) => {
      const key = fields.find((f) => f.header === header)?.key ?? '';
      const vocabulary = DROP_DOWNS[key];
      if (vocabulary === undefined) return;
      const words = VOCABULARIES[vocabulary].map((t) => t.en).join(',');
      const column = columnLetter(index);
      (sheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }).dataValidations.add(
        `${column}2:${column}${VALIDATED_ROWS}`,
        {
          type: 'list',
          allowBlank: true,
          formulae: [`"${words}"`],
          showErrorMessage: true,
          errorTitle: header,
          error: `${header}: ${words}`,
        },
      );
    });
    for (const row of table.rows) sheet.addRow(row).commit();
    sheet.commit();
  }
  await workbook.commit();
}
