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
 */
export type LayoutColumnType = "text" | "id" | "level" | "date" | "bool" | "list" | "refs" | "enum" | "number" | "score";

export interface LayoutColumn {
  /** Field name in the importer's flat records (`acceptanceApprover`), also the JSON key. */
  readonly key: string;
  /** Where the value lives in the model record, when not at `key` (`["acceptance", "approver"]`). */
  readonly path?: readonly string[];
  readonly header: string;
  readonly type: LayoutColumnType;
  /** Column width in characters. */
  readonly width: number;
  /** For `enum` columns: the allowed values, as the model spells them. */
  readonly values?: readonly string[];
  /** For `refs` columns. */
  readonly framework?: FrameworkId;
  /** For `score` columns: the two level columns it multiplies. */
  readonly scoreOf?: readonly [string, string];
  /** The model requires a value. */
  readonly required?: boolean;
  /** One line shown as the header's note/input message. */
  readonly note?: string;
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

/** Header row (1-based); data starts on the row below. */
export const LAYOUT_HEADER_ROW = 1;
