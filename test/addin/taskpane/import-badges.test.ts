import { describe, expect, it } from "vitest";
import { confidenceLook } from "../../../addin/taskpane/features/import/confidence";
import { countColor } from "../../../addin/taskpane/features/import/PreviewIssues";
import { shownOf } from "../../../addin/taskpane/features/import/PreviewView";

describe("the preview's issue counts", () => {
  it("shows no errors and no warnings in the success colour, not red or amber", () => {
    expect(countColor("error", 0)).toBe("success");
    expect(countColor("warning", 0)).toBe("success");
  });

  it("keeps red for errors and amber for warnings when there are some", () => {
    expect(countColor("error", 3)).toBe("danger");
    expect(countColor("warning", 1)).toBe("warning");
    expect(countColor("info", 2)).toBe("informative");
  });
});

describe("the importer's confidence", () => {
  it("looks different when likely (83 %) than when sure, in word, colour and appearance", () => {
    const likely = confidenceLook(0.83);
    const sure = confidenceLook(1);
    expect(likely.word).toBe("likely");
    expect(sure.word).toBe("sure");
    expect(likely.color).not.toBe(sure.color);
    expect(likely.appearance).not.toBe(sure.appearance);
    expect(confidenceLook(0.3).word).toBe("a guess");
  });
});

describe("a truncated view", () => {
  it("says how many rows it shows of how many", () => {
    expect(shownOf(10, 1108, "records")).toBe("First 10 of 1,108 records");
    expect(shownOf(2, 2, "records")).toBe("All 2 records");
  });
});
