import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { UsageError } from "./io";

/** Spreadsheet files a later importer will turn into snapshots (issue 3). */
export const WORKBOOK_EXTENSIONS = [".xlsx", ".xlsm", ".xls", ".csv", ".ods"] as const;

export class NotYetSupportedError extends Error {
  override readonly name = "NotYetSupportedError";
}

/**
 * Seam for the importer: turns a workbook file into snapshot JSON bytes. Not built yet — it
 * says so instead of guessing. Replace the body with a call to the importer when it lands.
 */
export async function snapshotFromWorkbookFile(path: string): Promise<Uint8Array> {
  throw new NotYetSupportedError(
    `pushing ${extname(path)} files is not yet supported: the spreadsheet importer is not part of this build. ` +
      `Push a snapshot .json (as the add-in exports it) instead. (${path})`,
  );
}

/** The bytes to push for a file: a snapshot JSON as-is (checked to be JSON), or an imported workbook. */
export async function snapshotBytesFromFile(path: string): Promise<Uint8Array> {
  const ext = extname(path).toLowerCase();
  if ((WORKBOOK_EXTENSIONS as readonly string[]).includes(ext)) return snapshotFromWorkbookFile(path);
  if (ext !== ".json") throw new UsageError(`cannot push ${JSON.stringify(path)}: expected a snapshot .json file`);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new Error(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  // Editors on Windows like to start UTF-8 files with a byte order mark; JSON does not want one.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  try {
    JSON.parse(new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes));
  } catch (error) {
    throw new Error(`${path} is not valid UTF-8 JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  return bytes;
}
