/**
 * Suggested references for the Import preview: each previewed record's suggestions at or above a
 * score are accepted into the rows about to be written (reference columns, Accepted Suggestions,
 * Suggestions Accepted By), so they arrive with the source "suggested, accepted". Loaded with
 * `import()` when the user asks for suggestions (it brings the engine).
 */
import type { GridValue } from "../../../shared/file-reader/grid";
import { ratingScaleOf } from "../../../shared/import/normalise/rating";
import { SHEET_LAYOUTS } from "../../../shared/layout/index";
import type { SheetLayout } from "../../../shared/layout/sheet-layout";
import { MATRIX_5X5 } from "../../../shared/scoring/presets";
import { acceptAtOrAbove, acceptSuggestion, decisionCells, suggestForRecord } from "../../../shared/suggest/index";
import { readLayoutSheet } from "../../../shared/workbook-snapshot/read-sheet";
import type { CellValue } from "../../port/workbook-port";
import type { ImportPreview } from "../../services/import-engine";
import { PANE_TOP, SUGGEST_COLLECTIONS, type SuggestCollection, suggester } from "./sheet-suggestions";

export interface ImportSuggestions {
  /** The preview with the accepted suggestions in its rows (new columns added where needed). */
  readonly preview: ImportPreview;
  /** Records that received at least one reference. */
  readonly records: readonly { readonly id: string; readonly targets: readonly string[] }[];
  readonly accepted: number;
  /** Why nothing could be suggested (a sheet that holds no references). */
  readonly unavailable?: string;
}

type Mutable = Record<string, unknown>;

/** A row's values (by layout key) as a model-shaped record: nested where the layout nests them. */
function recordOf(values: Readonly<Record<string, unknown>>, layout: SheetLayout): Mutable {
  const out: Mutable = {};
  for (const column of layout.columns) {
    const value = values[column.key];
    if (value === undefined) continue;
    const path = column.path ?? [column.key];
    let at = out;
    for (const key of path.slice(0, -1)) at = (at[key] ??= {}) as Mutable;
    at[path[path.length - 1]!] = value;
  }
  return out;
}

/**
 * The preview's records with their suggestions scoring at least `minScore` accepted, by `by`.
 * Rows are matched by position; only the reference and suggestion cells of a row change.
 */
export function suggestIntoPreview(preview: ImportPreview, options: { readonly minScore: number; readonly by?: string | undefined }): ImportSuggestions {
  const layout = SHEET_LAYOUTS.find((l) => l.sheetName === preview.sheet && (SUGGEST_COLLECTIONS as readonly string[]).includes(l.id));
  if (!layout) return { preview, records: [], accepted: 0, unavailable: `${preview.sheet} holds no AI RMF or ISO 42001 references to suggest.` };
  const collection = layout.id as SuggestCollection;
  const grid = { name: preview.sheet, values: [preview.columns, ...preview.rows] as readonly (readonly GridValue[])[] };
  const read = readLayoutSheet(grid, layout, { likelihood: ratingScaleOf(MATRIX_5X5.likelihood), impact: ratingScaleOf(MATRIX_5X5.impact), dateOrder: "dmy" });
  const columns = [...preview.columns];
  const rows = preview.rows.map((r) => [...r]);
  const records: { id: string; targets: string[] }[] = [];
  let accepted = 0;
  const seen = new Set<string>();
  for (const row of read.rows) {
    const index = row.row - 2; // the header is row 1 of the grid
    const before = recordOf(row.values, layout);
    const id = typeof before.id === "string" ? before.id : "";
    // An impact assessment's later rows repeat its id; its references sit on the first.
    if (id === "" || seen.has(id) || !rows[index]) continue;
    seen.add(id);
    const result = suggestForRecord(collection, before as never, { top: PANE_TOP, minScore: options.minScore }, suggester());
    let after: Mutable = before;
    const targets: string[] = [];
    for (const decision of acceptAtOrAbove([result], options.minScore)) {
      const next = acceptSuggestion(collection, after as never, decision.target, options.by);
      if (typeof next === "string") continue;
      after = next as Mutable;
      targets.push(decision.target);
    }
    if (targets.length === 0) continue;
    for (const cell of decisionCells(layout, before, after, (header) => rows[index]?.[columns.indexOf(header)] ?? null)) {
      let at = columns.indexOf(cell.header);
      if (at < 0) {
        columns.push(cell.header);
        for (const r of rows) r.push(null);
        at = columns.length - 1;
      }
      rows[index]![at] = cell.value as CellValue;
    }
    records.push({ id, targets });
    accepted += targets.length;
  }
  return { preview: { ...preview, columns, rows }, records, accepted };
}
