import { describe, expect, it } from "vitest";
import {
  addDays,
  DEMO_AI_RMF_SUBCATEGORIES,
  createPrng,
  DEMO_AS_OF,
  DEMO_PROBLEMS,
  demoHistory,
  demoSnapshots,
  DEMO_ANNEX_A_CONTROLS,
  syntheticSnapshot,
} from "../../../shared/demo/index";
import { countRecords } from "../../../shared/diff/index";
import { collectionRecords, parseSnapshot, recordKey, restoreSnapshot, type WorkbookSnapshot } from "../../../shared/model/index";
import { isOnMatrix, MATRIX_4X4, rate } from "../../../shared/scoring/index";

const ANNEX_A_IDS = new Set(DEMO_ANNEX_A_CONTROLS.map((control) => `ISO42001:${control.id}`));
const SUBCATEGORIES = new Set(DEMO_AI_RMF_SUBCATEGORIES.map((id) => `AIRMF:${id}`));
const byTeam = (team: string) => demoSnapshots().find((snapshot) => snapshot.workbook.team === team)!;

describe("demoSnapshots", () => {
  it("gives three valid team workbooks with different matrices", () => {
    const snapshots = demoSnapshots();
    expect(snapshots.map((snapshot) => snapshot.workbook.team)).toEqual(["credit-risk", "customer-service", "people"]);
    expect(snapshots.map((snapshot) => `${snapshot.matrix.likelihood.levels.length}x${snapshot.matrix.impact.levels.length}`)).toEqual(["5x5", "3x3", "4x4"]);
    for (const snapshot of snapshots) {
      expect(parseSnapshot(snapshot).success).toBe(true);
      expect(snapshot.workbook.org).toBe("Northwind Financial");
      expect(snapshot.risks.length).toBeGreaterThanOrEqual(10);
      expect(snapshot.risks.length).toBeLessThanOrEqual(20);
    }
  });

  it("is deterministic: the same options give the same data", () => {
    expect(demoSnapshots()).toEqual(demoSnapshots());
    expect(demoSnapshots({ asOf: "2027-01-15", random: createPrng(7) })).toEqual(demoSnapshots({ asOf: "2027-01-15", random: createPrng(7) }));
    expect(demoSnapshots({ random: createPrng(7) })).not.toEqual(demoSnapshots());
  });

  it("moves every date with the as-of date", () => {
    const now = demoSnapshots();
    const later = demoSnapshots({ asOf: addDays(DEMO_AS_OF, 100) });
    const dates = (snapshots: WorkbookSnapshot[]) => JSON.stringify(snapshots).match(/\d{4}-\d{2}-\d{2}/g) ?? [];
    const before = dates(now);
    const after = dates(later);
    expect(after).toHaveLength(before.length);
    after.forEach((date, index) => expect(date).toBe(addDays(before[index]!, 100)));
  });

  it("refuses an as-of date that is not YYYY-MM-DD", () => {
    expect(() => demoSnapshots({ asOf: "30/09/2026" })).toThrow(RangeError);
  });

  it("has an SoA row for each of the 38 Annex A controls in every team", () => {
    for (const snapshot of demoSnapshots()) {
      expect(snapshot.soa.map((row) => row.controlId)).toEqual([...ANNEX_A_IDS]);
      const statuses = new Set(snapshot.soa.map((row) => row.status ?? "excluded"));
      expect(statuses.size).toBeGreaterThanOrEqual(3);
      expect(snapshot.soa.some((row) => row.applicable === false)).toBe(true);
    }
  });

  it("profiles part of the 72 AI RMF subcategories with levels on the 0–4 scale", () => {
    for (const snapshot of demoSnapshots()) {
      expect(snapshot.profile.length).toBeGreaterThan(10);
      expect(snapshot.profile.length).toBeLessThan(72);
      for (const row of snapshot.profile) {
        expect(SUBCATEGORIES.has(row.subcategory)).toBe(true);
        if (row.current !== undefined && row.target !== undefined && row.current < row.target) {
          expect(row.gapAction).toBeDefined();
          expect(row.dueDate).toBeDefined();
        }
      }
    }
  });

  it("keys every collection uniquely", () => {
    for (const snapshot of demoSnapshots()) {
      for (const name of Object.keys(countRecords(snapshot)) as (keyof ReturnType<typeof countRecords>)[]) {
        const keys = collectionRecords(snapshot, name).map((record) => recordKey(name, record as never));
        expect(new Set(keys).size).toBe(keys.length);
      }
    }
  });

  it("refers only to real AI RMF subcategories and ISO 42001 controls, except the planted mistake", () => {
    const clauses = /^ISO42001:(4|5|6|7|8|9|10)(\.\d+){0,2}$/;
    const wrong: string[] = [];
    for (const snapshot of demoSnapshots()) {
      for (const risk of snapshot.risks) {
        for (const ref of risk.aiRmfRefs ?? []) if (!SUBCATEGORIES.has(ref)) wrong.push(`${risk.id} ${ref}`);
        for (const ref of risk.iso42001Refs ?? []) if (!ANNEX_A_IDS.has(ref) && !clauses.test(ref)) wrong.push(`${risk.id} ${ref}`);
      }
    }
    expect(wrong).toEqual(["CR-R03 AIRMF:MEASURE 2.14"]);
  });

  it("names in its risks only AI systems of the inventory, except the planted unknown one", () => {
    const unknown = demoSnapshots().flatMap((snapshot) => {
      const systems = new Set(snapshot.aiSystems.map((system) => system.id));
      return snapshot.risks.filter((risk) => risk.aiSystem !== undefined && !systems.has(risk.aiSystem)).map((risk) => `${risk.id} ${risk.aiSystem}`);
    });
    expect(unknown).toEqual(["PE-R09 AIS-PE-07"]);
  });

  it("rates all but the planted off-matrix level on each team's own matrix", () => {
    const off = demoSnapshots().flatMap((snapshot) =>
      snapshot.risks
        .filter((risk) => !isOnMatrix(snapshot.matrix, risk.inherentLikelihood ?? 1, risk.inherentImpact ?? 1) || !isOnMatrix(snapshot.matrix, risk.residualLikelihood ?? 1, risk.residualImpact ?? 1))
        .map((risk) => risk.id),
    );
    expect(off).toEqual(["CS-R12"]);
    const people = byTeam("people");
    expect(people.matrix.bands).toEqual(MATRIX_4X4.bands);
    expect(rate(people.matrix, 3, 4)?.band?.label).toBe("Critical");
  });
});

describe("DEMO_PROBLEMS", () => {
  it("names records that exist", () => {
    for (const problem of DEMO_PROBLEMS) {
      const snapshot = byTeam(problem.team);
      const keys = collectionRecords(snapshot, problem.collection).map((record) => recordKey(problem.collection, record as never));
      expect(keys, `${problem.team} ${problem.id}`).toContain(problem.id);
    }
  });

  it("holds each planted flaw as described", () => {
    const asOf = DEMO_AS_OF;
    const risk = (team: string, id: string) => byTeam(team).risks.find((r) => r.id === id)!;
    expect(risk("credit-risk", "CR-R07").reviewDate! < asOf).toBe(true);
    const r11 = risk("credit-risk", "CR-R11");
    expect(rate(byTeam("credit-risk").matrix, r11.residualLikelihood!, r11.residualImpact!)!.score).toBeGreaterThan(
      rate(byTeam("credit-risk").matrix, r11.inherentLikelihood!, r11.inherentImpact!)!.score,
    );
    expect(risk("customer-service", "CS-R05").owner).toBeUndefined();
    expect(risk("customer-service", "CS-R06").actions?.some((a) => a.status !== "done" && a.dueDate! < asOf)).toBe(true);
    const pe04 = risk("people", "PE-R04");
    expect(pe04.treatment).toBe("accept");
    expect(pe04.acceptance?.approver).toBeUndefined();
    const excluded = byTeam("customer-service").soa.find((row) => row.controlId === "ISO42001:A.4.5")!;
    expect([excluded.applicable, excluded.justification]).toEqual([false, undefined]);
    const unevidenced = byTeam("people").soa.find((row) => row.controlId === "ISO42001:A.6.2.6")!;
    expect([unevidenced.status, unevidenced.evidence]).toEqual(["implemented", undefined]);
    expect(byTeam("people").profile.find((row) => row.subcategory === "AIRMF:MAP 3.5")).toMatchObject({ current: 3, target: 2 });
    expect(byTeam("people").impactAssessments.some((ia) => ia.aiSystem === "AIS-PE-03")).toBe(false);
    expect(byTeam("people").managementSystem.nonconformities[0]!.dueDate! < asOf).toBe(true);
  });

  it("are the only flaws of their kind: no other risk lacks an owner or an acceptance approver", () => {
    const ownerless = demoSnapshots().flatMap((s) => s.risks.filter((r) => r.owner === undefined).map((r) => r.id));
    expect(ownerless).toEqual(["CS-R05"]);
    const unapproved = demoSnapshots().flatMap((s) => s.risks.filter((r) => r.treatment === "accept" && !r.acceptance?.approver).map((r) => r.id));
    expect(unapproved).toEqual(["PE-R04"]);
  });
});

describe("demoHistory", () => {
  it("gives three valid versions per workbook, oldest first, ending with the current one", () => {
    const history = demoHistory();
    const current = demoSnapshots();
    expect(history.map((entry) => entry.team)).toEqual(current.map((snapshot) => snapshot.workbook.team));
    history.forEach((entry, index) => {
      expect(entry.versions).toHaveLength(3);
      for (const version of entry.versions) expect(parseSnapshot(version).success).toBe(true);
      expect(entry.versions[2]).toEqual(current[index]);
      expect(entry.versions[0]!.workbook.asOf! < entry.versions[1]!.workbook.asOf!).toBe(true);
      expect(entry.versions[0]!.risks.length).toBeLessThan(entry.versions[2]!.risks.length);
    });
  });
});

describe("syntheticSnapshot", () => {
  it("gives a valid snapshot of the requested size, the same for the same seed", () => {
    const a = syntheticSnapshot({ team: "load", risks: 500, random: createPrng(1) });
    const b = syntheticSnapshot({ team: "load", risks: 500, random: createPrng(1) });
    expect(a).toEqual(b);
    expect(a.risks).toHaveLength(500);
    expect(a.profile).toHaveLength(72);
    expect(a.soa).toHaveLength(38);
    expect(parseSnapshot(a).success).toBe(true);
    expect(restoreSnapshot(JSON.parse(JSON.stringify(a))).issues).toEqual([]);
    expect(syntheticSnapshot({ team: "load", risks: 500, random: createPrng(2) })).not.toEqual(a);
  });
});
