// Which format a file is in, from its first bytes and then its name: content wins, because a
// ".csv" that is really an Excel workbook is common and a name is only a hint.
import { unreadable } from './problems.ts';

export const IMPORT_FORMATS = ['xlsx', 'csv', 'csv-zip', 'graphml', 'gexf', 'json', 'node-link', 'cytoscape'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function startsWithZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((byte, i) => bytes[i] === byte);
}

/** The first characters after a byte-order mark and white space. */
function opening(bytes: Uint8Array): string {
  return new TextDecoder()
    .decode(bytes.subarray(0, 4096))
    .replace(/^\ufeff/, '')
    .trimStart();
}

/** A JSON document's flavour from its top-level keys. */
export function jsonFormat(value: unknown): ImportFormat | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return Array.isArray(value) ? 'cytoscape' : undefined;
  const keys = new Set(Object.keys(value));
  if (keys.has('elements')) return 'cytoscape';
  if (keys.has('actors') || keys.has('collaborations')) return 'json';
  if (keys.has('nodes') && keys.has('options')) return 'json';
  if (keys.has('nodes') && (keys.has('links') || keys.has('edges') || keys.has('directed'))) return 'node-link';
  return undefined;
}

export function detectFormat(bytes: Uint8Array, fileName: string, zipNames: () => string[]): ImportFormat {
  if (bytes.length === 0) throw unreadable(fileName, 'the file is empty (0 bytes)');
  const extension = fileName.toLowerCase().match(/\.([a-z]+)$/)?.[1] ?? '';
  if (startsWithZip(bytes)) {
    const names = zipNames();
    if (names.includes('xl/workbook.xml')) return 'xlsx';
    if (names.some((n) => n.toLowerCase().endsWith('.csv'))) return 'csv-zip';
    throw unreadable(fileName, 'a zip archive that is neither an XLSX workbook nor a zip of CSV files');
  }
  const start = opening(bytes);
  if (start.startsWith('<')) {
    if (/<graphml[\s>]/.test(start)) return 'graphml';
    if (/<gexf[\s>]/.test(start)) return 'gexf';
    if (extension === 'graphml' || extension === 'gexf') return extension;
    throw unreadable(fileName, 'an XML file that is neither GraphML nor GEXF');
  }
  if (start.startsWith('{') || start.startsWith('[')) return 'json';
  if (extension === 'xlsx' || extension === 'xls')
    throw unreadable(fileName, 'named .xlsx but not an Excel workbook (an old .xls? save it as .xlsx)');
  return 'csv';
}
