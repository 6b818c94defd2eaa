import { describe, expect, it } from "vitest";
import { buildDualConformanceReport, oscalControlId, renderOscal, renderOscalJson, type OscalFinding } from "../../../../shared/report/index";
import { type OscalControl, oscalCatalog } from "../../../../shared/catalog/oscal-catalog";
import { OSCAL_SCHEMA_MISSING, oscalValidator } from "../../oscal-schema";
import { demoInput } from "../demo-input";
import { hostileSnapshots } from "./hostile";

// Patterns of the OSCAL 1.1 JSON schema's datatypes.
const UUID = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[45][0-9A-Fa-f]{3}-[89ABab][0-9A-Fa-f]{3}-[0-9A-Fa-f]{12}$/;
const TOKEN = /^(\p{L}|_)(\p{L}|\p{N}|[.\-_])*$/u;
const STRING = /^\S(.*\S)?$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

describe("renderOscal", () => {
  const report = buildDualConformanceReport(demoInput({ snapshots: hostileSnapshots() }));
  const doc = renderOscal(report);
  const ar = doc["assessment-results"];

  it("has the required assessment-results structure", () => {
    expect(Object.keys(doc)).toEqual(["assessment-results"]);
    expect(ar.uuid).toMatch(UUID);
    expect(ar.metadata).toMatchObject({ "oscal-version": "1.1.2" });
    expect(ar.metadata.title.length).toBeGreaterThan(0);
    expect(ar.metadata["last-modified"]).toMatch(DATE_TIME);
    expect(ar.metadata.version).toMatch(STRING);
    // The plan is a real resource in back-matter, not "#".
    expect(ar["import-ap"].href).toBe(`#${ar["back-matter"].resources[0]!.uuid}`);
    expect(ar.results).toHaveLength(3);
    for (const result of ar.results) {
      expect(result.uuid).toMatch(UUID);
      expect(result.start).toMatch(DATE_TIME);
      const selection = result["reviewed-controls"]["control-selections"][0]!;
      const excluded = selection["exclude-controls"]?.length ?? 0;
      expect(selection["include-controls"]).toHaveLength(38 + 72);
      // Justified exclusions are out of the result: no finding, no observation.
      expect(result.findings).toHaveLength(38 + 72 - excluded);
      expect(result.observations).toHaveLength(38 + 72 - excluded);
    }
  });

  it("uses valid, unique uuids, tokens and property values, and every finding points at an observation", () => {
    const uuids = new Set<string>();
    for (const result of ar.results) {
      const observations = new Set(result.observations!.map((o) => o.uuid));
      for (const item of [...result.observations!, ...result.findings!]) {
        expect(item.uuid).toMatch(UUID);
        expect(uuids.has(item.uuid)).toBe(false);
        uuids.add(item.uuid);
        for (const prop of item.props ?? []) {
          expect(prop.name).toMatch(TOKEN);
          expect(prop.value).toMatch(STRING);
        }
      }
      for (const finding of result.findings!) {
        expect(finding.target["target-id"]).toMatch(TOKEN);
        expect(["satisfied", "not-satisfied"]).toContain(finding.target.status.state);
        for (const related of finding["related-observations"]) expect(observations.has(related["observation-uuid"])).toBe(true);
      }
      for (const observation of result.observations!) {
        expect(observation.collected).toMatch(DATE_TIME);
        expect(observation.methods).toEqual(["EXAMINE"]);
      }
      for (const selection of result["reviewed-controls"]["control-selections"][0]!["include-controls"]) expect(selection["control-id"]).toMatch(TOKEN);
    }
  });

  it("is deterministic, and a new workbook version gives new uuids", () => {
    expect(renderOscalJson(buildDualConformanceReport(demoInput({ snapshots: hostileSnapshots() })))).toBe(renderOscalJson(report));
    const bumped = demoInput({ snapshots: hostileSnapshots() });
    const next = renderOscal(buildDualConformanceReport({ ...bumped, workbooks: bumped.workbooks.map((w, k) => (k === 0 ? { ...w, version: w.version + 1 } : w)) }));
    expect(next["assessment-results"].results[0]!.uuid).not.toBe(ar.results[0]!.uuid);
  });

  it("judges the planted SoA and profile problems as not satisfied", () => {
    const finding = (team: number, id: string): OscalFinding => {
      const f = ar.results[team]!.findings!.find((x) => x.target["target-id"] === oscalControlId(id));
      if (!f) throw new Error(`no finding for ${id}`);
      return f;
    };
    expect(finding(2, "ISO42001:A.6.2.6").target).toMatchObject({ status: { state: "not-satisfied" }, "implementation-status": { state: "implemented" } });
    expect(finding(1, "ISO42001:A.4.5").target).toMatchObject({ status: { state: "not-satisfied" }, "implementation-status": { state: "not-applicable" } });
    // A justified exclusion is not reported "satisfied": it is left out of the result.
    expect(ar.results[0]!.findings!.some((x) => x.target["target-id"] === oscalControlId("ISO42001:A.10.4"))).toBe(false);
    expect(ar.results[0]!["reviewed-controls"]["control-selections"][0]!["exclude-controls"]).toContainEqual({ "control-id": oscalControlId("ISO42001:A.10.4") });
    expect(finding(0, "ISO42001:A.2.2").target.status).toMatchObject({ state: "satisfied", reason: "pass" });
    expect(finding(2, "AIRMF:MAP 3.5").target.status.state).toBe("satisfied");
  });

  it("cites the SoA's evidence, names owners as responsible parties and dates results by the workbook versions", () => {
    const observations = ar.results.flatMap((r) => r.observations ?? []);
    expect(observations.some((o) => (o["relevant-evidence"]?.length ?? 0) > 0)).toBe(true);
    const owners = ar.metadata["responsible-parties"]?.find((p) => p["role-id"] === "control-owner")?.["party-uuids"] ?? [];
    expect(owners.length).toBeGreaterThan(0);
    const parties = new Set(ar.metadata.parties.map((p) => p.uuid));
    for (const uuid of owners) expect(parties.has(uuid)).toBe(true);
    for (const o of observations) for (const p of o.props ?? []) if (p.name === "owner-party-uuid") expect(owners).toContain(p.value);
    for (const [k, result] of ar.results.entries()) {
      expect(result.start).toBe(report.teams[k]!.createdAt);
      expect(result.end).toBe(report.teams[k]!.createdAt);
    }
  });

  it("uses control ids that resolve in the catalogs it lists in back-matter", () => {
    const ids = new Set<string>();
    const walk = (controls: readonly OscalControl[] | undefined) => {
      for (const c of controls ?? []) {
        ids.add(c.id);
        walk(c.controls);
      }
    };
    for (const framework of ["iso42001", "ai-rmf"] as const) for (const g of oscalCatalog(framework, "2026-01-01T00:00:00Z").catalog.groups) walk(g.controls);
    for (const result of ar.results) for (const c of result["reviewed-controls"]["control-selections"][0]!["include-controls"]) expect(ids.has(c["control-id"]), c["control-id"]).toBe(true);
    expect(ar["back-matter"].resources.flatMap((r) => r.rlinks ?? []).map((l) => l.href)).toEqual(["crosswalk-catalog-iso42001.oscal.json", "crosswalk-catalog-ai-rmf.oscal.json"]);
  });

  it.skipIf(OSCAL_SCHEMA_MISSING !== undefined)(`validates against the OSCAL 1.2.2 schema${OSCAL_SCHEMA_MISSING ? ` — skipped: ${OSCAL_SCHEMA_MISSING}` : ""}`, () => {
    const validate = oscalValidator();
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it("turns ids into OSCAL tokens", () => {
    expect(oscalControlId("ISO42001:A.5.2")).toBe("iso42001_a.5.2");
    expect(oscalControlId("AIRMF:GOVERN 1.1")).toBe("ai-rmf_govern-1.1");
  });
});
