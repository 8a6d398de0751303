// exceljs's streaming reader reads a zip front to back in one pass, and loses, now and then under
// load, the entry that comes last (exceljs#3064). Excel and exceljs both store xl/workbook.xml last,
// so one read in a few hundred failed with "could not be read". Moving the parts a reader needs
// first (relations, workbook, shared strings, styles), then the sheets, leaves only a part the reader
// never uses at the end. Entries are moved as they are, still compressed: no byte is inflated here.
//
// A workbook without xl/sharedStrings.xml (ours: every string is inline; other writers do the
// same) sent exceljs down another path: every sheet copied to a temporary file, read after the
// zip, and the last sheet lost every time (a round without sources could not be imported back).
// Such a workbook gets an empty shared-strings part first, so its sheets stream like any other's.
import { strToU8, zipSync } from 'fflate';

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

const SHARED_STRINGS = 'xl/sharedStrings.xml';
const EMPTY_SHARED_STRINGS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>';

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

/** An empty shared-strings part as a one-entry zip's local record and directory entry (offset 0). */
function emptySharedStrings(): { record: Uint8Array; central: Uint8Array } {
  const zip = zipSync({ [SHARED_STRINGS]: strToU8(EMPTY_SHARED_STRINGS) }, { level: 0 });
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = findEndOfCentralDirectory(view) ?? zip.byteLength;
  const directoryAt = view.getUint32(eocd + 16, true);
  return { record: zip.subarray(0, directoryAt), central: zip.subarray(directoryAt, eocd) };
}

/**
 * The same zip with the workbook's parts first, and an empty shared-strings part when it has none. A zip this code does not understand (zip64, data
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

  const added = entries.some((entry) => entry.name === SHARED_STRINGS) ? null : emptySharedStrings();
  const addedRecord = added?.record.byteLength ?? 0;
  const addedCentral = added?.central.byteLength ?? 0;

  const out = new Uint8Array(bytes.byteLength + addedRecord + addedCentral);
  const outView = new DataView(out.buffer);
  const newLocalAt = new Map<CentralEntry, number>();
  let written = 0;
  if (added) out.set(added.record, 0);
  written += addedRecord;
  for (const entry of reordered) {
    newLocalAt.set(entry, written);
    out.set(bytes.subarray(entry.localAt, recordEnd.get(entry)), written);
    written += (recordEnd.get(entry) ?? directoryAt) - entry.localAt;
  }
  if (written !== directoryAt + addedRecord) return bytes;
  if (added) out.set(added.central, written); // its record is at offset 0 already
  written += addedCentral;
  for (const entry of reordered) {
    out.set(bytes.subarray(entry.headerAt, entry.headerAt + entry.headerLength), written);
    outView.setUint32(written + 42, newLocalAt.get(entry) ?? 0, true);
    written += entry.headerLength;
  }
  out.set(bytes.subarray(eocd), written);
  if (added) {
    outView.setUint16(written + 8, count + 1, true); // entries on this disk
    outView.setUint16(written + 10, count + 1, true); // entries in all
    outView.setUint32(written + 12, directorySize + addedCentral, true);
    outView.setUint32(written + 16, directoryAt + addedRecord, true);
  }
  return out;
}
