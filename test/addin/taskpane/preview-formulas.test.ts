import { describe, expect, it } from "vitest";
import { MemoryWorkbook } from "../../../addin/port/memory-workbook";
import { evaluateFormula } from "../../../addin/taskpane/preview/preview-formulas";
import type { GridValue } from "../../../shared/file-reader/grid";

const none = () => null;

describe("formulas in the preview", () => {
  it("does arithmetic with Excel's precedence, percentages and cell references", () => {
    expect(evaluateFormula("=1+1", none)).toEqual({ kind: "values", values: [2] });
    expect(evaluateFormula("=2+3*4^2/8-(1)", none)).toEqual({ kind: "values", values: [7] });
    expect(evaluateFormula("=-A1*50%", (r, c) => (r === 0 && c === 0 ? 4 : null))).toEqual({ kind: "values", values: [-2] });
    expect(evaluateFormula('="Risk "&B2', (r, c) => (r === 1 && c === 1 ? "R-1" : null))).toEqual({ kind: "values", values: ["Risk R-1"] });
  });

  it("runs the CROSSWALK functions the add-in registers, and MAP gives one id per row", () => {
    const map = evaluateFormula('=CROSSWALK.MAP("GV-1.1","iso42001")', none);
    expect(map.kind).toBe("values");
    if (map.kind === "values") {
      expect(map.values.length).toBeGreaterThan(1);
      expect(map.values).toContain("A.2.2");
    }
    expect(evaluateFormula('=crosswalk.title("ISO42001:A.2.2")', none)).toEqual({ kind: "values", values: ["AI policy"] });
    expect(evaluateFormula('=CROSSWALK.RATING(CROSSWALK.SCORE("Likely", "Severe"))', none)).toEqual({ kind: "values", values: ["Critical"] });
  });

  it("answers Excel's errors with the reason, and says what needs Excel", () => {
    expect(evaluateFormula("=1/0", none)).toMatchObject({ kind: "error", code: "#DIV/0!" });
    expect(evaluateFormula('=CROSSWALK.SCORE(9, 9)', none)).toMatchObject({ kind: "error", code: "#VALUE!" });
    expect(evaluateFormula("=SUM(A1:A3)", none)).toEqual({ kind: "error", code: "#NAME?", message: expect.stringMatching(/needs Excel/) });
    expect(evaluateFormula('="unclosed', none)).toMatchObject({ kind: "error", code: "#NAME?" });
  });
});

describe("the preview workbook calculates typed formulas", () => {
  const workbook = () => {
    const wb = new MemoryWorkbook({ formulas: async () => evaluateFormula });
    wb.addSheet("Notes", [["x"]]);
    return wb;
  };
  const cell = (wb: MemoryWorkbook, row: number, column: number): GridValue => wb.view("Notes")?.values[row]?.[column] ?? null;

  it("keeps the formula, shows its result, and spills MAP below", async () => {
    const wb = workbook();
    wb.typeInto({ sheet: "Notes", row: 1, column: 0 }, '=CROSSWALK.MAP("GV-1.1","iso42001")');
    await wb.calculated;
    expect(wb.view("Notes")?.formulas[1]?.[0]).toBe('=CROSSWALK.MAP("GV-1.1","iso42001")');
    const shown = [1, 2, 3, 4, 5, 6, 7].map((r) => cell(wb, r, 0)).filter((v) => v !== null);
    expect(shown.length).toBeGreaterThan(1);
    expect(shown).toContain("A.2.2");
    // Typing something else there clears the spill.
    wb.typeInto({ sheet: "Notes", row: 1, column: 0 }, "=1+1");
    await wb.calculated;
    expect([1, 2, 3].map((r) => cell(wb, r, 0))).toEqual([2, null, null]);
  });

  it("recalculates when a referenced cell changes, and says #SPILL! when the list has no room", async () => {
    const wb = workbook();
    wb.typeInto({ sheet: "Notes", row: 0, column: 1 }, 3);
    wb.typeInto({ sheet: "Notes", row: 0, column: 2 }, "=B1*2");
    await wb.calculated;
    expect(cell(wb, 0, 2)).toBe(6);
    wb.typeInto({ sheet: "Notes", row: 0, column: 1 }, 5);
    await wb.calculated;
    expect(cell(wb, 0, 2)).toBe(10);
    wb.typeInto({ sheet: "Notes", row: 5, column: 3 }, "in the way");
    wb.typeInto({ sheet: "Notes", row: 4, column: 3 }, '=CROSSWALK.MAP("GV-1.1","iso42001")');
    await wb.calculated;
    expect(cell(wb, 4, 3)).toEqual({ kind: "error", code: "#SPILL!" });
    expect(wb.view("Notes")?.notes.get("4,3")).toMatch(/empty cells below/);
  });

  it("without a calculator keeps the formula and notes that Excel calculates it", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("Notes", [["x"]]);
    wb.typeInto({ sheet: "Notes", row: 0, column: 1 }, "=1+1");
    await wb.calculated;
    expect(wb.view("Notes")?.formulas[0]?.[1]).toBe("=1+1");
    expect(wb.view("Notes")?.notes.get("0,1")).toBe("Formulas are calculated in Excel.");
  });
});
