/**
 * Reads an uploaded spreadsheet file into importer grids in the task pane, with the shared file
 * reader (shared/file-reader/read-workbook.ts: SheetJS plus the size, row, cell, zip-bomb and
 * encoding guards the CLI uses). This module is imported lazily (create-services.ts), so SheetJS
 * stays out of the task pane's initial JavaScript.
 */
import type { SheetGrid } from "../../shared/file-reader/grid";
import { DEFAULT_LIMITS, WorkbookReadError } from "../../shared/file-reader/limits";
import { readWorkbook, type SheetProblem } from "../../shared/file-reader/read-workbook";
import { MAX_FILE_BYTES } from "./file-types";

export interface FileSheets {
  readonly fileName: string;
  readonly sheets: readonly SheetGrid[];
  /** Sheets left out (beyond a limit, say), with why. */
  readonly problems: readonly SheetProblem[];
  /** Cells whose text was cut to Excel's cell limit. */
  readonly truncatedCells: readonly { readonly sheet: string; readonly cell: string }[];
}

// The task pane runs inside Excel's web view, with far less memory than the CLI: half the size.
const ADDIN_LIMITS = { ...DEFAULT_LIMITS, maxBytes: MAX_FILE_BYTES };

export async function readWorkbookFile(name: string, data: ArrayBuffer): Promise<FileSheets> {
  try {
    const read = readWorkbook(new Uint8Array(data), name, ADDIN_LIMITS);
    return { fileName: name, sheets: read.sheets, problems: read.problems, truncatedCells: read.truncatedCells };
  } catch (error) {
    if (error instanceof WorkbookReadError) throw new Error(`“${name}”: ${error.message}`);
    throw error;
  }
}
