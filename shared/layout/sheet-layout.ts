import type { FrameworkId } from "../catalog/framework";

/**
 * How Crosswalk lays out a workbook: one sheet per collection, a header on row 1, one record per
 * row, one field per column. The add-in builds its sheets from these specs, `crosswalk import
 * --out` writes files with them, and the importer reads such sheets back (their headers are
 * among its synonyms), so the three always agree.
 *
 * Cell conventions per column type:
 * - `text`, `id`: the string; `level`, `number`: a number; `date`: an Excel date (the model's
 *   `YYYY-MM-DD`); `bool`: Yes/No; `enum`: one of `values` (a list validation in Excel).
 * - `list`: items one per line (Alt+Enter in Excel). `refs`: bare ids of the column's framework,
 *   comma-separated (`A.5.2, A.6.2.4`); the model holds them namespaced (`ISO42001:A.5.2`).
 * - `score`: computed from likelihood × impact on the workbook's matrix; never imported.
 * - `band`: a qualitative rating, a band of the workbook's matrix (written as the band's id, read
 *   back by id or label: `high`, `High`).
 * - `value`: a number, text or Yes/No as typed (a metric's last value).
 * - `enum-list`: several of `values`, one per line, shown by their `labels`.
 * - `actions`: risk treatment actions, one per line: the description, then optionally its details
 *   in brackets, `Retrain the model [id: A-1; owner: J. Smith; due: 2026-07-01; status:
 *   in-progress; completed: 2026-06-20]` (`shared/workbook-snapshot/actions-cell.ts`).
 */
export type LayoutColumnType =
  | "text"
  | "id"
  | "level"
  | "date"
  | "bool"
  | "list"
  | "refs"
  | "enum"
  | "number"
  | "score"
  | "band"
  | "value"
  | "enum-list"
  | "actions";

export interface LayoutColumn {
  /** Field name in the importer's flat records (`acceptanceApprover`), also the JSON key. */
  readonly key: string;
  /** Where the value lives in the model record, when not at `key` (`["acceptance", "approver"]`). */
  readonly path?: readonly string[];
  readonly header: string;
  readonly type: LayoutColumnType;
  /** Column width in characters. */
  readonly width: number;
  /** For `enum` and `enum-list` columns: the allowed values, as the model spells them. */
  readonly values?: readonly string[];
  /** For `enum-list` columns: what the sheet shows for each value (either is read back). */
  readonly labels?: Readonly<Record<string, string>>;
  /** For `refs` columns. */
  readonly framework?: FrameworkId;
  /** For `score` columns: the two level columns it multiplies. */
  readonly scoreOf?: readonly [string, string];
  /** The model requires a value. */
  readonly required?: boolean;
  /** One line shown as the header's note/input message. */
  readonly note?: string;
  /**
   * The importer has no field for this column: it is there so that a snapshot pulled from the
   * API and pushed again loses nothing. Importing the sheet keeps its values in `extra`.
   */
  readonly snapshotOnly?: boolean;
}

export type LayoutId =
  | "risks"
  | "soa"
  | "aiSystems"
  | "impactAssessments"
  | "profile"
  | "policies"
  | "objectives"
  | "internalAudits"
  | "managementReviews"
  | "metrics"
  | "nonconformities";

export interface SheetLayout {
  /** The snapshot collection the sheet holds. */
  readonly id: LayoutId;
  readonly sheetName: string;
  /** The importer's sheet kind for this sheet, where it has one. */
  readonly kind?: "risk-register" | "soa" | "ai-inventory" | "impact-assessment" | "ai-rmf-profile";
  /** Sheets that belong together in the add-in's navigation. */
  readonly group: "core" | "management-system";
  readonly columns: readonly LayoutColumn[];
}

/**
 * In the Impact Assessments sheet (one row per impact), columns whose `path` starts with this
 * segment hold the row's impact (`["impacts", "severity"]`); the others hold the assessment's own
 * fields, written on its first row.
 */
export const IMPACTS_PATH = "impacts";
