import { describe, expect, it } from "vitest";
import { importSheet } from "../../../shared/import/import-sheet";
import { AI_RMF_CATALOGUE, AI_RMF_PROFILE_TRANSPOSED, INCIDENT_DATABASE, SELF_ASSESSMENT } from "../../fixtures/import/workbooks";
import { grid } from "./grids";

const only = (book: { sheets: readonly unknown[] }) => book.sheets[0] as Parameters<typeof importSheet>[0];

describe("sheets that are not registers", () => {
  it("declines a control self-assessment, saying what it is and what Crosswalk imports", () => {
    const result = importSheet(only(SELF_ASSESSMENT));
    expect(result.kind).toBe("unknown");
    expect(result.records).toEqual([]);
    expect(result.issues[0]).toMatchObject({ code: "sheet-not-a-register", severity: "error", cell: "A2" });
    expect(result.explanation).toContain(
      "looks like a control self-assessment, not a register; Crosswalk imports risk registers, SoAs, AI inventories, impact assessments and AI RMF profiles",
    );
  });

  it("declines an incident database and a framework catalogue with nothing assessed", () => {
    expect(importSheet(only(INCIDENT_DATABASE)).declined?.what).toBe("incident-database");
    expect(importSheet(only(AI_RMF_CATALOGUE)).declined?.what).toBe("framework-catalogue");
  });

  it("reads a declined sheet anyway when a kind is asked for", () => {
    const result = importSheet(only(SELF_ASSESSMENT), { kind: "soa" });
    expect(result.kind).toBe("soa");
    expect(result.declined).toBeUndefined();
  });

  it("does not decline a risk register that mentions incidents and scores", () => {
    const register = grid([
      ["Risk ID", "Risk title", "Related incident", "Likelihood", "Impact", "Score", "Owner"],
      ["R-1", "Drift", "INC-4", 3, 4, 12, "Ann"],
      ["R-2", "Bias", "", 2, 5, 10, "Bo"],
    ]);
    expect(importSheet(register)).toMatchObject({ kind: "risk-register", stats: { records: 2 } });
  });

  it("does not decline an SoA or a control list that carries a maturity column", () => {
    const soa = grid([
      ["Control ID", "Control", "Justification", "Maturity level"],
      ["A.2.2", "AI policy", "Core", 3],
      ["A.2.3", "Alignment", "IMS", 2],
      ["A.2.4", "Review", "Annual", 1],
    ]);
    expect(importSheet(soa)).toMatchObject({ kind: "soa", stats: { records: 3 } });
  });
});

describe("profiles laid out across", () => {
  it("reads one record per column and names the cells as the sheet shows them", () => {
    const sheet = only(AI_RMF_PROFILE_TRANSPOSED);
    const result = importSheet(sheet);
    expect(result.kind).toBe("ai-rmf-profile");
    expect(result.records[0]).toEqual({ sourceRow: 2, subcategory: "AIRMF:GOVERN 1.1", current: 1, target: 3, owner: "CISO" });
    expect(result.issues[0]).toMatchObject({ code: "sheet-transposed", cell: "A1" });
  });

  it("points an unreadable value at its own cell", () => {
    const base = only(AI_RMF_PROFILE_TRANSPOSED);
    const values = base.values.map((row) => [...row]);
    (values[2] as unknown[])[3] = "very high"; // Target of GOVERN 1.3, cell D3
    const result = importSheet({ ...base, values });
    expect(result.issues.find((i) => i.code === "profile-level-unknown")?.cell).toBe("D3");
  });
});

describe("legends of rating scales", () => {
  it("declines a scale sheet but imports a register whose risk column has an unusual name", () => {
    const legend = grid([["Level", "Likelihood", "Impact"], [1, "Rare", "Minor"], [2, "Possible", "Moderate"], [3, "Likely", "Major"]]);
    expect(importSheet(legend).declined?.what).toBe("rating-legend");
    const hazards = grid([
      ["Hazard", "Likelihood", "Impact"],
      ["Drift", 3, 4], ["Bias", 2, 5], ["Leak", 3, 4], ["Outage", 2, 2], ["Misuse", 3, 3],
      ["Fraud", 4, 4], ["Spoofing", 2, 3], ["Lock-in", 3, 2], ["Shadow AI", 4, 3], ["Poisoning", 1, 5],
      ["Inversion", 1, 4], ["Jailbreak", 4, 3], ["Toxicity", 3, 3],
    ]);
    expect(importSheet(hazards)).toMatchObject({ kind: "risk-register", stats: { records: 13 } });
  });
});
