import { columnLetter } from "../../file-reader/cell-address";
import type { SheetGrid } from "../../file-reader/grid";
import type { SheetKind } from "../kinds/index";
import type { MappingTemplate } from "../mapping-template";
import { fold } from "../text";

/**
 * The export format of a GRC tool, known by its column headers: detected before the generic
 * header matching, it maps each column exactly as the tool means it (CISO Assistant's
 * `current_proba` is the likelihood before additional controls, not a status).
 */
export interface ToolTemplate {
  /** Stable key, e.g. `ciso-assistant-risk-assessment`. */
  readonly id: string;
  /** What the sheet is read as: "CISO Assistant risk assessment export". */
  readonly label: string;
  readonly kind: SheetKind;
  /** The template applies when one row holds every header of one of these sets (normalised). */
  readonly detect: readonly (readonly string[])[];
  /** Normalised header → field (null: kept in `extra`). Headers not listed are kept in `extra`. */
  readonly columns: Readonly<Record<string, string | null>>;
  /** A column that stands in for a field when the sheet has no column for it of its own. */
  readonly fallbacks?: readonly { readonly header: string; readonly field: string; readonly unless: readonly string[] }[];
  /** Where the columns come from; `assumed` when public material did not show the exact headers. */
  readonly source: { readonly confirmed: boolean; readonly reference: string };
}

/** Headers compared as `ref_id` = `Ref ID` = `ref-id`. */
export function normaliseHeader(text: string): string {
  return fold(text.split("\n")[0] ?? "").replace(/[^a-z0-9]+/g, " ").trim();
}

/** How far down a tool's header may sit (exports put it on row 1; people add a title or two). */
const SEARCH_ROWS = 5;

export interface DetectedTemplate {
  readonly tool: ToolTemplate;
  readonly mapping: MappingTemplate;
}

/** The first tool template whose headers one of the top rows holds, as a mapping template. */
export function detectToolTemplate(grid: SheetGrid, templates: readonly ToolTemplate[], width: number): DetectedTemplate | undefined {
  for (let r = 0; r < Math.min(SEARCH_ROWS, grid.values.length); r++) {
    const headers: string[] = [];
    for (let c = 0; c < width; c++) {
      const v = grid.values[r]?.[c];
      headers.push(typeof v === "string" ? normaliseHeader(v) : "");
    }
    const present = new Set(headers.filter((h) => h !== ""));
    if (present.size < 3) continue;
    const tool = templates.find((t) => t.detect.some((set) => set.every((h) => present.has(h))));
    if (tool) return { tool, mapping: mappingOf(tool, grid, r, headers, present) };
  }
  return undefined;
}

function mappingOf(tool: ToolTemplate, grid: SheetGrid, row: number, headers: readonly string[], present: ReadonlySet<string>): MappingTemplate {
  const originRow = grid.origin?.row ?? 0;
  const originColumn = grid.origin?.column ?? 0;
  const taken = new Set<string>();
  const columns: MappingTemplate["columns"][number][] = [];
  headers.forEach((header, c) => {
    if (header === "") return;
    const raw = grid.values[row]?.[c];
    let field = tool.columns[header] ?? null;
    const stand = tool.fallbacks?.find((f) => f.header === header && !f.unless.some((u) => present.has(u)));
    if (stand) field = stand.field;
    // One column per field: a second column naming the same field is kept in `extra`.
    if (field !== null && taken.has(field)) field = null;
    if (field !== null) taken.add(field);
    columns.push({ header: typeof raw === "string" ? raw : header, column: columnLetter(c + originColumn), field });
  });
  return { version: 1, kind: tool.kind, headerRow: row + originRow + 1, columns };
}
