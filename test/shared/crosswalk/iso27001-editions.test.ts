import { describe, expect, it } from "vitest";
import { catalogItem } from "../../../shared/catalog/catalogs";
import { defaultCrosswalk } from "../../../shared/crosswalk/default-graph";
import { iso27001SuccessorsOf } from "../../../shared/crosswalk/iso27001-editions";
import type { NamespacedId } from "../../../shared/catalog/framework";

describe("ISO/IEC 27001:2013 → 2022 correspondence", () => {
  it("answers a 2013 control with its 2022 control and the relationship", () => {
    expect(iso27001SuccessorsOf("ISO27001-2013:A.12.4.1").map((s) => [s.id, s.relationship])).toEqual([["ISO27001:A.8.15", "subset"]]);
    expect(iso27001SuccessorsOf("A.12.4.1")[0]?.title).toBe("Logging");
  });

  it("places the controls the packaged correspondence leaves out", () => {
    expect(iso27001SuccessorsOf("A.6.1.3").map((s) => [s.id, s.relationship])).toEqual([["ISO27001:A.5.5", "equal"]]);
    expect(iso27001SuccessorsOf("A.14.2.4").map((s) => [s.id, s.relationship])).toEqual([["ISO27001:A.8.32", "subset"]]);
  });

  it("gives nothing for an id the correspondence does not list", () => {
    expect(iso27001SuccessorsOf("A.99.1.1")).toEqual([]);
  });

  it("resolves every 2013 Annex A control to at least one 2022 item in the catalog", () => {
    const edges = defaultCrosswalk().edges.filter((e) => e.source === "iso27001-2013-to-2022" || e.source === "crosswalk-iso27001-2013-to-2022-supplement");
    expect(edges).toHaveLength(134 + 9);
    for (const e of edges.filter((x) => x.source.startsWith("crosswalk-"))) expect(e.rationale, e.from).toBeTruthy();
    for (const e of edges) {
      expect(catalogItem(e.from), e.from).toBeDefined();
      expect(catalogItem(e.to), e.to).toBeDefined();
    }
    const mapped = new Set(edges.map((e) => e.from));
    const controls = [...mapped].filter((id) => catalogItem(id)?.kind === "control");
    expect(controls.length).toBe(114);
  });

  it("is part of the shipped crosswalk, so lookups from 2013 ids reach 2022 and beyond", () => {
    const direct = defaultCrosswalk().lookup("ISO27001-2013:A.12.4.1" as NamespacedId, { to: "iso27001" });
    expect(direct.map((t) => t.id)).toEqual(["ISO27001:A.8.15"]);
  });
});
