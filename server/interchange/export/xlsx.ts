// XLSX export, written by hand as GEXF is (bench/README.md: exceljs's streaming writer spent most
// of 10 s of CPU styling and serialising cells at 100k ties). One sheet per table with a bold
// header row, panes frozen below it, a column width from each header, and the single-valued
// vocabularies (sector, status, role) as drop-down validation lists, so the file can be edited in
// Excel or LibreOffice and imported back. Strings are inline (`inlineStr`): never formulas, so
// text that starts with "=" stays text, and no shared-strings table is held to the end. The zip
// leaves through the stream as it is made (export/zip.ts).
import { FIELDS } from '../mapping/fields.ts';
import { VOCABULARIES, type VocabularyName } from '../mapping/values.ts';
import { columnLetter } from '../tables/xlsx.ts';
import { FILTERS_SHEET, type Scalar, type Table } from './records.ts';
import { BOLD_STYLE, contentTypes, PACKAGE_RELS, STYLES, sheetPath, WORKSHEET_START, workbook, workbookRels } from './xlsx-package.ts';
import { xml } from './xml.ts';
import { type ZipFile, zipChunks } from './zip.ts';

/** The last row a validation list covers: room to add rows by hand. */
const VALIDATED_ROWS = 100_000;

const DROP_DOWNS: Partial<Record<string, VocabularyName>> = { sector: 'sector', status: 'status', role: 'role' };

// The frozen header: the lower pane scrolls, row 1 stays.
const FROZEN_HEADER =
  '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
  '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>';

function cell(reference: string, value: Scalar, style: string): string {
  if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${reference}"${style}><v>${value}</v></c>` : '';
  if (typeof value === 'boolean') return `<c r="${reference}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (value === '') return '';
  return `<c r="${reference}"${style} t="inlineStr"><is><t xml:space="preserve">${xml(value)}</t></is></c>`;
}

/** The drop-down lists of the table's vocabulary columns, as <dataValidations> (after <sheetData>, as the schema orders them). */
function validations(table: Table, letters: readonly string[]): string {
  const fields = table.name === FILTERS_SHEET ? [] : FIELDS[table.name];
  const lists = table.header.flatMap((header, index) => {
    const vocabulary = DROP_DOWNS[fields.find((f) => f.header === header)?.key ?? ''];
    if (vocabulary === undefined) return [];
    const words = VOCABULARIES[vocabulary].map((t) => t.en).join(',');
    const range = `${letters[index]}2:${letters[index]}${VALIDATED_ROWS}`;
    return [
      `<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorTitle="${xml(header)}" error="${xml(`${header}: ${words}`)}" sqref="${range}">` +
        `<formula1>${xml(`"${words}"`)}</formula1></dataValidation>`,
    ];
  });
  return lists.length === 0 ? '' : `<dataValidations count="${lists.length}">${lists.join('')}</dataValidations>`;
}

/** A table's worksheet XML, a row at a time. */
function* worksheet(table: Table): Generator<string> {
  const letters = table.header.map((_, index) => columnLetter(index));
  const widths = table.header.map(
    (header, i) => `<col min="${i + 1}" max="${i + 1}" width="${Math.max(12, header.length + 2)}" customWidth="1"/>`,
  );
  const bold = ` s="${BOLD_STYLE}"`;
  yield `${WORKSHEET_START}${FROZEN_HEADER}<sheetFormatPr defaultRowHeight="15"/><cols>${widths.join('')}</cols><sheetData>`;
  yield `<row r="1"${bold} customFormat="1">${table.header.map((h, i) => cell(`${letters[i]}1`, h, bold)).join('')}</row>`;
  let number = 1;
  for (const row of table.rows) {
    number += 1;
    let cells = '';
    for (let i = 0; i < row.length; i++) cells += cell(`${letters[i]}${number}`, row[i]!, '');
    yield `<row r="${number}">${cells}</row>`;
  }
  yield `</sheetData>${validations(table, letters)}</worksheet>`;
}

/** The package's parts in the order a streaming reader wants them: the workbook before its sheets. */
function* parts(tables: readonly Table[]): Generator<ZipFile> {
  yield { name: '[Content_Types].xml', text: [contentTypes(tables.length)] };
  yield { name: '_rels/.rels', text: [PACKAGE_RELS] };
  yield { name: 'xl/workbook.xml', text: [workbook(tables.map((t) => t.name))] };
  yield { name: 'xl/_rels/workbook.xml.rels', text: [workbookRels(tables.length)] };
  yield { name: 'xl/styles.xml', text: [STYLES] };
  for (const [i, table] of tables.entries()) yield { name: sheetPath(i + 1), text: worksheet(table) };
}

/** The workbook of the tables, chunk by chunk. */
export function xlsxChunks(tables: readonly Table[]): Generator<Uint8Array> {
  return zipChunks(parts(tables));
}
