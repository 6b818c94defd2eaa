import { inflateRawSync } from "node:zlib";
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
