/**
 * The structured sheets as the add-in needs them: port-level columns plus, per column, the model
 * field it holds and (for reference columns) the framework of its ids.
 * `shared-layout.ts` builds it from `shared/layout/`, the layout the importer and the CLI share.
 */
import type { FrameworkId } from "../../shared/catalog/framework";
import type { RiskMatrix } from "../../shared/scoring/matrix";
import type { PlannedColumn, PlannedList } from "../port/workbook-plan";

export interface LayoutColumn extends PlannedColumn {
  /** Model field the column holds (import writes records by field). */
  readonly field: string;
  /** For reference columns: the framework whose ids the cells hold. */
  readonly refs?: FrameworkId;
}

export interface AddinSheetLayout {
  readonly kind: string;
  readonly name: string;
  readonly table: string;
  readonly columns: readonly LayoutColumn[];
  readonly readOnly?: boolean;
  /** Which importer kind feeds this sheet, if any. */
  readonly importKind?: string;
}

export interface WorkbookLayout {
  readonly sheets: readonly AddinSheetLayout[];
  readonly lists: readonly PlannedList[];
  readonly listsSheet: string;
  /** The risk matrix the likelihood and impact lists and the score and rating colours follow. */
  readonly matrix: RiskMatrix;
}

/** Reference columns of a table, by framework, as the crosswalk pane inserts into them. */
export function referenceColumns(layout: WorkbookLayout, table: string): Map<FrameworkId, string> {
  const sheet = layout.sheets.find((s) => s.table.toLowerCase() === table.toLowerCase());
  const out = new Map<FrameworkId, string>();
  for (const c of sheet?.columns ?? []) if (c.refs && !out.has(c.refs)) out.set(c.refs, c.header);
  return out;
}
