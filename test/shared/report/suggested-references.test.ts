import { describe, expect, it } from "vitest";
import { emptySnapshot, type WorkbookSnapshot } from "../../../shared/model/snapshot";
import { buildDualConformanceReport, renderMarkdown } from "../../../shared/report/index";

function team(name: string, risks: WorkbookSnapshot["risks"]): WorkbookSnapshot {
  return { ...emptySnapshot({ team: name, name: "register" }), risks };
}

function report(snapshots: WorkbookSnapshot[]) {
  return buildDualConformanceReport({
    org: { id: "acme", name: "Acme" },
    asOf: "2026-06-30",
    workbooks: snapshots.map((snapshot) => ({ team: snapshot.workbook.team, workbook: snapshot.workbook.name, version: 1, createdAt: "2026-06-01T00:00:00Z", snapshot })),
  });
}

const row = (r: ReturnType<typeof report>, ref: string) => r.aiRmf.subcategories.find((s) => s.ref === ref)!;

describe("AI RMF coverage with suggested references", () => {
  const snapshots = [
    team("a", [
      { id: "R-1", aiRmfRefs: ["AIRMF:MAP 1.1", "AIRMF:MEASURE 2.5"], suggestions: { accepted: ["AIRMF:MEASURE 2.5"], acceptedBy: "Dana" } },
      { id: "R-2", aiRmfRefs: ["AIRMF:MEASURE 2.5"] },
      { id: "R-3", aiRmfRefs: ["AIRMF:GOVERN 6.1"], suggestions: { accepted: ["AIRMF:GOVERN 6.1"] } },
    ]),
    // A decision remembered for a reference the team has since deleted is no reference.
    team("b", [{ id: "R-9", aiRmfRefs: ["AIRMF:MAP 1.1"], suggestions: { accepted: ["AIRMF:MANAGE 4.1"] } }]),
  ];
  const r = report(snapshots);

  it("counts a record once, as typed or as suggested-and-accepted, never both", () => {
    const measure = row(r, "MEASURE 2.5").direct.find((d) => d.team === "a")!;
    expect(measure.risks).toBe(2);
    expect(measure.suggested).toBe(1);
    const map = row(r, "MAP 1.1").direct.map((d) => [d.team, d.risks, d.suggested]);
    expect(map).toEqual([["a", 1, 0], ["b", 1, 0]]);
  });

  it("marks subcategories addressed directly only through accepted suggestions, inside the direct total", () => {
    expect(row(r, "GOVERN 6.1").status).toBe("direct");
    expect(row(r, "GOVERN 6.1").directSuggestedOnly).toBe(true);
    expect(row(r, "MEASURE 2.5").directSuggestedOnly).toBe(false);
    expect(row(r, "MANAGE 4.1").status).toBe("none");
    expect(r.aiRmf.totals.direct).toBe(3);
    expect(r.aiRmf.totals.directSuggestedOnly).toBe(1);
    expect(r.aiRmf.totals.direct + r.aiRmf.totals.inferredOnly + r.aiRmf.totals.unaddressed).toBe(72);
    const teamA = r.aiRmf.teams.find((t) => t.team === "a")!;
    expect([teamA.direct, teamA.directSuggestedOnly]).toEqual([3, 1]);
  });

  it("says so in the rendered report", () => {
    const md = renderMarkdown(r);
    expect(md).toContain("1 of the directly addressed are so only through suggested references a team accepted");
    expect(md).toMatch(/GOVERN 6\.1[^\n]*\(suggested, accepted\)/);
  });
});
