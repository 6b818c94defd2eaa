import { describe, expect, it } from "vitest";
import { DUAL_CONFORMANCE_ACTIVITIES } from "../../../shared/catalog/activities";
import { catalogItem } from "../../../shared/catalog/catalogs";

describe("the six dual-conformance activities", () => {
  it("name only items that exist in the catalogs", () => {
    for (const a of DUAL_CONFORMANCE_ACTIVITIES) {
      for (const id of [...a.aiRmfSubcategories, ...a.iso42001Clauses, ...a.iso42001Controls]) {
        expect(catalogItem(id), `${a.id}: ${id}`).toBeDefined();
      }
    }
  });

  it("tie Govern to clause 5, Measure to 9.1, Manage to 10 and management review to 9.3", () => {
    const byId = Object.fromEntries(DUAL_CONFORMANCE_ACTIVITIES.map((a) => [a.id, a]));
    expect(byId["ai-policy"]?.iso42001Clauses).toContain("ISO42001:5.2");
    expect(byId["metrics-monitoring"]?.iso42001Clauses).toContain("ISO42001:9.1");
    expect(byId["risk-register-action"]?.iso42001Clauses).toEqual(expect.arrayContaining(["ISO42001:10.2"]));
    expect(byId["management-review"]?.iso42001Clauses).toEqual(expect.arrayContaining(["ISO42001:9.3.1", "ISO42001:9.3.2", "ISO42001:9.3.3"]));
    expect(byId["risk-assessment"]?.iso42001Clauses).toEqual(expect.arrayContaining(["ISO42001:6.1.2", "ISO42001:6.1.4"]));
    expect(byId["risk-assessment"]?.aiRmfFunctions).toEqual(expect.arrayContaining(["MAP", "MEASURE"]));
  });
});
