import { constants, inflateRawSync } from "node:zlib";
import { type ReadLimits, WorkbookReadError } from "./limits";
import type { ZipEntryInfo } from "./zip-guard";

/**
 * Before handing an .xlsx to the parser: finds the last row of each worksheet that holds a
 * value or formula, reading the XML backwards from its end. A sheet with data a million rows
 * down is refused at once, instead of after the parser has worked through its first rows; a
 * sheet that is merely *formatted* to row 1,048,576 (whole-column validations, styles) passes.
 */
export function prescanXlsx(bytes: Uint8Array, entries: readonly ZipEntryInfo[], limits: ReadLimits): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const entry of entries) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name)) continue;
    const start = entry.localOffset;
    if (start + 30 > bytes.length || view.getUint32(start, true) !== 0x04034b50) continue;
    const dataStart = start + 30 + view.getUint16(start + 26, true) + view.getUint16(start + 28, true);
    const compressed = bytes.subarray(dataStart, dataStart + entry.compressedSize);
    // The sheet's declared extent sits at the top of its XML: when it is within the limit, the
    // full scan is skipped (a lying extent is still caught by the reader, only later).
    const declared = declaredLastRow(compressed, entry.method);
    if (declared !== undefined && declared <= limits.maxRows) continue;
    let xml: string;
    try {
      const raw = entry.method === 0 ? compressed : inflateRawSync(compressed, { maxOutputLength: limits.maxUncompressedBytes });
      xml = new TextDecoder().decode(raw);
    } catch {
      continue; // the parser reports damaged parts in its own words
    }
    const last = lastRowWithContent(xml);
    if (last !== undefined && last > limits.maxRows) {
      const sheet = entry.name.replace(/^xl\/worksheets\//i, "").replace(/\.xml$/i, "");
      throw new WorkbookReadError(
        `Worksheet ${sheet} has data on row ${last.toLocaleString("en")}; Crosswalk reads at most ${limits.maxRows.toLocaleString("en")} rows per sheet. Delete unused rows, or split the sheet.`,
      );
    }
  }
}

function declaredLastRow(compressed: Uint8Array, method: number): number | undefined {
  try {
    const head = method === 0 ? compressed.subarray(0, 4096) : inflateRawSync(compressed.subarray(0, 4096), { finishFlush: constants.Z_SYNC_FLUSH });
    const text = new TextDecoder().decode(head.subarray(0, 4096));
    const match = /<(?:\w+:)?dimension\s+ref="[A-Z]{0,3}\d*(?::[A-Z]{1,3}(\d+))?"/.exec(text);
    if (!match) return undefined;
    if (match[1] !== undefined) return Number(match[1]);
    const single = /<(?:\w+:)?dimension\s+ref="[A-Z]{1,3}(\d+)"/.exec(text);
    return single ? Number(single[1]) : undefined;
  } catch {
    return undefined;
  }
}

const CONTENT = /<(?:\w+:)?(?:v|f|is)[\s>]/;

/** The number of the last `<row>` holding a value, formula or inline string; undefined if none. */
export function lastRowWithContent(xml: string): number | undefined {
  let end = xml.length;
  let index = xml.lastIndexOf("<row", end);
  while (index >= 0) {
    const segment = xml.slice(index, end);
    if (CONTENT.test(segment)) {
      const r = /^<row\b[^>]*?\sr="(\d+)"/.exec(segment);
      return r ? Number(r[1]) : undefined;
    }
    end = index;
    index = xml.lastIndexOf("<row", end - 1);
  }
  return undefined;
}
