import { describe, expect, it } from "vitest";
import type { SheetInfo, WorkbookInfo } from "../../../addin/port/workbook-port";
import { memoryStore } from "../../../addin/services/key-value-store";
import { readJournal, recordInJournal } from "../../../addin/services/workflow-journal";
import { MemoryWorkbook } from "../../../addin/port/memory-workbook";
import { nextStep, RECORD_SHEET_KINDS, REGISTER_SHEET_KIND, STEP_PANEL, workflowSteps } from "../../../addin/services/workflow-status";
import { buildPlan } from "../../../addin/setup/build-plan";
import { sharedWorkbookLayout } from "../../../addin/setup/shared-layout";
import { SHEET_LAYOUTS } from "../../../shared/layout/index";

const sheet = (name: string, crosswalkKind?: string, rowCount = 0): SheetInfo => ({
  name,
  visible: true,
  ...(crosswalkKind ? { crosswalkKind } : {}),
  tables: crosswalkKind ? [{ name: name.replace(/\s/g, ""), sheet: name, headerRow: 0, firstColumn: 0, headers: ["ID"], rowCount }] : [],
});
const book = (...sheets: SheetInfo[]): WorkbookInfo => ({ sheets });

describe("where the workbook stands", () => {
  it("starts a blank workbook at set-up, with nothing done", () => {
    const steps = workflowSteps({ workbook: book(sheet("Sheet1")), connected: false, journal: {} });
    expect(steps.map((s) => s.id)).toEqual(["setup", "records", "validate", "connect", "push", "report"]);
    expect(steps.every((s) => !s.done)).toBe(true);
    expect(nextStep(steps)?.id).toBe("setup");
  });

  it("asks for records once the sheets exist but hold none (the SoA's pre-filled rows do not count)", () => {
    const steps = workflowSteps({ workbook: book(sheet("Risk Register", "risks"), sheet("Statement of Applicability", "soa", 38)), connected: false, journal: {} });
    expect(steps[0]?.done).toBe(true);
    expect(nextStep(steps)?.id).toBe("records");
    expect(STEP_PANEL.records).toBe("import");
  });

  it("counts records in the register, inventory and assessments, then asks for a check", () => {
    const steps = workflowSteps({ workbook: book(sheet("Risk Register", "risks", 17), sheet("AI Systems", "aiSystems", 1)), connected: false, journal: {} });
    expect(steps[1]?.status).toBe("18 records in the risk register, inventory and assessments.");
    expect(nextStep(steps)?.id).toBe("validate");
  });

  it("keeps the check open while the last one found errors, and moves on when it found none", () => {
    const workbook = book(sheet("Risk Register", "risks", 3));
    const failing = workflowSteps({ workbook, connected: false, journal: { validated: { at: "t", errors: 2, warnings: 1 } } });
    expect(failing[2]).toMatchObject({ done: false, status: "2 errors to fix at the last check." });
    const passing = workflowSteps({ workbook, connected: false, journal: { validated: { at: "t", errors: 0, warnings: 1 } } });
    expect(passing[2]).toMatchObject({ done: true, status: "No errors, 1 warning at the last check." });
    expect(nextStep(passing)?.id).toBe("connect");
  });

  it("is all done once connected, pushed and the report sheet is there", () => {
    const steps = workflowSteps({
      workbook: book(sheet("Risk Register", "risks", 3), sheet("Consolidated Report", "consolidated-report")),
      connected: true,
      journal: { validated: { at: "t", errors: 0, warnings: 0 }, pushed: { at: "t", version: 4 } },
    });
    expect(steps.find((s) => s.id === "push")?.status).toBe("Version 4 pushed to the organisation.");
    expect(nextStep(steps)).toBeUndefined();
  });
});

describe("the sheet kinds it counts", () => {
  it("are the kinds set-up gives the register, inventory and assessments", async () => {
    const byImportKind = (kind: string) => SHEET_LAYOUTS.find((l) => l.kind === kind)?.id;
    expect(REGISTER_SHEET_KIND).toBe(byImportKind("risk-register"));
    expect([...RECORD_SHEET_KINDS].sort()).toEqual([byImportKind("risk-register"), byImportKind("ai-inventory"), byImportKind("impact-assessment")].sort());
  });

  it("sees a workbook just set up as set up, and its first record as a record", async () => {
    const wb = new MemoryWorkbook();
    await wb.setUpWorkbook(buildPlan(sharedWorkbookLayout()));
    const before = workflowSteps({ workbook: await wb.inspect(), connected: false, journal: {} });
    expect(before[0]?.done).toBe(true);
    expect(nextStep(before)?.id).toBe("records");
    const register = (await wb.inspect()).sheets.find((s) => s.crosswalkKind === REGISTER_SHEET_KIND)?.tables[0];
    if (!register) throw new Error("no register table");
    await wb.writeRecords({ table: register.name, columns: [register.headers[0] ?? ""], rows: [["R-1"]], mode: "append" });
    expect(workflowSteps({ workbook: await wb.inspect(), connected: false, journal: {} })[1]).toMatchObject({ done: true });
  });
});

describe("the add-in's journal of its last actions", () => {
  it("remembers entries across reads and merges updates", () => {
    const store = memoryStore();
    recordInJournal(store, { validated: { at: "a", errors: 1, warnings: 0 } });
    recordInJournal(store, { pushed: { at: "b", version: 2 } });
    expect(readJournal(store)).toEqual({ validated: { at: "a", errors: 1, warnings: 0 }, pushed: { at: "b", version: 2 } });
  });

  it("reads damaged or foreign entries as not yet done", () => {
    const store = memoryStore();
    store.set("workflow.journal", "{not json");
    expect(readJournal(store)).toEqual({});
    store.set("workflow.journal", JSON.stringify({ validated: { at: "a", errors: -1, warnings: 0 }, pushed: { version: "3" }, reportPulled: { at: "c" } }));
    expect(readJournal(store)).toEqual({ reportPulled: { at: "c" } });
  });
});
