import { z } from "zod";
import type { Issue } from "../issues/issue";
import { columnIndex, columnLetter } from "../file-reader/cell-address";
import { type ColumnMapping, type KindMapping, summarise } from "./column-mapping";
import type { SheetGrid } from "../file-reader/grid";
import type { HeaderScorer } from "./header-match";
import { type HeaderCandidate, headerAt } from "./header-rows";
import type { SheetImport } from "./import-result";
import { KIND_SPECS, SHEET_KINDS } from "./kinds/index";
import { fold, withArticle } from "./text";

/**
 * A saved column mapping, to import the next month's copy of the same register without
 * detection, or to correct what detection got wrong. Columns are found again by header text
 * first (so inserting a column does not break the template), then by letter.
 */
export const MappingTemplate = z.object({
  version: z.literal(1),
  kind: z.enum(SHEET_KINDS),
  sheet: z.string().max(300).optional(),
  /** 1-based row of the (last) header row. */
  headerRow: z.int().min(1).max(1_048_576),
  /** 1-based first header row, for two-row headers. */
  headerStartRow: z.int().min(1).max(1_048_576).optional(),
  dateOrder: z.enum(["dmy", "mdy"]).optional(),
  columns: z
    .array(
      z.object({
        header: z.string().max(1_000),
        column: z.string().regex(/^[A-Z]{1,3}$/, { error: "column must be a letter such as D" }),
        field: z.string().max(100).nullable(),
        secondary: z.string().max(100).optional(),
      }),
    )
    .max(1_000),
});
export type MappingTemplate = z.infer<typeof MappingTemplate>;

/** The template that reproduces an import's mapping. */
export function templateFrom(result: SheetImport, dateOrder?: "dmy" | "mdy"): MappingTemplate | undefined {
  if (result.kind === "unknown" || result.headerRow === null) return undefined;
  const originColumn = result.origin.column;
  const template: MappingTemplate = {
    version: 1,
    kind: result.kind,
    sheet: result.sheet,
    headerRow: result.headerRow,
    columns: result.mapping
      .filter((m) => m.header !== "" || m.field !== undefined)
      .map((m) => {
        const column = { header: m.header, column: columnLetter(m.column + originColumn), field: m.field?.name ?? null };
        return m.secondary ? { ...column, secondary: m.secondary.name } : column;
      }),
  };
  const withStart = result.headerStartRow !== null && result.headerStartRow !== result.headerRow ? { ...template, headerStartRow: result.headerStartRow } : template;
  return dateOrder ? { ...withStart, dateOrder } : withStart;
}

export type AppliedTemplate =
  | { readonly ok: true; readonly header: HeaderCandidate; readonly mapping: KindMapping; readonly issues: Issue[] }
  | { readonly ok: false; readonly message: string };

const norm = (text: string) => fold(text).replace(/[^a-z0-9]+/g, " ").trim();

export function applyTemplate(grid: SheetGrid, template: MappingTemplate, width: number, _scorer: HeaderScorer): AppliedTemplate {
  const spec = KIND_SPECS[template.kind];
  const originRow = grid.origin?.row ?? 0;
  const originColumn = grid.origin?.column ?? 0;
  const end = template.headerRow - 1 - originRow;
  const start = (template.headerStartRow ?? template.headerRow) - 1 - originRow;
  if (end < 0 || end >= grid.values.length || start < 0 || start > end) {
    return { ok: false, message: `The template's header row ${template.headerRow} is outside sheet "${grid.name}".` };
  }
  const header = headerAt(grid, start, end, width);
  const issues: Issue[] = [];
  const used = new Set<number>();
  const columns: ColumnMapping[] = [];
  let found = 0;
  for (const entry of template.columns) {
    const field = entry.field === null ? undefined : spec.fields.find((f) => f.name === entry.field);
    if (entry.field !== null && !field) {
      return { ok: false, message: `The template maps column ${entry.column} to "${entry.field}", which is not a field of ${withArticle(spec.label)}.` };
    }
    const secondary = entry.secondary ? spec.fields.find((f) => f.name === entry.secondary) : undefined;
    const byLetter = (columnIndex(entry.column) ?? -1) - originColumn;
    const wanted = norm(entry.header);
    let column = -1;
    if (wanted !== "" && norm(header.texts[byLetter] ?? "") === wanted) column = byLetter;
    else if (wanted !== "") column = header.texts.findIndex((t, c) => !used.has(c) && norm(t) === wanted);
    if (column >= 0) found++;
    else if (byLetter >= 0 && byLetter < width && (wanted === "" || norm(header.texts[byLetter] ?? "") === "")) column = byLetter;
    if (column < 0 || used.has(column)) {
      if (field) {
        issues.push({
          code: "template-column-missing",
          severity: "warning",
          sheet: grid.name,
          cell: `${entry.column}${template.headerRow}`,
          message: `The template's column "${entry.header}" (${field.label}) is not in the sheet any more; ${field.label} was not imported`,
          hint: "Update the template or the sheet's header.",
        });
      }
      continue;
    }
    used.add(column);
    const mapping: ColumnMapping = { column, header: header.texts[column] ?? entry.header, field, confidence: field ? 1 : 0, source: "template" };
    columns.push(secondary ? { ...mapping, secondary } : mapping);
  }
  if (found === 0 && template.columns.some((c) => c.header !== "")) {
    return { ok: false, message: `None of the template's column headers appear on row ${template.headerRow} of sheet "${grid.name}"; it was saved for a different sheet.` };
  }
  header.texts.forEach((text, column) => {
    if (!used.has(column) && text !== "") columns.push({ column, header: text, field: undefined, confidence: 0, source: "template" });
  });
  columns.sort((a, b) => a.column - b.column);
  return { ok: true, header, mapping: summarise(spec, columns), issues };
}
