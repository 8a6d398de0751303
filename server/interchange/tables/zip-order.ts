// exceljs's streaming reader reads a zip front to back in one pass, and loses, now and then under
// load, the entry that comes last (exceljs#3064). Excel and exceljs both store xl/workbook.xml last,
// so one read in a few hundred failed with "could not be read". Moving the parts a reader needs
// first (relations, workbook, shared strings, styles), then the sheets, leaves only a part the reader
// never uses at the end. Entries are moved as they are, still compressed: no byte is inflated here.

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const EOCD_SIZE = 22;
const CENTRAL_HEADER_SIZE = 46;
const NAMES = new TextDecoder();

/** Lower ranks are read first; the streaming reader needs these before any sheet. */
function readingRank(name: string): number {
  const first = ['xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/styles.xml'];
  const rank = first.indexOf(name);
  if (rank >= 0) return rank;
  return /^xl\/worksheets\/sheet\d+\.xml$/.test(name) ? first.length : first.length + 1;
}

interface CentralEntry {
  name: string;
  headerAt: number;
  headerLength: number;
  localAt: number;
}

function findEndOfCentralDirectory(view: DataView): number | undefined {
  const earliest = Math.max(0, view.byteLength - EOCD_SIZE - 0xffff);
  for (let at = view.byteLength - EOCD_SIZE; at >= earliest; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  return undefined;
}

function centralEntries(bytes: Uint8Array, view: DataView, start: number, count: number, end: number): CentralEntry[] | undefined {
  const entries: CentralEntry[] = [];
  let at = start;
  for (let index = 0; index < count; index++) {
    if (at + CENTRAL_HEADER_SIZE > end || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return undefined;
    const nameLength = view.getUint16(at + 28, true);
    const headerLength = CENTRAL_HEADER_SIZE + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const name = NAMES.decode(bytes.subarray(at + CENTRAL_HEADER_SIZE, at + CENTRAL_HEADER_SIZE + nameLength));
    entries.push({ name, headerAt: at, headerLength, localAt: view.getUint32(at + 42, true) });
    at += headerLength;
  }
  return at === end ? entries : undefined;
}

/**
 * The same zip with the workbook's parts first. A zip this code does not understand (zip64, data
 * between the records, a directory that does not add up) is returned unchanged: exceljs decides.
 */
export function workbookPartsFirst(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd === undefined || (eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_LOCATOR_SIGNATURE)) return bytes;
  const count = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryAt = view.getUint32(eocd + 16, true);
  if (directoryAt + directorySize !== eocd) return bytes;
  const entries = centralEntries(bytes, view, directoryAt, count, eocd);
  if (!entries) return bytes;

  // An entry's local record (header, data, descriptor) runs to the next record or the directory;
  // the records keep their sum, so the directory stays where it was and only the offsets change.
  const byOffset = [...entries].sort((a, b) => a.localAt - b.localAt);
  const recordEnd = new Map(byOffset.map((entry, index) => [entry, byOffset[index + 1]?.localAt ?? directoryAt]));
  const reordered = [...byOffset].sort((a, b) => readingRank(a.name) - readingRank(b.name));

  const out = new Uint8Array(bytes.byteLength);
  const outView = new DataView(out.buffer);
  const newLocalAt = new Map<CentralEntry, number>();
  let written = 0;
  for (const entry of reordered) {
    newLocalAt.set(entry, written);
    out.set(bytes.subarray(entry.localAt, recordEnd.get(entry)), written);
    written += (recordEnd.get(entry) ?? directoryAt) - entry.localAt;
  }
  if (written !== directoryAt) return bytes;
  for (const entry of reordered) {
    out.set(bytes.subarray(entry.headerAt, entry.headerAt + entry.headerLength), written);
    outView.setUint32(written + 42, newLocalAt.get(entry) ?? 0, true);
    written += entry.headerLength;
  }
  out.set(bytes.subarray(eocd), written);
  return out;
}
