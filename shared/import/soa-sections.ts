import { type GridValue, isDateCell, type SheetGrid } from "../file-reader/grid";
import { dottedCandidates, excelSerialToDate } from "../ids/excel-dates";
import type { ColumnMapping } from "./column-mapping";

/**
 * Statements of Applicability laid out as the standard is: domain rows ("A.5 Information
 * security policies"), objective rows ("A.5.1 | Objective: management direction …") and the
 * controls under them. The domain and objective rows are headings, not controls; each control
 * keeps the headings it sits under as its section.
 */

/** Fields whose values make a row a control's row (an SoA heading leaves them empty). */
const ASSESSED = new Set(["applicable", "justification", "status", "implementation", "evidence", "owner"]);

/** `A.5`, `5.1`, `A.12.4.1`, `Annex A.5` → `5`, `5.1`, `12.4.1`; undefined for anything else. */
export function dottedKey(text: string): string | undefined {
  const m = /^\s*(?:annex\s+)?(?:A\s*\.?\s*)?(\d{1,2}(?:\.\d{1,2}){0,2})\s*\.?\s*$/i.exec(text);
  return m ? m[1] : undefined;
}

/** The dotted id a cell shows or hides: text, or a date Excel made of `10.1.1` (read year first). */
export function cellKey(value: GridValue): string | undefined {
  if (typeof value === "string") return dottedKey(value);
  const serial = isDateCell(value) ? value.serial : typeof value === "number" && Number.isInteger(value) && value >= 1000 ? value : undefined;
  if (serial === undefined) return typeof value === "number" ? dottedKey(String(value)) : undefined;
  const date = excelSerialToDate(serial);
  return date ? dottedCandidates(date)[0] : undefined;
}

/** A heading written in one cell: "A.5 Information security policies", "5.1 Objective: …". */
const INLINE_HEADING = /^\s*(?:annex\s+)?(?:A\s*\.?\s*)?(\d{1,2}(?:\.\d{1,2})?)\s*[.:)\-–]?\s+(\S.*)$/i;

export interface SoaHeading {
  readonly row: number;
  readonly key: string;
  readonly label: string;
}

interface RowId {
  readonly row: number;
  readonly key: string | undefined;
  readonly assessed: boolean;
  readonly label: string;
}

function text(value: GridValue | undefined): string {
  return typeof value === "string" ? value.replace(/\s+/g, " ").trim() : "";
}

function rowIds(grid: SheetGrid, mapping: readonly ColumnMapping[], firstRow: number): RowId[] {
  const idColumn = mapping.find((m) => m.field?.name === "controlId")?.column;
  const titleColumn = mapping.find((m) => m.field?.name === "title")?.column;
  const assessedColumns = mapping.filter((m) => m.field && ASSESSED.has(m.field.name)).map((m) => m.column);
  const out: RowId[] = [];
  for (let r = firstRow; r < grid.values.length; r++) {
    const values = grid.values[r] ?? [];
    const filled = values.filter((v) => text(v) !== "" || typeof v === "number" || typeof v === "boolean" || isDateCell(v));
    if (filled.length === 0) continue;
    const assessed = assessedColumns.some((c) => text(values[c]) !== "" || typeof values[c] === "boolean");
    const idCell = idColumn === undefined ? null : values[idColumn] ?? null;
    const key = cellKey(idCell);
    const title = titleColumn === undefined ? "" : text(values[titleColumn]);
    if (key !== undefined) {
      const shown = typeof idCell === "string" ? text(idCell) : `A.${key}`;
      out.push({ row: r, key, assessed, label: title === "" ? shown : `${shown} ${title}` });
      continue;
    }
    // A heading in one cell (often merged across the table).
    const only = filled.length === 1 ? text(filled[0]) : "";
    const inline = INLINE_HEADING.exec(only);
    out.push({ row: r, key: inline ? inline[1] : undefined, assessed: false, label: inline ? only : "" });
  }
  return out;
}

/**
 * Heading rows: a row whose id the next id extends (`A.5` before `A.5.1`, `A.5.1` before
 * `A.5.1.1`) and which records nothing about a control, or an "Objective" row.
 */
export function soaHeadings(grid: SheetGrid, mapping: readonly ColumnMapping[], firstRow: number): SoaHeading[] {
  const rows = rowIds(grid, mapping, firstRow);
  const headings: SoaHeading[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as RowId;
    if (row.key === undefined || row.assessed) continue;
    const next = rows.slice(i + 1).find((r) => r.key !== undefined);
    const extended = next?.key !== undefined && next.key.startsWith(`${row.key}.`);
    const objective = /(?:^|\s)(?:control )?(?:objective|objectif|ziel)\s*:/i.test(row.label);
    if (extended || objective) headings.push({ row: row.row, key: row.key, label: row.label });
  }
  return headings;
}

/** The section of each control row: the headings above it whose id its id extends. */
export function sectionsOf(grid: SheetGrid, mapping: readonly ColumnMapping[], firstRow: number, headings: readonly SoaHeading[]): Map<number, string> {
  const out = new Map<number, string>();
  if (headings.length === 0) return out;
  const headingRows = new Set(headings.map((h) => h.row));
  const open: SoaHeading[] = [];
  let h = 0;
  for (const row of rowIds(grid, mapping, firstRow)) {
    while (h < headings.length && (headings[h] as SoaHeading).row <= row.row) {
      const heading = headings[h] as SoaHeading;
      while (open.length > 0 && !heading.key.startsWith(`${(open[open.length - 1] as SoaHeading).key}.`)) open.pop();
      open.push(heading);
      h++;
    }
    if (headingRows.has(row.row) || row.key === undefined) continue;
    const key = row.key;
    const chain = open.filter((o) => key.startsWith(`${o.key}.`));
    if (chain.length > 0) out.set(row.row, chain.map((o) => o.label).join(" › "));
  }
  return out;
}
