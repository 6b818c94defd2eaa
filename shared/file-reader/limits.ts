/**
 * Hard limits for reading spreadsheet files, so that a hostile or broken file gives a clear error
 * instead of exhausting memory or time. The defaults are far above any real register, SoA or
 * inventory (the US federal AI inventory has 2,133 rows and 62 columns).
 */
export interface ReadLimits {
  /** Largest file accepted, in bytes. */
  readonly maxBytes: number;
  /** Most rows with data in one sheet. */
  readonly maxRows: number;
  /** Most columns with data in one sheet. */
  readonly maxColumns: number;
  /** Most cells with data in one sheet. */
  readonly maxCells: number;
  /** Largest total uncompressed size of a zip-based file (.xlsx, .ods). */
  readonly maxUncompressedBytes: number;
  /** Longest cell text kept (Excel's own limit); longer CSV fields are cut, with a warning. */
  readonly maxCellChars: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxBytes: 100 * 1024 * 1024,
  maxRows: 250_000,
  maxColumns: 1_000,
  maxCells: 10_000_000,
  maxUncompressedBytes: 1024 * 1024 * 1024,
  maxCellChars: 32_767,
};

/** A file that cannot be read, with a message for the user (no stack trace needed). */
export class WorkbookReadError extends Error {
  override readonly name = "WorkbookReadError";
}
