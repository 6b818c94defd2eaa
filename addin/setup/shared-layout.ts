/**
 * The workbook layout from `shared/layout/` (the one the importer and the CLI writer use), in
 * the add-in's terms: Excel column kinds, dropdown lists, calculated score columns, table names;
 * plus the read-only Crosswalk reference sheet, which only the add-in makes.
 */
import type { LayoutColumn as SharedColumn, LayoutId, SheetLayout as SharedSheet } from "../../shared/layout/sheet-layout";
import { SHEET_LAYOUTS } from "../../shared/layout/index";
import type { RiskMatrix } from "../../shared/scoring/matrix";
import { DEFAULT_MATRIX } from "../../shared/scoring/presets";
import type { Scale } from "../../shared/scoring/scale";
import type { PlannedList } from "../port/workbook-plan";
import type { LayoutColumn, AddinSheetLayout, WorkbookLayout } from "./workbook-layout";

export const LISTS_SHEET = "Crosswalk Lists";
export const YES_NO = "Yes/No";
/** The dropdown of qualitative ratings: the bands of the workbook's matrix. */
export const RATING = "Rating";

/** Excel table names: stable, readable, and unlike cell references. */
const TABLE_NAMES: Readonly<Record<LayoutId, string>> = {
  risks: "RiskRegister",
  soa: "SoA",
  aiSystems: "AISystems",
  impactAssessments: "ImpactAssessments",
  profile: "AIRMFProfile",
  policies: "AIPolicies",
  objectives: "AIObjectives",
  internalAudits: "InternalAudits",
  managementReviews: "ManagementReviews",
  metrics: "Metrics",
  nonconformities: "Nonconformities",
};

/** Shared widths are in characters; Excel column widths in points (about 7 per character). */
const POINTS_PER_CHAR = 7;

/**
 * The workbook on a risk matrix (the workbook's own, from its settings sheet; 5×5 when it names
 * none): the likelihood and impact dropdowns offer its levels as numbers, so score formulas can
 * multiply them, each list followed on the lists sheet by a column of the levels' labels for
 * people reading it.
 */
export function sharedWorkbookLayout(matrix: RiskMatrix = DEFAULT_MATRIX): WorkbookLayout {
  const lists: PlannedList[] = [
    ...levelLists("Likelihood", matrix.likelihood),
    ...levelLists("Impact", matrix.impact),
    { name: YES_NO, values: ["Yes", "No"] },
    { name: RATING, values: matrix.bands.map((band) => band.label) },
  ];
  const sheets = SHEET_LAYOUTS.map((layout) => sheetOf(layout, lists));
  return { listsSheet: LISTS_SHEET, lists, sheets: [...sheets, crosswalkReference()], matrix };
}

function levelLists(name: "Likelihood" | "Impact", scale: Scale): PlannedList[] {
  return [
    { name, values: scale.levels.map((l) => String(l.value)) },
    { name: `${name} label`, values: scale.levels.map((l) => l.label) },
  ];
}

function sheetOf(layout: SharedSheet, lists: PlannedList[]): AddinSheetLayout {
  return {
    kind: layout.id,
    name: layout.sheetName,
    table: TABLE_NAMES[layout.id],
    columns: layout.columns.map((c) => columnOf(layout, c, lists)),
    ...(layout.kind ? { importKind: layout.kind } : {}),
  };
}

function columnOf(layout: SharedSheet, c: SharedColumn, lists: PlannedList[]): LayoutColumn {
  const base = { header: c.header, field: c.key, width: c.width * POINTS_PER_CHAR };
  switch (c.type) {
    case "date":
      return { ...base, kind: "date" };
    case "level":
      // As the snapshot reads them: likelihood columns on the likelihood scale, the rest
      // (impact, an impact's severity) on the impact scale.
      return { ...base, kind: "integer", list: /likelihood/i.test(c.key) ? "Likelihood" : "Impact" };
    case "number":
      return { ...base, kind: "number" };
    case "score": {
      const [a, b] = c.scoreOf ?? [];
      const header = (key: string | undefined) => layout.columns.find((x) => x.key === key)?.header;
      const ha = header(a);
      const hb = header(b);
      return { ...base, kind: "integer", ...(ha && hb ? { product: [ha, hb] as const } : {}) };
    }
    case "bool":
      return { ...base, kind: "text", list: YES_NO };
    case "enum": {
      const name = `${layout.sheetName}: ${c.header}`;
      if (c.values?.length && !lists.some((l) => l.name === name)) lists.push({ name, values: c.values });
      return { ...base, kind: "text", ...(c.values?.length ? { list: name } : {}) };
    }
    case "refs":
      return { ...base, kind: "text", ...(c.framework ? { refs: c.framework } : {}) };
    case "band":
      // Qualitative ratings: the matrix's band labels (coloured by band, read back as band ids).
      return { ...base, kind: "text", list: RATING };
    case "value":
      // Numbers stay numbers and text stays text, as typed.
      return { ...base, kind: "text", numberFormat: "General" };
    case "id":
    case "list":
    case "text":
    case "enum-list":
    case "actions":
      return { ...base, kind: "text" };
  }
}

function crosswalkReference(): AddinSheetLayout {
  const text = (header: string, field: string, width: number): LayoutColumn => ({ header, field, kind: "text", width: width * POINTS_PER_CHAR });
  return {
    kind: "crosswalk-reference",
    name: "Crosswalk",
    table: "CrosswalkReference",
    readOnly: true,
    columns: [
      text("From Framework", "fromFramework", 18),
      text("From Id", "from", 14),
      text("From Title", "fromTitle", 36),
      text("Relationship", "relationship", 12),
      text("To Framework", "toFramework", 18),
      text("To Id", "to", 14),
      text("To Title", "toTitle", 36),
      text("Source", "source", 30),
    ],
  };
}
