import { describe, expect, it } from "vitest";
import { asideName, planSetup } from "../../../addin/port/setup-actions";
import type { WorkbookInfo } from "../../../addin/port/workbook-port";
import { testPlan } from "./plan-fixture";

const empty: WorkbookInfo = { sheets: [] };

describe("planSetup", () => {
  it("creates lists first, then every sheet, on an empty workbook", () => {
    const { actions, listSources } = planSetup(empty, testPlan, new Map());
    expect(actions.map((a) => a.type)).toEqual(["lists", "create", "create", "create"]);
    expect(listSources.get("Rating")).toBe("='Crosswalk Lists'!$B$2:$B$4");
  });

  it("skips a sheet whose planned table name is taken by a table elsewhere", () => {
    const info: WorkbookInfo = {
      sheets: [{ name: "Mine", visible: true, tables: [{ name: "SoA", sheet: "Mine", headerRow: 0, firstColumn: 0, headers: ["x"], rowCount: 3 }] }],
    };
    const { outcomes } = planSetup(info, testPlan, new Map());
    expect(outcomes.find((o) => o.sheet === "Statement of Applicability")).toMatchObject({ outcome: "skipped" });
  });

  it("matches pre-filled keys regardless of case and surrounding spaces", () => {
    const soa = testPlan.sheets[1];
    if (!soa) throw new Error("fixture");
    const info: WorkbookInfo = {
      sheets: [{ name: soa.name, visible: true, crosswalkKind: "soa", tables: [{ name: "SoA", sheet: soa.name, headerRow: 0, firstColumn: 0, headers: ["Control", "Title", "Applicable"], rowCount: 2 }] }],
    };
    const { actions } = planSetup(info, testPlan, new Map([["soa", new Set(["a.2.2", "a.10.1.1"])]]));
    const complete = actions.find((a) => a.type === "complete");
    expect(complete?.type === "complete" && complete.addRows.map((r) => r[0])).toEqual(["A.2.3"]);
  });

  it("moves a user's sheet aside under a free name within 31 characters", () => {
    const taken = new Set(["statement of applicability (ol"]);
    expect(asideName("Statement of Applicability", new Set())).toBe("Statement of Applicabilit (old)");
    expect(asideName("Risk Register", new Set(["risk register (old)"]))).toBe("Risk Register (old 2)");
    expect(taken.size).toBe(1);
  });
});
