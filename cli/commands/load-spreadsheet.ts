/** Reading a spreadsheet file for a command, and the date-order option every reading command takes. */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { WorkbookReadError } from "../../shared/file-reader/limits";
import { readWorkbook, type ReadWorkbook } from "../../shared/file-reader/read-workbook";
import { type CliIo, UsageError } from "../io";
export interface LoadedFile {
  readonly path: string;
  readonly workbook: ReadWorkbook;
}

/** Reads a spreadsheet file for a command; unreadable files are reported, not thrown as stacks. */
export async function loadSpreadsheet(io: CliIo, file: string): Promise<LoadedFile> {
  const path = resolve(io.cwd, file);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new WorkbookReadError(code === "ENOENT" ? `no such file: ${file}` : code === "EISDIR" ? `${file} is a folder, not a file` : `cannot read ${file} (${code ?? String(error)})`);
  }
  return { path, workbook: readWorkbook(bytes, file) };
}

export function dateOrderOption(value: string | undefined): "dmy" | "mdy" | undefined {
  if (value === undefined) return undefined;
  const v = value.toLowerCase();
  if (v === "dmy" || v === "mdy") return v;
  throw new UsageError(`--date-order must be dmy (31/12/2026) or mdy (12/31/2026) (got "${value}")`);
}
