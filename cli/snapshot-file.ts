import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import type { DateOrder } from "../shared/import/normalise/date";
import type { RiskMatrix } from "../shared/scoring/matrix";
import { readCrosswalkWorkbook, type WorkbookRead } from "../shared/workbook-pipeline/read-crosswalk-workbook";
import { readWorkbook, type SheetProblem } from "../shared/file-reader/read-workbook";
import { WorkbookReadError } from "../shared/file-reader/limits";
import { UsageError } from "./io";
import { readJsonFile } from "./json-file";

/** Workbook files a snapshot is built from (their structured sheets and settings sheet). */
const WORKBOOK_EXTENSIONS = [".xlsx", ".xlsm", ".xls", ".ods"] as const;
/** Single-sheet formats: they cannot hold a Crosswalk workbook. */
const SINGLE_SHEET_EXTENSIONS = [".csv", ".tsv", ".txt"] as const;

export class NotYetSupportedError extends Error {
  override readonly name = "NotYetSupportedError";
}

export interface WorkbookFileOptions {
  /** Team and workbook ids from the command line; they win over the workbook's settings sheet. */
  readonly team?: string;
  readonly workbook?: string;
  /** Overdue checks are made as of this date (`YYYY-MM-DD`). */
  readonly asOf: string;
  readonly dateOrder?: DateOrder;
  /** The matrix when the workbook has no settings sheet. */
  readonly fallbackMatrix?: RiskMatrix;
}

export interface WorkbookSnapshotFile {
  readonly build: WorkbookRead;
  /** Sheets the file reader had to leave out (too large …). */
  readonly problems: readonly SheetProblem[];
}

export function isWorkbookFile(path: string): boolean {
  const ext = extname(path).toLowerCase();
  return (WORKBOOK_EXTENSIONS as readonly string[]).includes(ext) || (SINGLE_SHEET_EXTENSIONS as readonly string[]).includes(ext);
}

/**
 * A Crosswalk workbook file as a snapshot: the file read into grids, then the workbook pipeline
 * (`shared/workbook-pipeline`) — the same code the add-in runs on the open workbook. Throws
 * `WorkbookReadError` for unreadable files; everything about the content is in `build.issues`.
 */
export async function snapshotFromWorkbookFile(path: string, options: WorkbookFileOptions): Promise<WorkbookSnapshotFile> {
  const ext = extname(path).toLowerCase();
  if ((SINGLE_SHEET_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new NotYetSupportedError(
      `a ${ext} file holds one sheet, not a Crosswalk workbook: push the workbook (.xlsx) or a snapshot .json (${path})`,
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new WorkbookReadError(code === "ENOENT" ? `no such file: ${path}` : `cannot read ${path} (${code ?? String(error)})`);
  }
  const file = readWorkbook(bytes, path);
  const workbook = {
    ...(options.team !== undefined ? { team: options.team } : {}),
    ...(options.workbook !== undefined ? { name: options.workbook } : {}),
  };
  const build = readCrosswalkWorkbook(file.sheets, {
    workbook,
    asOf: options.asOf,
    ...(options.dateOrder ? { dateOrder: options.dateOrder } : {}),
    ...(options.fallbackMatrix ? { fallbackMatrix: options.fallbackMatrix } : {}),
  });
  return { build, problems: file.problems };
}

/** The bytes of a snapshot .json file, checked to be JSON (a byte order mark removed). */
export async function snapshotBytesFromFile(path: string): Promise<Uint8Array> {
  const ext = extname(path).toLowerCase();
  if (ext !== ".json") throw new UsageError(`cannot push ${JSON.stringify(path)}: expected a workbook (.xlsx, .xlsm, .xls, .ods) or a snapshot .json file`);
  return (await readJsonFile(path)).bytes;
}
