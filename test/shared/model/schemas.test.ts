import { describe, expect, it } from "vitest";
import {
  AiRmfRef,
  AiSystem,
  ControlRef,
  Extra,
  ImpactAssessment,
  Iso42001Ref,
  IsoDate,
  isIsoDate,
  ManagementSystem,
  ProfileEntry,
  profileLevelOf,
  RecordId,
  Risk,
  SoaEntry,
  Text,
  WorkbookMeta,
} from "../../../shared/model/index";
import { demoSnapshots } from "../../../shared/demo/index";

describe("record schemas", () => {
  it("accept every record of the demo workbooks", () => {
    for (const snapshot of demoSnapshots()) {
      expect(WorkbookMeta.safeParse(snapshot.workbook).success).toBe(true);
      for (const record of snapshot.aiSystems) expect(AiSystem.parse(record)).toEqual(record);
      for (const record of snapshot.risks) expect(Risk.parse(record)).toEqual(record);
      for (const record of snapshot.soa) expect(SoaEntry.parse(record)).toEqual(record);
      for (const record of snapshot.impactAssessments) expect(ImpactAssessment.parse(record)).toEqual(record);
      for (const record of snapshot.profile) expect(ProfileEntry.parse(record)).toEqual(record);
      expect(ManagementSystem.parse(snapshot.managementSystem)).toEqual(snapshot.managementSystem);
    }
  });

  it("need only the key field, because real sheets leave most columns empty", () => {
    expect(Risk.safeParse({ id: "R-1" }).success).toBe(true);
    expect(AiSystem.safeParse({ id: "S-1" }).success).toBe(true);
    expect(SoaEntry.safeParse({ controlId: "ISO42001:A.2.2" }).success).toBe(true);
    expect(ProfileEntry.safeParse({ subcategory: "AIRMF:GOVERN 1.1" }).success).toBe(true);
    expect(Risk.safeParse({ title: "no id" }).success).toBe(false);
    expect(SoaEntry.safeParse({ title: "no control" }).success).toBe(false);
  });

  it("refuse blank text so an empty cell is always an absent field", () => {
    expect(Text.safeParse("   ").success).toBe(false);
    expect(Risk.safeParse({ id: "R-1", owner: "" }).success).toBe(false);
    expect(Text.safeParse("Ana").success).toBe(true);
  });

  it("refuse text over Excel's 32,767-character cell limit", () => {
    expect(Text.safeParse("x".repeat(32_767)).success).toBe(true);
    expect(Text.safeParse("x".repeat(32_768)).success).toBe(false);
  });

  it("refuse ids with surrounding whitespace or over 256 characters", () => {
    expect(RecordId.safeParse(" R-1").success).toBe(false);
    expect(RecordId.safeParse("").success).toBe(false);
    expect(RecordId.safeParse("R".repeat(257)).success).toBe(false);
    expect(RecordId.safeParse("R 1").success).toBe(true);
  });
});

describe("dates", () => {
  it("are calendar dates written YYYY-MM-DD", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2025-02-29")).toBe(false);
    expect(isIsoDate("1900-02-29")).toBe(false);
    expect(isIsoDate("2000-02-29")).toBe(true);
    expect(isIsoDate("2025-04-31")).toBe(false);
    expect(isIsoDate("2025-13-01")).toBe(false);
    expect(isIsoDate("2025-1-5")).toBe(false);
    expect(isIsoDate("2025-01-05T00:00:00Z")).toBe(false);
    expect(IsoDate.safeParse("2025-12-31").success).toBe(true);
  });
});

describe("framework references", () => {
  it("must carry their own framework's prefix", () => {
    expect(AiRmfRef.safeParse("AIRMF:GOVERN 1.1").success).toBe(true);
    expect(AiRmfRef.safeParse("GOVERN 1.1").success).toBe(false);
    expect(AiRmfRef.safeParse("ISO42001:A.5.2").success).toBe(false);
    expect(Iso42001Ref.safeParse("ISO42001:A.5.2").success).toBe(true);
    expect(Iso42001Ref.safeParse("ISO42001:").success).toBe(false);
    expect(Iso42001Ref.safeParse("ISO42001: A.5.2").success).toBe(false);
  });

  it("are checked for shape only, so a mistyped id is kept for validation to report", () => {
    expect(AiRmfRef.safeParse("AIRMF:MEASURE 2.14").success).toBe(true);
  });

  it("let an SoA row name any framework's control or the organisation's own", () => {
    expect(ControlRef.safeParse("ISO42001:A.5.2").success).toBe(true);
    expect(ControlRef.safeParse("ISO27001:A.8.1").success).toBe(true);
    expect(ControlRef.safeParse("ORG:AI-07").success).toBe(true);
    expect(ControlRef.safeParse("A.5.2").success).toBe(false);
    expect(ControlRef.safeParse("org:AI-07").success).toBe(false);
  });

  it("are refused in the wrong list field", () => {
    const result = Risk.safeParse({ id: "R-1", iso27001Refs: ["ISO42001:A.5.2"] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["iso27001Refs", 0]);
  });
});

describe("extra fields", () => {
  it("hold only flat cell values and never a __proto__ key", () => {
    expect(Extra.safeParse({ Colour: "red", Score: 12, Flag: true, Empty: null }).success).toBe(true);
    expect(Extra.safeParse({ nested: { a: 1 } }).success).toBe(false);
    const parsed = Extra.parse(JSON.parse('{"__proto__": "x", "ok": 1}'));
    expect(Object.keys(parsed)).toEqual(["ok"]);
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
  });
});

describe("profile levels", () => {
  it("read numbers, names and labels of the 0–4 scale", () => {
    expect(profileLevelOf(3)).toBe(3);
    expect(profileLevelOf(" 2 ")).toBe(2);
    expect(profileLevelOf("Defined")).toBe(3);
    expect(profileLevelOf("not in place")).toBe(0);
    expect(profileLevelOf("managed")).toBe(4);
    expect(profileLevelOf(5)).toBeUndefined();
    expect(profileLevelOf(2.5)).toBeUndefined();
    expect(profileLevelOf("excellent")).toBeUndefined();
  });
});
