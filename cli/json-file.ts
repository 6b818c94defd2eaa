import { readFile } from "node:fs/promises";

export interface JsonFile {
  /** The bytes as read, minus a leading byte order mark. */
  readonly bytes: Uint8Array;
  readonly value: unknown;
}

/** A UTF-8 JSON file, with a clear error naming the file when it cannot be read or parsed. */
export async function readJsonFile(path: string): Promise<JsonFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new Error(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  // Editors on Windows like to start UTF-8 files with a byte order mark; JSON does not want one.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  try {
    return { bytes, value: JSON.parse(new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes)) as unknown };
  } catch (error) {
    throw new Error(`${path} is not valid UTF-8 JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}
