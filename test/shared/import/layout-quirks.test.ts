import { describe, expect, it } from "vitest";
import { importSheet } from "../../../shared/import/import-sheet";
import { FORMULA_ROWS, GROUPED_SUBHEADERS, INVENTORY_WITH_LEGEND } from "../../fixtures/import/layouts";

type Grid = Parameters<typeof importSheet>[0];

describe("layout quirks", () => {
  it("joins a sub-header row to the group header merged over it", () => {
    const result = importSheet(GROUPED_SUBHEADERS.sheets[0] as Grid);
    expect(result.headerStartRow).toBe(1);
    expect(result.headerRow).toBe(2);
    expect(result.columns.map((c) => c.header)).toContain("External harms: Individual");
    expect(result.records[0]?.extra).toEqual({ "External harms: Individual": "Financial stress", "External harms: Societal": "Loss of trust" });
  });

  it("ends the table at a scale written under the data", () => {
    const result = importSheet(INVENTORY_WITH_LEGEND.sheets[0] as Grid);
    expect(result.records.map((r) => r.id)).toEqual(["AI-1", "AI-2", "AI-3"]);
    expect(result.issues.map((i) => i.code)).toEqual(["row-skipped-legend", "rows-after-end"]);
  });

  it("reads a header's first line and leaves the hint after the line break out of the match", () => {
    const result = importSheet(INVENTORY_WITH_LEGEND.sheets[0] as Grid);
    expect(result.columns.find((c) => c.column === "E")).toMatchObject({ field: "stage" });
    expect(result.records[0]).toMatchObject({ stage: "operation", extra: { "Type IT / OT / IoT": "IT" } });
  });

  it("reports rows of formulas without values once, with their count", () => {
    const result = importSheet(FORMULA_ROWS.sheets[0] as Grid);
    const notes = result.issues.filter((i) => i.code === "row-skipped-formula-only");
    expect(notes).toHaveLength(1);
    expect(notes[0]?.message).toBe("3 rows hold only formulas without saved values and were skipped (rows 4–6)");
    expect(result.stats).toEqual({ records: 2, skipped: 3 });
  });
});
