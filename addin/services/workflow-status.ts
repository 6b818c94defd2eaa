/**
 * Where the workbook stands in Crosswalk's workflow (set up → records → validated → connected →
 * pushed → report pulled) and what to do next: the first-run path of the pane's Start view. Pure:
 * the pane gathers the facts (an inspection of the workbook, the API settings, the add-in's
 * journal of its last validate, push and pull) and this decides what they mean.
 */
import type { WorkbookInfo } from "../port/workbook-port";

export type WorkflowStepId = "setup" | "records" | "validate" | "connect" | "push" | "report";

/** The panel that does a step. */
export const STEP_PANEL: Readonly<Record<WorkflowStepId, string>> = {
  setup: "setup",
  records: "import",
  validate: "validate",
  connect: "settings",
  push: "push",
  report: "report",
};

export interface WorkflowStep {
  readonly id: WorkflowStepId;
  readonly title: string;
  readonly done: boolean;
  /** One plain sentence on where this step stands. */
  readonly status: string;
}

/** What the add-in remembers of its own last actions on this workbook (see workflow-journal). */
export interface WorkflowJournal {
  readonly validated?: { readonly at: string; readonly errors: number; readonly warnings: number };
  readonly pushed?: { readonly at: string; readonly version: number };
  readonly reportPulled?: { readonly at: string };
}

export interface WorkflowFacts {
  readonly workbook: WorkbookInfo;
  readonly connected: boolean;
  readonly journal: WorkflowJournal;
}

/**
 * A sheet's Crosswalk kind is its layout's id (`shared/layout/`): the risk register is "risks".
 * Spelled out rather than imported so the Start view does not pull the layouts into the pane's
 * first chunk; the test checks them against the layouts.
 */
export const REGISTER_SHEET_KIND = "risks";
export const RECORD_SHEET_KINDS: ReadonlySet<string> = new Set([REGISTER_SHEET_KIND, "aiSystems", "impactAssessments"]);

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

export function workflowSteps({ workbook, connected, journal }: WorkflowFacts): WorkflowStep[] {
  const own = workbook.sheets.filter((s) => s.crosswalkKind !== undefined);
  const setUp = own.some((s) => s.crosswalkKind === REGISTER_SHEET_KIND);
  const records = own
    .filter((s) => s.crosswalkKind !== undefined && RECORD_SHEET_KINDS.has(s.crosswalkKind))
    .reduce((sum, s) => sum + s.tables.reduce((n, t) => n + t.rowCount, 0), 0);
  const reportSheet = own.some((s) => s.crosswalkKind === "consolidated-report");
  const { validated, pushed, reportPulled } = journal;
  return [
    {
      id: "setup",
      title: "Set up the workbook",
      done: setUp,
      status: setUp ? `Crosswalk's sheets are here (${own.length}).` : "Create the risk register, SoA, inventory and the other sheets — or start with Import, which offers to set up before it writes.",
    },
    {
      id: "records",
      title: "Bring in your records",
      done: records > 0,
      status: records > 0 ? `${plural(records, "record")} in the risk register, inventory and assessments.` : "Import an existing register or type records into the sheets.",
    },
    {
      id: "validate",
      title: "Check the sheets",
      done: validated !== undefined && validated.errors === 0,
      status:
        validated === undefined
          ? "Not checked yet."
          : validated.errors === 0
            ? `No errors${validated.warnings ? `, ${plural(validated.warnings, "warning")}` : ""} at the last check.`
            : `${plural(validated.errors, "error")} to fix at the last check.`,
    },
    {
      id: "connect",
      title: "Connect to your organisation",
      done: connected,
      status: connected ? "The API's address and key are saved." : "Enter the address and key your administrator gave you.",
    },
    {
      id: "push",
      title: "Push this version",
      done: pushed !== undefined,
      status: pushed ? `Version ${pushed.version} pushed to the organisation.` : "Not pushed yet: the organisation does not see it.",
    },
    {
      id: "report",
      title: "Pull the consolidated report",
      done: reportSheet || reportPulled !== undefined,
      status: reportSheet || reportPulled ? "The “Consolidated Report” sheet is here." : "See where the whole organisation stands.",
    },
  ];
}

/** The first step not done, or undefined when all are. */
export function nextStep(steps: readonly WorkflowStep[]): WorkflowStep | undefined {
  return steps.find((s) => !s.done);
}
