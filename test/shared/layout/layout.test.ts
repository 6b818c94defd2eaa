import { describe, expect, it } from "vitest";
import type { GridValue } from "../../../shared/file-reader/grid";
import { importSheet } from "../../../shared/import/import-sheet";
import { KIND_SPECS } from "../../../shared/import/kinds/index";
import { SHEET_LAYOUTS } from "../../../shared/layout/index";
import { grid } from "../import/grids";

describe("sheet layouts", () => {
  it("name every sheet and column once", () => {
    const names = SHEET_LAYOUTS.map((l) => l.sheetName);
    expect(new Set(names).size).toBe(names.length);
    for (const layout of SHEET_LAYOUTS) {
      const keys = layout.columns.map((c) => c.key);
      const headers = layout.columns.map((c) => c.header);
      expect(new Set(keys).size, layout.id).toBe(keys.length);
      expect(new Set(headers).size, layout.id).toBe(headers.length);
      expect(names.every((n) => n.length <= 31), "Excel sheet names are at most 31 characters").toBe(true);
    }
  });

  it("use the importer's field names, so a structured sheet imports back without a template", () => {
    for (const layout of SHEET_LAYOUTS) {
      if (!layout.kind) continue;
      const spec = KIND_SPECS[layout.kind];
      const imported = layout.columns.filter((c) => c.type !== "score");
      for (const column of imported.filter((c) => !c.snapshotOnly)) expect(spec.fields.map((f) => f.name), `${layout.id}.${column.key}`).toContain(column.key);

      const sample: GridValue[] = imported.map((c) => sampleValue(c.type, c.key));
      const result = importSheet(grid([imported.map((c) => c.header), sample, sample.map((v) => (typeof v === "string" && v.startsWith("X") ? `${v}2` : v))], { name: layout.sheetName }));
      expect(result.kind, layout.id).toBe(layout.kind);
      const mapped = Object.fromEntries(result.columns.map((c) => [c.header, c.field]));
      for (const column of imported) {
        // Columns the importer has no field for must not be taken for another field (they land in `extra`).
        expect(mapped[column.header], `${layout.id}: "${column.header}"`).toBe(column.snapshotOnly ? null : column.key);
      }
    }
  });
});

function sampleValue(type: string, key: string): GridValue {
  switch (type) {
    case "level":
      return 3;
    case "number":
      return 2;
    case "date":
      return "2026-06-30";
    case "bool":
      return "Yes";
    case "refs":
      return key === "subcategory" || key === "aiRmfRefs" ? "GOVERN 1.1" : key === "iso27001Refs" ? "A.5.15" : "A.5.2";
    case "enum":
    case "enum-list":
      return null;
    case "id":
      return "X1";
    default:
      return `Xtext ${key}`;
  }
}
