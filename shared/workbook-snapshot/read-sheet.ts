import type { Issue, Severity } from "../issues/issue";
import { cellAddress, columnLetter } from "../file-reader/cell-address";
import type { GridValue, SheetGrid } from "../file-reader/grid";
import { isDateCell, isErrorCell } from "../file-reader/grid";
import { serialToIso } from "../import/normalise/date";
import type { LayoutColumn, SheetLayout } from "../layout/sheet-layout";
import { type ReadContext, readCell } from "./cell-codec";

/** One data row of a structured sheet, its cells read into model values by column key. */
export interface SheetRow {
  /** 1-based row as Excel shows it. */
  readonly row: number;
  readonly values: Readonly<Record<string, unknown>>;
  /** Cells of columns the layout does not have (the user's own), by header. */
  readonly extra?: Readonly<Record<string, string | number | boolean>>;
}

export interface SheetRead {
  readonly sheet: string;
  readonly rows: readonly SheetRow[];
  /** Column letter of each layout key found on the sheet. */
  readonly columns: Readonly<Record<string, string>>;
  /** 1-based header row, when one was found. */
  readonly headerRow?: number;
  readonly issues: readonly Issue[];
}

/** Rows searched for the header (set-up writes it on row 1; a user may insert a title above). */
const HEADER_SEARCH_ROWS = 10;

const foldHeader = (text: string) => text.replace(/\s+/g, " ").trim().toLowerCase();

function headerText(cell: GridValue | undefined): string {
  if (typeof cell === "string") return cell.replace(/\s+/g, " ").trim();
  if (typeof cell === "number" || typeof cell === "boolean") return String(cell);
  return "";
}

/**
 * Reads a structured sheet laid out by `shared/layout/` back into model values: the header is
 * found by the layout's header texts (columns may be moved, and columns of the user's own are
 * kept as `extra`), every row with something in it is a record, and every cell is read by its
 * column's type. Unlike the importer, which is built for sheets of any shape, nothing here is
 * guessed: no row is skipped for looking like a heading or a total, and list cells split only at
 * line breaks, so what Crosswalk writes reads back exactly.
 *
 * A cell that cannot be read is an error on that cell: pushing would otherwise lose it.
 */
export function readLayoutSheet(grid: SheetGrid, layout: SheetLayout, context: ReadContext): SheetRead {
  const issues: Issue[] = [];
  const originRow = grid.origin?.row ?? 0;
  const originColumn = grid.origin?.column ?? 0;
  const address = (row: number, column: number) => cellAddress(row + originRow, column + originColumn);
  const report = (severity: Severity, row: number, column: number, code: string, message: string, hint?: string) =>
    issues.push({ code, severity, sheet: grid.name, cell: address(row, column), message, ...(hint ? { hint } : {}) });

  const wanted = new Map(layout.columns.map((c) => [foldHeader(c.header), c] as const));
  let headerAt = -1;
  let best = 0;
  for (let r = 0; r < Math.min(grid.values.length, HEADER_SEARCH_ROWS); r++) {
    const found = (grid.values[r] ?? []).filter((v) => wanted.has(foldHeader(headerText(v)))).length;
    if (found > best) {
      best = found;
      headerAt = r;
    }
  }
  const keyColumn = layout.columns[0] as LayoutColumn;
  const header = grid.values[headerAt] ?? [];
  const byIndex = new Map<number, LayoutColumn>();
  const extraColumns = new Map<number, string>();
  header.forEach((cell, c) => {
    const text = headerText(cell);
    const column = wanted.get(foldHeader(text));
    if (column && ![...byIndex.values()].includes(column)) byIndex.set(c, column);
    else if (text !== "") extraColumns.set(c, text);
  });
  const columns: Record<string, string> = {};
  for (const [c, column] of byIndex) columns[column.key] = columnLetter(c + originColumn);
  if (headerAt < 0 || !Object.hasOwn(columns, keyColumn.key)) {
    report(
      "error",
      Math.max(0, headerAt),
      0,
      "sheet-header-missing",
      `Sheet "${grid.name}" has no "${keyColumn.header}" column in its first ${HEADER_SEARCH_ROWS} rows, so its records cannot be read`,
      `Keep the header row as "Set up workbook" made it (first column "${keyColumn.header}").`,
    );
    return { sheet: grid.name, rows: [], columns, issues };
  }

  const rows: SheetRow[] = [];
  for (let r = headerAt + 1; r < grid.values.length; r++) {
    const cells = grid.values[r] ?? [];
    const values: Record<string, unknown> = {};
    const extra: Record<string, string | number | boolean> = {};
    let filled = false;
    for (const [c, column] of byIndex) {
      if (column.type === "score") continue;
      const cell = cells[c] ?? null;
      if (cell === null || cell === "" || (typeof cell === "string" && cell.trim() === "")) continue;
      filled = true;
      const outcome = readCell(column, cell, context);
      if (outcome.kind === "invalid") {
        report("error", r, c, outcome.code, `${column.header}: ${outcome.message}; not kept`, outcome.hint);
        continue;
      }
      for (const note of outcome.notes ?? []) report(note.severity, r, c, note.code, `${column.header}: ${note.message}`, note.hint);
      if (outcome.kind === "value") {
        values[column.key] = outcome.value;
        if (outcome.rest !== undefined && outcome.rest !== "") {
          report("warning", r, c, "cell-text-left-over", `${column.header}: "${outcome.rest}" after the value is not kept`, "Move the remark to the Notes column.");
        }
      }
    }
    for (const [c, label] of extraColumns) {
      const cell = cells[c] ?? null;
      const value = extraValue(cell);
      if (value === undefined) continue;
      filled = true;
      extra[label] = value;
    }
    for (let c = 0; c < cells.length; c++) {
      if (byIndex.has(c) || extraColumns.has(c)) continue;
      const value = extraValue(cells[c] ?? null);
      if (value === undefined) continue;
      filled = true;
      extra[`Column ${columnLetter(c + originColumn)}`] = value;
    }
    if (!filled) continue;
    rows.push({ row: r + originRow + 1, values, ...(Object.keys(extra).length > 0 ? { extra } : {}) });
  }
  return { sheet: grid.name, rows, columns, headerRow: headerAt + originRow + 1, issues };
}

function extraValue(cell: GridValue): string | number | boolean | undefined {
  if (cell === null) return undefined;
  if (typeof cell === "string") return cell.trim() === "" ? undefined : cell.trim();
  if (typeof cell === "number" || typeof cell === "boolean") return cell;
  if (isDateCell(cell)) return serialToIso(cell.serial) ?? cell.serial;
  if (isErrorCell(cell)) return cell.code;
  return undefined;
}
