// The bounds every import reader keeps, so nothing a request can send makes the server read
// without end. Sized for the largest Dataset (server/domain/inputs.ts DATASET_LIMITS) with room
// for a header and a forums/memberships sheet; the upload size itself is the route's limit.

export interface ReadLimits {
  /** Bytes of the uploaded file. */
  maxFileBytes: number;
  /** Data rows in one sheet or CSV file. */
  maxRowsPerSheet: number;
  /** Cells across the whole file. */
  maxCells: number;
  /** Columns in one sheet. */
  maxColumns: number;
  /** Characters in one cell. */
  maxCellChars: number;
  /** Sum of the uncompressed sizes an XLSX (a zip) declares, checked before anything is inflated. */
  maxUncompressedBytes: number;
  /** Uncompressed/compressed size of one zip entry: a zip bomb packs gigabytes of zeros into kilobytes. */
  maxCompressionRatio: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxRowsPerSheet: 200_000,
  maxCells: 4_000_000,
  maxColumns: 200,
  maxCellChars: 10_000,
  maxUncompressedBytes: 400 * 1024 * 1024,
  maxCompressionRatio: 200,
};
