import { describe, expect, it } from "vitest";
import { truncationNote } from "../../../addin/taskpane/preview/SheetView";

describe("the preview grid's window on a large sheet", () => {
  it("says how many rows it shows of how many", () => {
    expect(truncationNote(1_108, 12)).toBe("Showing rows 1–200 of 1,108 (the whole sheet is in the workbook).");
  });

  it("names the columns too when the sheet is wider than the grid", () => {
    expect(truncationNote(1_108, 60)).toBe("Showing rows 1–200 of 1,108 and columns A–AV of 60 (the whole sheet is in the workbook).");
  });
});
