import { describe, expect, it } from "vitest";
import { additionsOf, DUAL_CONFORMANCE_ACTIVITIES } from "../../../shared/catalog/activities";
import { catalogItem, iso42001AnnexAControls } from "../../../shared/catalog/catalogs";

const byId = Object.fromEntries(DUAL_CONFORMANCE_ACTIVITIES.map((a) => [a.id, a]));

describe("the six dual-conformance activities", () => {
  it("name only items that exist in the catalogs", () => {
    for (const a of DUAL_CONFORMANCE_ACTIVITIES) {
      for (const id of [...a.aiRmfSubcategories, ...a.iso42001Clauses, ...a.iso42001Controls, ...a.seed.iso42001Clauses, ...a.seed.iso42001Controls]) {
        expect(catalogItem(id), `${a.id}: ${id}`).toBeDefined();
      }
    }
  });

  it("carry the seed's pairing exactly", () => {
    const pairing = DUAL_CONFORMANCE_ACTIVITIES.map((a) => [a.id, a.seed.aiRmf, a.seed.iso42001, a.seed.aiRmfFunctions]);
    expect(pairing).toEqual([
      ["ai-policy", "Govern", "Clause 5 + Annex A policy controls", ["GOVERN"]],
      ["ai-system-inventory", "Map", "Clause 8 + Annex A lifecycle", ["MAP"]],
      ["risk-assessment", "Map + Measure", "Clause 6 + AI system impact assessment", ["MAP", "MEASURE"]],
      ["metrics-monitoring", "Measure", "Clause 9", ["MEASURE"]],
      ["risk-register-action", "Manage", "Clause 10", ["MANAGE"]],
      ["management-review", "Implicit in Govern", "Clause 9.3 required", ["GOVERN"]],
    ]);
    expect(byId["ai-policy"]?.seed.iso42001Clauses).toEqual(["ISO42001:5.1", "ISO42001:5.2", "ISO42001:5.3"]);
    expect(byId["ai-policy"]?.seed.iso42001Controls).toEqual(["ISO42001:A.2.2", "ISO42001:A.2.3", "ISO42001:A.2.4"]);
    expect(byId["ai-system-inventory"]?.seed.iso42001Controls.every((id) => id.startsWith("ISO42001:A.6."))).toBe(true);
    expect(byId["ai-system-inventory"]?.seed.iso42001Controls).toHaveLength(9);
    expect(byId["risk-assessment"]?.seed.iso42001Clauses).toEqual(expect.arrayContaining(["ISO42001:6.1.2", "ISO42001:6.1.4", "ISO42001:8.4"]));
    expect(byId["risk-assessment"]?.seed.iso42001Controls).toEqual(["ISO42001:A.5.2", "ISO42001:A.5.3", "ISO42001:A.5.4", "ISO42001:A.5.5"]);
    expect(byId["metrics-monitoring"]?.seed.iso42001Clauses).toEqual(["ISO42001:9.1"]);
    expect(byId["risk-register-action"]?.seed.iso42001Clauses).toEqual(["ISO42001:10.1", "ISO42001:10.2"]);
    expect(byId["management-review"]?.seed.iso42001Clauses).toEqual(["ISO42001:9.3.1", "ISO42001:9.3.2", "ISO42001:9.3.3"]);
  });

  it("list everything the seed names, so what remains is an addition", () => {
    for (const a of DUAL_CONFORMANCE_ACTIVITIES) {
      expect(a.aiRmfFunctions, a.id).toEqual(expect.arrayContaining([...a.seed.aiRmfFunctions]));
      expect(a.iso42001Clauses, a.id).toEqual(expect.arrayContaining([...a.seed.iso42001Clauses]));
      expect(a.iso42001Controls, a.id).toEqual(expect.arrayContaining([...a.seed.iso42001Controls]));
    }
  });

  it("mark what Crosswalk adds to the seed as additions", () => {
    const policy = additionsOf(byId["ai-policy"]!);
    expect(policy.iso42001Controls).toEqual(expect.arrayContaining(["ISO42001:A.3.2", "ISO42001:A.3.3"]));
    expect(policy.iso42001Controls).not.toContain("ISO42001:A.2.2");
    const inventory = additionsOf(byId["ai-system-inventory"]!);
    expect(inventory.aiRmfFunctions).toEqual(["GOVERN"]);
    expect(inventory.aiRmfSubcategories).toEqual(["AIRMF:GOVERN 1.6"]);
    expect(additionsOf(byId["management-review"]!).iso42001Clauses).toEqual(["ISO42001:9.2.1", "ISO42001:9.2.2"]);
  });

  it("put every Annex A control in at least one activity", () => {
    const placed = new Set(DUAL_CONFORMANCE_ACTIVITIES.flatMap((a) => a.iso42001Controls));
    expect(iso42001AnnexAControls().map((c) => c.id).filter((id) => !placed.has(id))).toEqual([]);
    expect(placed.has("ISO42001:A.6.1.2") && placed.has("ISO42001:A.6.1.3")).toBe(true);
  });
});
