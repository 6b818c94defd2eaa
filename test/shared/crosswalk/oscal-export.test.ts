import { describe, expect, it } from "vitest";
import { catalogItem, itemsOf } from "../../../shared/catalog/catalogs";
import { FRAMEWORKS, type FrameworkId } from "../../../shared/catalog/framework";
import { type OscalControl, oscalCatalog, oscalId } from "../../../shared/catalog/oscal-catalog";
import { defaultCrosswalk } from "../../../shared/crosswalk/default-graph";
import { OSCAL_RELATIONSHIPS, oscalMappingCollection, oscalRelationship } from "../../../shared/crosswalk/oscal-mapping";
import { RELATIONSHIPS } from "../../../shared/crosswalk/relationship";
import { OSCAL_SCHEMA_MISSING, oscalValidator } from "../oscal-schema";

const NOW = "2026-12-03T06:00:00Z";
const UUID = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[45][0-9A-Fa-f]{3}-[89ABab][0-9A-Fa-f]{3}-[0-9A-Fa-f]{12}$/;
const TOKEN = /^(\p{L}|_)(\p{L}|\p{N}|[.\-_])*$/u;

function controlIds(controls: readonly OscalControl[] | undefined, out = new Set<string>()): Set<string> {
  for (const c of controls ?? []) {
    out.add(c.id);
    controlIds(c.controls, out);
  }
  return out;
}

function catalogIds(framework: FrameworkId): Set<string> {
  const ids = new Set<string>();
  for (const g of oscalCatalog(framework, NOW).catalog.groups) {
    ids.add(g.id);
    controlIds(g.controls, ids);
  }
  return ids;
}

describe("the crosswalk as an OSCAL mapping-collection", () => {
  const whole = oscalMappingCollection(defaultCrosswalk(), { lastModified: NOW })["mapping-collection"];

  it("has one map per edge, one mapping per source with its provenance", () => {
    expect(whole.mappings.flatMap((m) => m.maps)).toHaveLength(defaultCrosswalk().edges.length);
    expect(whole.mappings.map((m) => m.props.find((p) => p.name === "source-id")?.value).sort()).toEqual([...defaultCrosswalk().sources.keys()].sort());
    const authored = whole.mappings.find((m) => m.props.some((p) => p.value === "crosswalk-iso42001-iso27001"));
    expect(authored?.props).toContainEqual(expect.objectContaining({ name: "authored-here", value: "true" }));
    for (const m of whole.mappings) {
      expect(m.uuid).toMatch(UUID);
      expect(["human", "automation", "hybrid"]).toContain(m.method);
      for (const map of m.maps) expect(map.uuid).toMatch(UUID);
    }
  });

  it("uses only OSCAL's relationship tokens, except Crosswalk's namespaced related", () => {
    for (const map of whole.mappings.flatMap((m) => m.maps)) {
      if (map.ns === undefined) expect(OSCAL_RELATIONSHIPS as readonly string[]).toContain(map.relationship);
      else expect([map.ns, map.relationship]).toEqual(["https://crosswalk.dev/ns/oscal", "related"]);
    }
    expect(RELATIONSHIPS.map((r) => oscalRelationship(r).relationship)).toEqual(["equal-to", "subset-of", "superset-of", "intersects-with", "related"]);
  });

  it("turns edges round for --from/--to, inverting subset and superset", () => {
    const back = oscalMappingCollection(defaultCrosswalk(), { from: "iso27001", to: "iso42001", lastModified: NOW })["mapping-collection"];
    const maps = back.mappings.flatMap((m) => m.maps);
    const scope = maps.find((m) => m.sources[0]?.["id-ref"] === "iso27001_4.3" && m.targets[0]?.["id-ref"] === "iso42001_4.3");
    expect(scope?.relationship).toBe("superset-of");
    expect(back.mappings.every((m) => m["source-resource"].href.includes("iso27001") && m["target-resource"].href.includes("iso42001"))).toBe(true);
  });

  it("refers only to ids that resolve in the exported catalogs (SP 800-53 in NIST's id form)", () => {
    const known = new Map(FRAMEWORKS.map((f) => [f, catalogIds(f)]));
    for (const m of whole.mappings) {
      const framework = (href: string) => FRAMEWORKS.find((f) => href === `crosswalk-catalog-${f}.oscal.json`) ?? "sp800-53";
      const from = known.get(framework(m["source-resource"].href))!;
      const to = known.get(framework(m["target-resource"].href))!;
      for (const map of m.maps) {
        expect(from.has(map.sources[0]!["id-ref"]), map.sources[0]!["id-ref"]).toBe(true);
        expect(to.has(map.targets[0]!["id-ref"]), map.targets[0]!["id-ref"]).toBe(true);
      }
    }
    expect(oscalId("SP800-53:AC-2(1)")).toBe("ac-2.1");
  });

  it.skipIf(OSCAL_SCHEMA_MISSING !== undefined)(`validates against the OSCAL 1.2.2 schema${OSCAL_SCHEMA_MISSING ? ` — skipped: ${OSCAL_SCHEMA_MISSING}` : ""}`, () => {
    const validate = oscalValidator();
    for (const doc of [oscalMappingCollection(defaultCrosswalk(), { lastModified: NOW }), oscalMappingCollection(defaultCrosswalk(), { from: "ai-rmf", to: "iso42001", lastModified: NOW })]) {
      expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    }
  });
});

describe("frameworks as OSCAL catalogs", () => {
  it("carry AI RMF statements verbatim and every subcategory", () => {
    const catalog = oscalCatalog("ai-rmf", NOW).catalog;
    expect(catalog.groups.map((g) => g.id)).toEqual(["ai-rmf_govern", "ai-rmf_map", "ai-rmf_measure", "ai-rmf_manage"]);
    const all = catalog.groups.flatMap((g) => g.controls ?? []).flatMap((c) => [c, ...(c.controls ?? [])]);
    const gv11 = all.find((c) => c.id === "ai-rmf_govern-1.1");
    expect(gv11?.parts?.[0]?.prose).toBe(catalogItem("AIRMF:GOVERN 1.1")?.statement);
    expect(all.filter((c) => c.class === "subcategory")).toHaveLength(72);
  });

  it("give ISO items ids and short titles only, and hold every item", () => {
    for (const framework of ["iso42001", "iso27001", "iso27001-2013"] as const) {
      const ids = catalogIds(framework);
      expect(ids.size, framework).toBe(itemsOf(framework).length);
      const text = JSON.stringify(oscalCatalog(framework, NOW));
      expect(text).not.toMatch(/"prose"/);
    }
  });

  it("use valid tokens and a UUID", () => {
    for (const framework of FRAMEWORKS) {
      const catalog = oscalCatalog(framework, NOW).catalog;
      expect(catalog.uuid).toMatch(UUID);
      for (const id of catalogIds(framework)) expect(id, framework).toMatch(TOKEN);
    }
  });

  it.skipIf(OSCAL_SCHEMA_MISSING !== undefined)(`validate against the OSCAL 1.2.2 schema${OSCAL_SCHEMA_MISSING ? ` — skipped: ${OSCAL_SCHEMA_MISSING}` : ""}`, () => {
    const validate = oscalValidator();
    for (const framework of FRAMEWORKS) expect(validate(oscalCatalog(framework, NOW)), `${framework}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
  });
});
