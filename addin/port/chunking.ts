/**
 * Splitting large 2-D writes so that no single request exceeds Excel on the web's payload limit
 * ("Excel on the web has a payload size limit for requests and responses of 5MB", Office Add-ins
 * resource limits). We budget 4 MB of cell data per request to leave room for the request
 * envelope (object paths, action metadata) that Office.js adds around the values.
 */
import type { CellValue } from "./workbook-port";

export const EXCEL_WEB_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
export const DEFAULT_CHUNK_BUDGET_BYTES = 4 * 1024 * 1024;

/** UTF-8 length of a string without allocating an encoder per call. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes one row adds to a JSON-encoded 2-D array (`["a",1,null],`). */
export function rowPayloadBytes(row: readonly CellValue[]): number {
  let bytes = 3; // brackets and the separating comma
  for (const value of row) {
    if (value === null) bytes += 5;
    else if (typeof value === "string") bytes += utf8Length(value) + 2 + escapes(value) + 1;
    else bytes += String(value).length + 1;
  }
  return bytes;
}

function escapes(text: string): number {
  let extra = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x5c || c === 0x0a || c === 0x0d || c === 0x09) extra += 1;
    else if (c < 0x20) extra += 5;
  }
  return extra;
}

export interface RowChunk {
  readonly start: number;
  readonly end: number;
  readonly bytes: number;
}

/**
 * Consecutive row ranges whose payload stays under `budget`. A single row larger than the budget
 * gets a chunk of its own (Excel will reject it; better a clear error than a silent truncation).
 */
export function chunkRows(rows: readonly (readonly CellValue[])[], budget = DEFAULT_CHUNK_BUDGET_BYTES): RowChunk[] {
  const chunks: RowChunk[] = [];
  let start = 0;
  let bytes = 2;
  for (let i = 0; i < rows.length; i++) {
    const b = rowPayloadBytes(rows[i] ?? []);
    if (i > start && bytes + b > budget) {
      chunks.push({ start, end: i, bytes });
      start = i;
      bytes = 2;
    }
    bytes += b;
  }
  if (rows.length > start) chunks.push({ start, end: rows.length, bytes });
  return chunks;
}
