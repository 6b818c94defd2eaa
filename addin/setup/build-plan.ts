/**
 * Turns the sheet layout into the port's set-up plan: pre-filled rows from the catalogs (the 38
 * Annex A controls, the 72 AI RMF subcategories, the management-system clauses) and the
 * crosswalk reference. Loaded lazily: it pulls in the catalogs and the crosswalk.
 */
import { aiRmfSubcategories, catalogItem, iso42001AnnexAControls } from "../../shared/catalog/catalogs";
import { FRAMEWORK_NAME, splitNamespaced } from "../../shared/catalog/framework";
import { defaultCrosswalk } from "../../shared/crosswalk/default-graph";
import type { CellValue } from "../port/workbook-port";
import type { RiskMatrix } from "../../shared/scoring/matrix";
import { DEFAULT_MATRIX } from "../../shared/scoring/presets";
import type { ConditionalFormat, PlannedSheet, WorkbookPlan } from "../port/workbook-plan";
import type { AddinSheetLayout, WorkbookLayout } from "./workbook-layout";

/**
 * Scores and ratings are coloured by the matrix's bands (the workbook's matrix; 5×5 when it
 * names none): a rating cell by its band label, a score cell by its band range. Score cells hold
 * likelihood × impact (the table formula), so a matrix that adds its levels gets no score
 * colours rather than wrong ones.
 */
export function matrixFormats(layout: AddinSheetLayout, matrix: RiskMatrix = DEFAULT_MATRIX): ConditionalFormat[] {
  const ratings = layout.columns.filter((c) => c.list === "Rating" || /rating$/i.test(c.header));
  const scores = matrix.scoring === "sum" ? [] : layout.columns.filter((c) => /score$/i.test(c.header));
  return [
    ...ratings.map((c) => ({ column: c.header, rules: matrix.bands.map((b) => ({ type: "text" as const, text: b.label, fill: b.colour })) })),
    ...scores.map((c) => ({ column: c.header, rules: matrix.bands.map((b) => ({ type: "between" as const, min: b.min, max: b.max, fill: b.colour })) })),
  ];
}

export function buildPlan(layout: WorkbookLayout): WorkbookPlan {
  return {
    listsSheet: layout.listsSheet,
    lists: [
      ...layout.lists,
      { name: ID_LISTS["ai-rmf"], values: aiRmfSubcategories().map((i) => i.ref) },
      { name: ID_LISTS.iso42001, values: iso42001AnnexAControls().map((i) => i.ref) },
    ],
    sheets: layout.sheets.map((s) => plannedSheet(s, layout.matrix)),
  };
}

function plannedSheet(layout: AddinSheetLayout, matrix: RiskMatrix): PlannedSheet {
  const rows = prefill(layout);
  const ratingFormats = matrixFormats(layout, matrix);
  return {
    kind: layout.kind,
    name: layout.name,
    table: layout.table,
    // Reference columns offer the framework's ids as a dropdown (without rejecting other text:
    // cells often hold several ids).
    columns: layout.columns.map((c) => {
      const list = c.refs === "ai-rmf" || c.refs === "iso42001" ? ID_LISTS[c.refs] : undefined;
      return list && !c.list && !layout.readOnly ? { ...c, list } : c;
    }),
    ...(rows ? { rows } : {}),
    ...(ratingFormats.length ? { conditionalFormats: ratingFormats } : {}),
    ...(layout.readOnly ? { readOnly: true, rowKey: "whole-row" as const } : {}),
  };
}

const ID_LISTS = { "ai-rmf": "AI RMF subcategories", iso42001: "ISO 42001 controls" } as const;

function prefill(layout: AddinSheetLayout): CellValue[][] | undefined {
  const fields = layout.columns.map((c) => c.field);
  const row = (values: Record<string, CellValue>) => fields.map((f) => values[f] ?? null);
  switch (layout.kind) {
    case "soa":
      return iso42001AnnexAControls().map((c) => row({ controlId: c.ref, title: c.title }));
    case "profile":
      return aiRmfSubcategories().map((s) => row({ subcategory: s.ref }));
    case "crosswalk-reference": {
      const graph = defaultCrosswalk();
      return graph.edges.map((e) => {
        const from = splitNamespaced(e.from);
        const to = splitNamespaced(e.to);
        return row({
          fromFramework: from ? FRAMEWORK_NAME[from.framework] : "",
          from: from?.ref ?? e.from,
          fromTitle: catalogItem(e.from)?.title ?? "",
          relationship: e.relationship,
          toFramework: to ? FRAMEWORK_NAME[to.framework] : "",
          to: to?.ref ?? e.to,
          toTitle: catalogItem(e.to)?.title ?? "",
          source: graph.sources.get(e.source)?.title ?? e.source,
        });
      });
    }
    default:
      return undefined;
  }
}
