/**
 * The Validate pane's rules: the structured sheets read back through the shared importer (their
 * headers are the layout's, so each reads as its kind), located, and checked by the shared
 * validation rules as of today — the same pipeline as `crosswalk validate`.
 */
import { compareIssues } from "../../shared/issues/issue";
import type { SheetImport } from "../../shared/import/import-result";
import { importSheet } from "../../shared/import/import-sheet";
import { isSheetKind } from "../../shared/import/kinds/index";
import { locateImports } from "../../shared/import/locate";
import { validate } from "../../shared/validation/validate";
import type { WorkbookLayout } from "../setup/sheet-layout";
import type { Validator } from "./validator";

export function createValidator(layout: WorkbookLayout, now: () => Date): Validator {
  const validated = layout.sheets.filter((s) => s.importKind !== undefined);
  return {
    sheets: validated.map((s) => s.name),
    validate(grids) {
      const imports: SheetImport[] = [];
      for (const grid of grids) {
        const kind = validated.find((s) => s.name.toLowerCase() === grid.name.toLowerCase())?.importKind;
        imports.push(importSheet(grid, kind && isSheetKind(kind) ? { kind } : {}));
      }
      const read = imports.filter((i) => i.kind !== "unknown" && i.records.length > 0);
      const present = {
        aiSystems: read.some((i) => i.kind === "ai-inventory"),
        impactAssessments: read.some((i) => i.kind === "impact-assessment"),
      };
      const result = validate({ ...locateImports(read), present }, { asOf: localDate(now()) });
      const importIssues = read.flatMap((i) => i.issues).filter((i) => i.severity !== "info");
      return [...importIssues, ...result.issues].sort(compareIssues);
    },
  };
}

function localDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}
