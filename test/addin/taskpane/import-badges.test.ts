import { describe, expect, it } from "vitest";
import { countColor } from "../../../addin/taskpane/features/import/PreviewIssues";

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
