// A zip (an XLSX is one) is checked from its central directory before any entry is inflated: the
// sizes it declares, in total and per entry against the compressed size, so a zip bomb is refused
// for the cost of reading its directory. fflate's filter sees each entry's sizes and, returning
// false, inflates nothing.
import { unzipSync } from 'fflate';
import type { ReadLimits } from '../limits.ts';
import { unreadable } from '../problems.ts';

export interface ZipEntry {
  name: string;
  size: number;
  originalSize: number;
}

export function zipEntries(bytes: Uint8Array, fileName: string): ZipEntry[] {
  const entries: ZipEntry[] = [];
  try {
    unzipSync(bytes, {
      filter: ({ name, size, originalSize }) => {
        entries.push({ name, size, originalSize });
        return false;
      },
    });
  } catch {
    throw unreadable(fileName, 'the file is not a readable zip archive (XLSX files are zip archives)');
  }
  return entries;
}

/** Throws when the declared sizes look like a zip bomb. */
export function checkZipSizes(entries: readonly ZipEntry[], fileName: string, limits: ReadLimits): void {
  let total = 0;
  for (const entry of entries) {
    total += entry.originalSize;
    const ratio = entry.originalSize / Math.max(entry.size, 1);
    if (ratio > limits.maxCompressionRatio && entry.originalSize > 1024 * 1024) {
      throw unreadable(fileName, `refused as a zip bomb: ${entry.name} would inflate ${Math.round(ratio)} times its packed size`);
    }
  }
  if (total > limits.maxUncompressedBytes) {
    throw unreadable(
      fileName,
      `refused as a zip bomb: it would inflate to ${Math.round(total / 1024 / 1024)} MB, more than ${Math.round(limits.maxUncompressedBytes / 1024 / 1024)} MB`,
    );
  }
}

/** One small entry inflated (the guard has checked sizes first). */
export function readZipEntry(bytes: Uint8Array, entryName: string): Uint8Array | undefined {
  return unzipSync(bytes, { filter: ({ name }) => name === entryName })[entryName];
}
