/**
 * The Validate pane's rules: the structured sheets read back through the shared importer (their
 * headers are the layout's, so each reads as its kind), located, and checked by the shared
 * validation rules as of today — the same pipeline as `crosswalk validate`. Levels are read and
 * checked on the workbook's risk matrix, from its settings sheet (5×5 when it names none or its
 * matrix has errors, which are reported — as push does).
 */
import { compareIssues } from "../../shared/issues/issue";
import type { SheetImport } from "../../shared/import/import-result";
import { importSheet } from "../../shared/import/import-sheet";
import { isSheetKind } from "../../shared/import/kinds/index";
import { locateImports } from "../../shared/import/locate";
import { validate } from "../../shared/validation/validate";
import { matrixSizeOf } from "../../shared/validation/input";
import { ratingScaleOf } from "../../shared/import/normalise/rating";
import { DEFAULT_MATRIX } from "../../shared/scoring/presets";
import { readSettings, SETTINGS_SHEET } from "../../shared/workbook-snapshot/settings-sheet";
import type { WorkbookLayout } from "../setup/sheet-layout";
import type { Validator } from "./validator";

export function createValidator(layout: WorkbookLayout, now: () => Date): Validator {
  const validated = layout.sheets.filter((s) => s.importKind !== undefined);
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  return {
    sheets: validated.map((s) => s.name),
    alsoRead: [SETTINGS_SHEET],
    validate(grids) {
      const settingsGrid = grids.find((g) => same(g.name, SETTINGS_SHEET));
      const settings = settingsGrid ? readSettings(settingsGrid) : undefined;
      const matrix = settings?.matrix ?? DEFAULT_MATRIX;
      const scale = { likelihood: ratingScaleOf(matrix.likelihood), impact: ratingScaleOf(matrix.impact) };
      const imports: SheetImport[] = [];
      for (const grid of grids) {
        if (grid === settingsGrid) continue;
        const kind = validated.find((s) => same(s.name, grid.name))?.importKind;
        imports.push(importSheet(grid, { scale, ...(kind && isSheetKind(kind) ? { kind } : {}) }));
      }
      const read = imports.filter((i) => i.kind !== "unknown" && i.records.length > 0);
      const present = {
        aiSystems: read.some((i) => i.kind === "ai-inventory"),
        impactAssessments: read.some((i) => i.kind === "impact-assessment"),
      };
      const result = validate({ ...locateImports(read), present, matrix: matrixSizeOf(matrix) }, { asOf: localDate(now()) });
      const importIssues = read.flatMap((i) => i.issues).filter((i) => i.severity !== "info");
      return [...(settings?.issues ?? []), ...importIssues, ...result.issues].sort(compareIssues);
    },
  };
}

function localDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}
