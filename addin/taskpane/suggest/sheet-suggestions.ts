/**
 * Suggested references on the open workbook: read the Risk Register, AI Systems and Impact
 * Assessments sheets, ask the shared engine (`shared/suggest/`) per record, and write decisions
 * back into those records' rows — only the cells `decisionCells` names, through the port's merge
 * by id. Loaded with `import()` on first use: the engine brings the Playbook and AI 600-1 texts.
 *
 * Round trips: suggesting reads the sheets once; a decision reads them again (so it merges with
 * what the cells hold now, not what they held when the suggestions were shown), inspects the
 * tables and writes each changed sheet once.
 */
import { ApiClient, type FetchLike } from "../../../shared/api/client";
import type { GridValue, SheetGrid } from "../../../shared/file-reader/grid";
import { ratingScaleOf } from "../../../shared/import/normalise/rating";
import { SHEET_LAYOUTS } from "../../../shared/layout/index";
import type { SheetLayout } from "../../../shared/layout/sheet-layout";
import {
  createSuggester,
  decideRecords,
  decisionCells,
  DEFAULT_MIN_SCORE,
  type DecisionProblem,
  type Suggester,
  suggestForRecord,
  type Suggestion,
  type SuggestionDecision,
} from "../../../shared/suggest/index";
import { readCrosswalkWorkbook, type WorkbookRead } from "../../../shared/workbook-pipeline/read-crosswalk-workbook";
import { readLayoutSheet } from "../../../shared/workbook-snapshot/read-sheet";
import { SETTINGS_SHEET } from "../../../shared/workbook-snapshot/settings-sheet";
import type { CellValue, WorkbookPort } from "../../port/workbook-port";
import { loadApiSettings } from "../../services/api-settings";
import type { KeyValueStore } from "../../services/key-value-store";

/** The collections whose records can take suggested references, in sheet order. */
export const SUGGEST_COLLECTIONS = ["risks", "aiSystems", "impactAssessments"] as const;
export type SuggestCollection = (typeof SUGGEST_COLLECTIONS)[number];

/** Suggestions per kind and record the pane shows. */
export const PANE_TOP = 3;

export interface SuggestRequest {
  /** Default: all three. */
  readonly collections?: readonly SuggestCollection[];
  /** Only records that name no AI RMF subcategory and no ISO 42001 control. */
  readonly onlyUnreferenced?: boolean;
  /** Only the record on this sheet row (0-based), as Validate points at it. */
  readonly at?: { readonly sheet: string; readonly row: number };
  readonly minScore?: number;
}

/** One record of a sheet with its suggestions. */
export interface SheetRecordSuggestions {
  readonly collection: SuggestCollection;
  readonly id: string;
  /** The record's title (a risk's title, a system's name …), or its id. */
  readonly title: string;
  readonly sheet: string;
  /** The record's (first) row, 0-based on the sheet. */
  readonly row: number;
  readonly suggestions: readonly Suggestion[];
}

export interface SuggestResult {
  readonly records: readonly SheetRecordSuggestions[];
  /** Records of the chosen sheets that were looked at (before leaving out those without suggestions). */
  readonly considered: number;
}

export interface DecisionsWritten {
  /** Decisions that changed a record. */
  readonly applied: number;
  /** Rows written (each in its decision cells only). */
  readonly rows: number;
  readonly problems: readonly DecisionProblem[];
}

type DecidableRecord = { readonly id: string; readonly aiRmfRefs?: readonly string[] | undefined; readonly iso42001Refs?: readonly string[] | undefined };

/** Where a record sits: its first row and the sheet's header cells. */
interface Located {
  readonly row: number;
  readonly grid: SheetGrid;
  readonly headerRow: number;
}

interface SheetsRead {
  readonly read: WorkbookRead;
  readonly layouts: ReadonlyMap<SuggestCollection, SheetLayout>;
  readonly located: ReadonlyMap<SuggestCollection, ReadonlyMap<string, Located>>;
}

let shared: Suggester | undefined;
/** One index for the pane's lifetime: building it is most of the first suggestion's time. */
export function suggester(): Suggester {
  shared ??= createSuggester();
  return shared;
}

const layoutOf = (collection: SuggestCollection): SheetLayout => {
  const layout = SHEET_LAYOUTS.find((l) => l.id === collection);
  if (!layout) throw new Error(`no sheet layout for ${collection}`);
  return layout;
};

/** The sheet's records by id: the row each starts on (an impact assessment spans several). */
function locate(grid: SheetGrid, layout: SheetLayout, read: WorkbookRead): Map<string, Located> {
  const context = { likelihood: ratingScaleOf(read.matrix.matrix.likelihood), impact: ratingScaleOf(read.matrix.matrix.impact), dateOrder: "dmy" as const };
  const sheet = readLayoutSheet(grid, layout, context);
  const out = new Map<string, Located>();
  if (sheet.headerRow === undefined) return out;
  for (const row of sheet.rows) {
    const id = row.values.id;
    if (typeof id === "string" && !out.has(id)) out.set(id, { row: row.row - 1, grid, headerRow: sheet.headerRow - 1 });
  }
  return out;
}

async function readSheets(port: WorkbookPort, collections: readonly SuggestCollection[]): Promise<SheetsRead> {
  const layouts = new Map(collections.map((c) => [c, layoutOf(c)] as const));
  const grids = await port.readSheets([...[...layouts.values()].map((l) => l.sheetName), SETTINGS_SHEET], { skipMissing: true });
  const read = readCrosswalkWorkbook(grids);
  if (!read.crosswalk) throw new Error("This workbook is not set up for Crosswalk yet: set it up or import your register first.");
  const located = new Map<SuggestCollection, Map<string, Located>>();
  for (const [collection, layout] of layouts) {
    const grid = grids.find((g) => g.name.toLowerCase() === layout.sheetName.toLowerCase());
    located.set(collection, grid ? locate(grid, layout, read) : new Map());
  }
  return { read, layouts, located };
}

function titleOf(record: Record<string, unknown>): string {
  for (const key of ["title", "name"]) {
    const value = record[key];
    if (typeof value === "string" && value.trim() !== "") return value.trim();
  }
  return String(record.id);
}

const unreferenced = (r: DecidableRecord) => (r.aiRmfRefs?.length ?? 0) + (r.iso42001Refs?.length ?? 0) === 0;

/**
 * Suggestions for the records of the chosen sheets (only the records that survive the workbook
 * pipeline's checks: a row Validate lists as an error is not read). Records with no suggestion
 * above `minScore` are left out of `records`.
 */
export async function suggestOnSheets(port: WorkbookPort, request: SuggestRequest = {}): Promise<SuggestResult> {
  const collections = request.collections ?? SUGGEST_COLLECTIONS;
  const { read, layouts, located } = await readSheets(port, collections);
  const records: SheetRecordSuggestions[] = [];
  let considered = 0;
  for (const collection of collections) {
    const layout = layouts.get(collection)!;
    if (request.at && request.at.sheet.toLowerCase() !== layout.sheetName.toLowerCase()) continue;
    for (const record of read.records[collection] as readonly DecidableRecord[]) {
      const at = located.get(collection)?.get(record.id);
      if (!at || (request.at && request.at.row !== at.row)) continue;
      if (request.onlyUnreferenced && !unreferenced(record)) continue;
      considered += 1;
      const result = suggestForRecord(collection, record as never, { top: PANE_TOP, minScore: request.minScore ?? DEFAULT_MIN_SCORE }, suggester());
      if (result.suggestions.length === 0) continue;
      records.push({ collection, id: record.id, title: titleOf(record as Record<string, unknown>), sheet: at.grid.name, row: at.row, suggestions: result.suggestions });
    }
  }
  return { records, considered };
}

function cellAt(at: Located, header: string): GridValue | undefined {
  const origin = at.grid.origin ?? { row: 0, column: 0 };
  const headers = at.grid.values[at.headerRow - origin.row] ?? [];
  const column = headers.findIndex((h) => typeof h === "string" && h.replace(/\s+/g, " ").trim().toLowerCase() === header.toLowerCase());
  return column < 0 ? undefined : at.grid.values[at.row - origin.row]?.[column];
}

/**
 * Applies accept and reject decisions to the records as the sheets hold them now and writes the
 * changed cells of their rows (reference columns, Accepted Suggestions, Suggestions Accepted By,
 * Rejected Suggestions), merged by id: no other cell and no other row is touched. A sheet whose
 * table lacks a decision column is refused with a message, before anything is written.
 */
export async function writeDecisions(port: WorkbookPort, decisions: readonly SuggestionDecision[], by: string | undefined): Promise<DecisionsWritten> {
  const collections = SUGGEST_COLLECTIONS.filter((c) => decisions.some((d) => d.collection === c));
  const { read, layouts, located } = await readSheets(port, collections);
  const before = { risks: read.records.risks, aiSystems: read.records.aiSystems, impactAssessments: read.records.impactAssessments };
  const outcome = decideRecords(before, decisions, { by });
  const writes = collections.flatMap((collection) => {
    const layout = layouts.get(collection)!;
    const idHeader = layout.columns.find((c) => c.key === "id")!.header;
    const rows = (outcome.records[collection] as readonly DecidableRecord[]).flatMap((after, i) => {
      const was = (before[collection] as readonly DecidableRecord[])[i]!;
      const at = located.get(collection)?.get(after.id);
      if (after === was || !at) return [];
      return [{ id: after.id, cells: decisionCells(layout, was, after, (header) => cellAt(at, header)) }];
    });
    return rows.length > 0 ? [{ layout, idHeader, rows }] : [];
  });
  if (writes.length > 0) {
    const info = await port.inspect();
    const plans = writes.map((w) => {
      const sheet = info.sheets.find((s) => s.name.toLowerCase() === w.layout.sheetName.toLowerCase());
      const table = sheet?.tables[0];
      const headers = [w.idHeader, ...new Set(w.rows.flatMap((r) => r.cells.map((c) => c.header)))];
      const missing = headers.filter((h) => !table?.headers.some((t) => t.toLowerCase() === h.toLowerCase()));
      if (!table || missing.length > 0) {
        const what = !table ? "table" : `${missing.map((h) => `"${h}"`).join(", ")} column${missing.length === 1 ? "" : "s"}`;
        throw new Error(`The ${w.layout.sheetName} sheet has no ${what}: run Set up to add ${missing.length === 1 || !table ? "it" : "them"} (Set up keeps what the sheet holds). Nothing was written.`);
      }
      const rows = w.rows.map((r) => headers.map((h, i): CellValue => (i === 0 ? r.id : (r.cells.find((c) => c.header === h)?.value ?? null))));
      return { table: table.name, columns: headers, rows };
    });
    for (const plan of plans) await port.writeRecords({ ...plan, mode: "merge", idColumn: plan.columns[0]! });
  }
  return { applied: outcome.applied, rows: writes.reduce((n, w) => n + w.rows.length, 0), problems: outcome.problems };
}

/**
 * Who accepts, as Push names its author: the API key's name (`GET /v1/me`) when the pane is
 * connected; undefined otherwise or when the API cannot be reached.
 */
export async function apiUserName(store: KeyValueStore, fetch: FetchLike): Promise<string | undefined> {
  const settings = loadApiSettings(store);
  if (!settings) return undefined;
  try {
    return (await new ApiClient(settings, fetch).me()).name;
  } catch {
    return undefined;
  }
}

/** Bulk acceptance above a threshold, as the CLI's `--accept` decides it. */
export { acceptAtOrAbove } from "../../../shared/suggest/index";
