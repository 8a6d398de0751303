// Small hand-written input files for the import tests, each named for what it shows.
import ExcelJS from 'exceljs';

export const utf8 = (text: string) => new TextEncoder().encode(text);

/** Sheets of rows (first row the header) as an XLSX workbook, written by exceljs as Excel would. */
export async function workbook(sheets: Record<string, unknown[][]>): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) book.addWorksheet(name).addRows(rows);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** Kumu's layout: Elements (Label, Type, Description, Tags split on |) and Connections (From, To by label). */
export const KUMU_SHEETS = {
  Elements: [
    ['Label', 'Type', 'Description', 'Tags', 'Image'],
    [
      'Kultur- och fritidsförvaltningen',
      'Kommunal',
      'Runs the libraries',
      'Demokrati och civilsamhälle|Utbildning',
      'https://example.org/a.png',
    ],
    ['Polisen', 'Statlig', 'Local police', 'Brottslighet', ''],
    ['Kronogårdens IF', 'Civilsamhälle', '', 'Demokrati och civilsamhälle', ''],
  ],
  Connections: [
    ['From', 'To', 'Type', 'Label', 'Strength'],
    ['Kultur- och fritidsförvaltningen', 'Kronogårdens IF', 'Finansiering', 'Grant for youth activities', 2],
    ['Polisen', 'Kronogårdens IF', 'Önskad', 'Wished-for contact', ''],
  ],
  'Notes (ignore)': [['Whatever'], ['the analyst wrote']],
};

/** Gephi's spreadsheet CSV: a nodes table with a Sector column and an edges table. */
export const GEPHI_NODES =
  'Id,Label,Sector,x,y\n1,Arbetsförmedlingen,State,10.5,3\n2,Trollhättans Stad,Municipal,1,2\n3,Fastighets AB Eidar,Business,0,0\n';
export const GEPHI_EDGES =
  'Source,Target,Type,Weight,Label\n1,2,Undirected,3,Labour market programmes\n2,3,Directed,1,Housing assignment\n';
