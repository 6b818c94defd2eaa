import { describe, expect, it } from "vitest";
import { importSheet } from "../../../shared/import/import-sheet";
import { titleFromDescription } from "../../../shared/import/normalise/derived-title";
import { grid } from "./grids";

describe("a risk without a title", () => {
  it("gets its description's first clause as title, marked as derived", () => {
    const result = importSheet(
      grid([
        ["Risk ID", "Description", "Likelihood", "Impact"],
        ["R-1", "Model drift: accuracy falls as the data shifts.", 3, 4],
        ["R-2", "Prompt injection. Users steer the assistant into leaking data", 2, 5],
        ["R-3", "Biased scoring of applicants from protected groups", 2, 3],
      ]),
    );
    expect(result.records.map((r) => r.title)).toEqual(["Model drift", "Prompt injection", "Biased scoring of applicants from protected groups"]);
    const derived = result.issues.filter((i) => i.code === "title-derived");
    expect(derived.map((i) => i.cell)).toEqual(["B2"]);
    expect(derived[0]?.message).toMatch(/^Title: derived from the description as "Model drift" \(and 2 more like it: B3, B4\)$/);
  });

  it("keeps a title the sheet gives", () => {
    const result = importSheet(grid([["Risk ID", "Title", "Description", "Likelihood", "Impact"], ["R-1", "Drift", "Model drift: accuracy falls", 3, 4]]));
    expect(result.records[0]?.title).toBe("Drift");
    expect(result.issues.some((i) => i.code === "title-derived")).toBe(false);
  });

  it("is at most 80 characters, cut at a word", () => {
    const long = "Automated decisions on credit limits made without any human review or appeal route for the affected customers";
    const title = titleFromDescription(long) ?? "";
    expect(title.length).toBeLessThanOrEqual(80);
    expect(title).toBe("Automated decisions on credit limits made without any human review or appeal…");
    expect(titleFromDescription(" — ")).toBeUndefined();
  });
});

describe("a column that names two fields", () => {
  const header = ["Risk ID", "Risk", "Likelihood", "Impact", "Review Date / Status"];

  it("is read as both when its values split cleanly, each field with its own column key", () => {
    const result = importSheet(
      grid([header, ["R-1", "Drift", 3, 4, "Jun 2026 — OPEN"], ["R-2", "Bias", 2, 2, "30/06/2026 - Closed"], ["R-3", "Leak", 1, 2, "Q3 2026 / monitoring"]]),
    );
    expect(result.records.map((r) => [r.reviewDate, r.status])).toEqual([["2026-06-30", "open"], ["2026-06-30", "closed"], ["2026-09-30", "monitoring"]]);
    const combined = result.columns.filter((c) => c.column === "E");
    expect(combined.map((c) => [c.key, c.field])).toEqual([["E", "reviewDate"], ["E:status", "status"]]);
    expect(new Set(result.columns.map((c) => c.key)).size).toBe(result.columns.length);
  });

  it("is read as its first field alone when most values hold only one of them", () => {
    const result = importSheet(grid([header, ["R-1", "Drift", 3, 4, "2026-06-30"], ["R-2", "Bias", 2, 2, "2026-07-31"], ["R-3", "Leak", 1, 2, "2026-08-31 — open"]]));
    expect(result.columns.filter((c) => c.column === "E").map((c) => c.field)).toEqual(["reviewDate"]);
    expect(result.records.map((r) => r.reviewDate)).toEqual(["2026-06-30", "2026-07-31", "2026-08-31"]);
    const note = result.issues.find((i) => i.code === "column-not-split");
    expect(note?.message).toBe('"Review Date / Status" names review date and status, but only 1 of 3 values hold both; read as review date alone');
  });
});

describe("repeated notes", () => {
  it("of one kind collapse into one line with a count; warnings stay one per cell", () => {
    const rows = Array.from({ length: 6 }, (_, i) => [`R-${i + 1}`, `Risk ${i + 1}`, 3, 4, "Accepted"]);
    const result = importSheet(grid([["Risk ID", "Risk", "Likelihood", "Impact", "Status"], ...rows, ["R-7", "Risk 7", 9.5, 4, "open"], ["R-8", "Risk 8", 2.5, 4, "open"]]));
    const fromStatus = result.issues.filter((i) => i.code === "treatment-from-status");
    expect(fromStatus.length).toBe(1);
    expect(fromStatus[0]?.message).toContain("(and 5 more like it: E3, E4, E5, E6, E7)");
    expect(result.issues.filter((i) => i.code === "rating-not-whole").map((i) => i.cell)).toEqual(["C8", "C9"]);
  });
});

describe("a register's own scores and ratings", () => {
  const header = ["Risk ID", "Risk", "Inherent likelihood", "Inherent impact", "Inherent risk score", "Inherent risk rating"];

  it("are flagged with both values where they disagree with the workbook's matrix", () => {
    const result = importSheet(
      grid([
        header,
        ["R-1", "Drift", 2, 5, 10, "MEDIUM"],
        ["R-2", "Bias", 3, 4, "10 (10)", "High"],
        ["R-3", "Leak", 1, 2, 2, "Low"],
      ]),
    );
    expect(result.records.map((r) => r.inherentRating)).toEqual(["medium", "high", "low"]);
    const flagged = result.issues.filter((i) => i.code.endsWith("-disagrees-with-matrix")).map((i) => [i.code, i.cell, i.message]);
    expect(flagged).toEqual([
      ["rating-disagrees-with-matrix", "F2", "Inherent rating: the register says Medium, but likelihood 2 × impact 5 = 10, which the matrix rates High"],
      ["score-disagrees-with-matrix", "E3", "Inherent risk score: the register says 10, but likelihood 3 × impact 4 = 12 on the matrix"],
    ]);
  });

  it("are checked against each other when the register gives no levels", () => {
    const result = importSheet(grid([["Risk ID", "Risk", "Risk score", "Risk rating"], ["R-1", "Drift", 10, "Medium"], ["R-2", "Bias", 4, "Low"], ["R-3", "Leak", 20, "Critical"]]));
    const flagged = result.issues.filter((i) => i.code === "rating-disagrees-with-matrix");
    expect(flagged.map((i) => [i.cell, i.message])).toEqual([["D2", "Inherent rating: the register labels the score 10 Medium, but the matrix rates 10 High"]]);
  });
});
