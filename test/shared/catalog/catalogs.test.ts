import { describe, expect, it } from "vitest";
import { baselineControls, baselinesOf, SP800_53_BASELINES } from "../../../shared/catalog/sp800-53-baselines";
import { aiRmfSubcategories, catalogItem, childrenOf, iso42001AnnexAControls, itemsOf } from "../../../shared/catalog/catalogs";
import { GENAI_ACTIONS, GENAI_RISK_DETAILS, genAiActionsFor } from "../../../shared/catalog/genai-profile";
import { playbookFor } from "../../../shared/catalog/playbook";
import { catalogCounts } from "../../../shared/catalog/stats";
import { TRUSTWORTHINESS_DETAILS } from "../../../shared/catalog/trustworthiness";

describe("NIST AI RMF 1.0 catalog", () => {
  it("has 4 functions, 19 categories and 72 subcategories", () => {
    expect(catalogCounts()["ai-rmf"]).toEqual({ functions: 4, categories: 19, subcategories: 72 });
  });

  it("splits the subcategories 19/18/22/13 across Govern, Map, Measure, Manage", () => {
    const perFunction = (fn: string) => aiRmfSubcategories().filter((s) => s.ref.startsWith(`${fn} `)).length;
    expect([perFunction("GOVERN"), perFunction("MAP"), perFunction("MEASURE"), perFunction("MANAGE")]).toEqual([19, 18, 22, 13]);
  });

  it("keeps the Core statements verbatim, including the final wording where the Playbook differs", () => {
    expect(catalogItem("AIRMF:GOVERN 1.1")?.statement).toBe(
      "Legal and regulatory requirements involving AI are understood, managed, and documented.",
    );
    expect(catalogItem("AIRMF:MAP 1.1")?.statement).toContain("context-specific");
    expect(catalogItem("AIRMF:MEASURE 4.3")?.statement).toContain("context-relevant");
  });

  it("links every subcategory to its category and every category to its function", () => {
    for (const sub of aiRmfSubcategories()) {
      const category = catalogItem(sub.parent ?? "");
      expect(category?.kind, sub.id).toBe("category");
      expect(catalogItem(category?.parent ?? "")?.kind).toBe("function");
    }
    expect(childrenOf("AIRMF:GOVERN").map((c) => c.ref)).toEqual(["GOVERN 1", "GOVERN 2", "GOVERN 3", "GOVERN 4", "GOVERN 5", "GOVERN 6"]);
  });

  it("gives Playbook suggested actions and documentation prompts for every subcategory", () => {
    for (const sub of aiRmfSubcategories()) {
      const guidance = playbookFor(sub.ref);
      expect(guidance?.actions.length, sub.ref).toBeGreaterThan(0);
      expect(guidance?.documentation.length, sub.ref).toBeGreaterThan(0);
    }
    expect(playbookFor("GOVERN 1.1")?.actions[0]).toMatch(/^Maintain awareness of the applicable legal/);
    expect(playbookFor("__proto__")).toBeUndefined();
  });

  it("lists the seven trustworthiness characteristics", () => {
    expect(TRUSTWORTHINESS_DETAILS.map((c) => c.id)).toHaveLength(7);
  });
});

describe("NIST AI 600-1 generative AI profile", () => {
  it("has 12 risks and 212 suggested actions, each linked to a real subcategory and known risks", () => {
    expect(GENAI_RISK_DETAILS).toHaveLength(12);
    expect(GENAI_ACTIONS).toHaveLength(212);
    const risks = new Set(GENAI_RISK_DETAILS.map((r) => r.id));
    for (const action of GENAI_ACTIONS) {
      expect(catalogItem(`AIRMF:${action.subcategory}`)?.kind, action.id).toBe("subcategory");
      for (const r of action.risks) expect(risks.has(r), `${action.id} → ${r}`).toBe(true);
    }
  });

  it("covers 49 of the 72 subcategories, as the source does", () => {
    const covered = aiRmfSubcategories().filter((s) => genAiActionsFor(s.ref).length > 0);
    expect(covered).toHaveLength(49);
  });
});

describe("ISO/IEC 42001:2023 catalog", () => {
  it("has the 38 Annex A controls under objectives A.2–A.10", () => {
    const controls = iso42001AnnexAControls();
    expect(controls).toHaveLength(38);
    const perObjective = new Map<string, number>();
    for (const c of controls) {
      const objective = c.ref.split(".").slice(0, 2).join(".");
      perObjective.set(objective, (perObjective.get(objective) ?? 0) + 1);
    }
    expect(Object.fromEntries(perObjective)).toEqual({
      "A.2": 3, "A.3": 2, "A.4": 5, "A.5": 4, "A.6": 9, "A.7": 5, "A.8": 4, "A.9": 3, "A.10": 3,
    });
    expect(itemsOf("iso42001", "objective").map((o) => o.ref)).toEqual(
      ["A.2", "A.3", "A.4", "A.5", "A.6", "A.6.1", "A.6.2", "A.7", "A.8", "A.9", "A.10"],
    );
  });

  it("has clauses 4–10 with 6.1.1–6.1.4 added under 6.1", () => {
    expect(childrenOf("ISO42001:6.1").map((c) => [c.ref, c.title])).toEqual([
      ["6.1.1", "General"],
      ["6.1.2", "AI risk assessment"],
      ["6.1.3", "AI risk treatment"],
      ["6.1.4", "AI system impact assessment"],
    ]);
    const top = itemsOf("iso42001", "clause").filter((c) => !c.parent).map((c) => c.ref);
    expect(top).toEqual(["4", "5", "6", "7", "8", "9", "10"]);
  });
});

describe("ISO/IEC 27001:2022 catalog", () => {
  it("has the 93 Annex A controls in four themes (37/8/14/34)", () => {
    const controls = itemsOf("iso27001", "control");
    expect(controls).toHaveLength(93);
    const count = (theme: string) => controls.filter((c) => c.parent === `ISO27001:${theme}`).length;
    expect([count("A.5"), count("A.6"), count("A.7"), count("A.8")]).toEqual([37, 8, 14, 34]);
  });

  it("uses the plain titles where the outline had typos", () => {
    expect(catalogItem("ISO27001:8")?.title).toBe("Operation");
    expect(catalogItem("ISO27001:6.1.2")?.title).toBe("Information security risk assessment");
    expect(catalogItem("ISO27001:A.7.6")?.title).toBe("Working in secure areas");
    expect(catalogItem("ISO27001:6.3")?.title).toBe("Planning of changes");
  });
});

describe("NIST SP 800-53 Rev. 5 catalog", () => {
  it("holds all 1,189 controls and enhancements, each in its family", () => {
    const controls = itemsOf("sp800-53", "control");
    expect(controls).toHaveLength(1189);
    expect(itemsOf("sp800-53", "family")).toHaveLength(20);
    for (const c of controls) expect(catalogItem(c.parent ?? "")?.kind, c.id).toBe("family");
    expect(catalogItem("SP800-53:AC-2")?.title).toBe("Account Management");
    for (const id of ["SP800-53:SI-7", "SP800-53:AU-10", "SP800-53:AC-2(1)", "SP800-53:SC-7(3)"]) expect(catalogItem(id), id).toBeDefined();
  });

  it("titles an enhancement after its control, as NIST does", () => {
    expect(catalogItem("SP800-53:AC-2(1)")?.title).toBe("Account Management | Automated System Account Management");
  });

  it("uses NIST's titles where the packaged catalog differs", () => {
    expect(catalogItem("SP800-53:SC")?.title).toBe("System and Communications Protection");
    expect(catalogItem("SP800-53:IA-2")?.title).toBe("Identification and Authentication (Organizational Users)");
    expect(catalogItem("SP800-53:IA-8")?.title).toBe("Identification and Authentication (Non-organizational Users)");
    expect(catalogItem("SP800-53:IA-2(1)")?.title).toMatch(/^Identification and Authentication \(Organizational Users\) \| /);
  });

  it("marks withdrawn controls and keeps them resolvable", () => {
    expect(catalogItem("SP800-53:AC-13")?.withdrawn).toBe(true);
    expect(catalogItem("SP800-53:AC-2")?.withdrawn).toBeUndefined();
  });

  it("knows the baselines: LOW within MODERATE within HIGH, none withdrawn, PRIVACY apart", () => {
    const low = new Set(baselineControls("LOW"));
    const moderate = new Set(baselineControls("MODERATE"));
    const high = new Set(baselineControls("HIGH"));
    expect([low.size, moderate.size, high.size, baselineControls("PRIVACY").length]).toEqual([149, 287, 370, 96]);
    expect([...low].every((id) => moderate.has(id))).toBe(true);
    expect([...moderate].every((id) => high.has(id))).toBe(true);
    for (const b of SP800_53_BASELINES) for (const id of baselineControls(b)) expect(catalogItem(id)?.withdrawn, id).toBeUndefined();
    expect(baselinesOf("SP800-53:AC-2")).toEqual(["LOW", "MODERATE", "HIGH"]);
    expect(baselinesOf("SP800-53:PT-2")).toContain("PRIVACY");
    expect(baselinesOf("SP800-53:AC-2(1)")).toEqual(["MODERATE", "HIGH"]);
  });
});

describe("ISO/IEC 27001:2013 catalog", () => {
  it("has the 114 Annex A controls under their objectives, ids and short titles only", () => {
    const controls = itemsOf("iso27001-2013", "control");
    expect(controls).toHaveLength(114);
    expect(catalogItem("ISO27001-2013:A.12.4.1")?.title).toBe("Event logging");
    for (const c of controls) expect(catalogItem(c.parent ?? "")?.kind, c.id).toBe("objective");
  });
});

describe("catalog and model agree", () => {
  it("use the same ids for the trustworthiness characteristics and the AI 600-1 risks", async () => {
    const model = await import("../../../shared/model/index");
    expect(TRUSTWORTHINESS_DETAILS.map((c) => c.id)).toEqual([...model.TRUSTWORTHINESS_CHARACTERISTICS]);
    expect(GENAI_RISK_DETAILS.map((r) => r.id).sort()).toEqual([...model.GENAI_RISKS].sort());
  });
});

describe("demo data and catalog", () => {
  it("list the same 38 Annex A controls", async () => {
    const demo = await import("../../../shared/demo/annex-a");
    expect(demo.DEMO_ANNEX_A_CONTROLS.map((c) => `ISO42001:${c.id}`)).toEqual(iso42001AnnexAControls().map((c) => c.id));
  });
});
