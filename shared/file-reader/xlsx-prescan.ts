import { Inflate } from "fflate";
import { type ReadLimits, WorkbookReadError } from "./limits";
import { textDecoder } from "./text-decoder";
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
      const raw = entry.method === 0 ? compressed : inflateRaw(compressed, limits.maxUncompressedBytes);
      xml = textDecoder().decode(raw);
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
    const head = method === 0 ? compressed.subarray(0, 4096) : inflateRaw(compressed.subarray(0, 4096), Number.POSITIVE_INFINITY, false);
    const text = textDecoder().decode(head.subarray(0, 4096));
    const match = /<(?:\w+:)?dimension\s+ref="[A-Z]{0,3}\d*(?::[A-Z]{1,3}(\d+))?"/.exec(text);
    if (!match) return undefined;
    if (match[1] !== undefined) return Number(match[1]);
    const single = /<(?:\w+:)?dimension\s+ref="[A-Z]{1,3}(\d+)"/.exec(text);
    return single ? Number(single[1]) : undefined;
  } catch {
    return undefined;
  }
}

const STEP = 64 * 1024;

/**
 * Inflates raw deflate data (a zip entry) with fflate, pure JavaScript, so the reader runs in the
 * browser too. Throws once the output passes `maxOutput` (an entry that lies about its size) or
 * on corrupt data; with `complete` false, the input is a prefix and what it inflates to is kept.
 */
function inflateRaw(compressed: Uint8Array, maxOutput: number, complete = true): Uint8Array {
  const parts: Uint8Array[] = [];
  let total = 0;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total > maxOutput) throw new RangeError(`inflated data passes ${maxOutput} bytes`);
    parts.push(chunk);
  });
  for (let at = 0; at < compressed.length; at += STEP) {
    const end = Math.min(at + STEP, compressed.length);
    inflate.push(compressed.subarray(at, end), complete && end === compressed.length);
  }
  if (parts.length === 1 && parts[0]) return parts[0];
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
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
