/**
 * Pure planning for "set up workbook": given what the workbook holds now, decide per sheet what
 * to create, complete or leave alone. Both port implementations execute these actions, so the
 * rules (idempotency, ownership, consent) live in one place and are tested without Excel.
 */
import type { CellValue, SheetInfo, TableInfo, WorkbookInfo } from "./workbook-port";
import type { NewSheet, PlannedSheet, SetupOutcome, WorkbookPlan } from "./workbook-plan";
import { LISTS_KIND, absoluteAddress, quoteSheet } from "./workbook-plan";

export type SetupAction =
  /** Rename a sheet that Crosswalk did not make, with the user's consent, to free its name. */
  | { readonly type: "move-aside"; readonly sheet: string; readonly to: string }
  | { readonly type: "create"; readonly sheet: PlannedSheet }
  | {
      readonly type: "complete";
      readonly sheet: PlannedSheet;
      readonly table: TableInfo;
      readonly addColumns: readonly string[];
      /** Rows to append, aligned with `headersAfter`. */
      readonly addRows: readonly (readonly CellValue[])[];
      readonly headersAfter: readonly string[];
    }
  | { readonly type: "lists"; readonly exists: boolean }
  /** Make a sheet of plain values that does not exist yet (never one that does). */
  | { readonly type: "new-sheet"; readonly sheet: NewSheet };

export interface SetupPlanResult {
  readonly actions: readonly SetupAction[];
  readonly outcomes: readonly SetupOutcome[];
  /** Dropdown sources per list name, as formulas (absent when the lists sheet is unavailable). */
  readonly listSources: ReadonlyMap<string, string>;
}

export interface KeyRead {
  readonly table: TableInfo;
  /** Number of columns from the table's first column that make up the key. */
  readonly width: number;
}

/** Tables whose key cells set-up must read before planning (owned sheets with pre-filled rows). */
export function tablesNeedingKeys(info: WorkbookInfo, plan: WorkbookPlan): KeyRead[] {
  const out: KeyRead[] = [];
  for (const planned of plan.sheets) {
    if (!planned.rows?.length) continue;
    const sheet = findSheet(info, planned.name);
    if (sheet?.crosswalkKind !== planned.kind) continue;
    const table = sheet.tables.find((t) => sameName(t.name, planned.table));
    if (table && table.rowCount > 0) out.push({ table, width: planned.rowKey === "whole-row" ? table.headers.length : 1 });
  }
  return out;
}

export function planSetup(
  info: WorkbookInfo,
  plan: WorkbookPlan,
  existingKeys: ReadonlyMap<string, ReadonlySet<string>>,
  replace: readonly string[] = [],
): SetupPlanResult {
  const actions: SetupAction[] = [];
  const outcomes: SetupOutcome[] = [];
  const takenNames = new Set(info.sheets.map((s) => s.name.toLowerCase()));
  const consent = new Set(replace.map((r) => r.toLowerCase()));

  // First, so that in Excel a name taken in the meantime fails the batch before anything else.
  for (const sheet of plan.newSheets ?? []) {
    if (takenNames.has(sheet.name.toLowerCase())) {
      outcomes.push({ sheet: sheet.name, outcome: "skipped", reason: `A sheet named "${sheet.name}" exists; it was left as it is.` });
      continue;
    }
    takenNames.add(sheet.name.toLowerCase());
    actions.push({ type: "new-sheet", sheet });
    outcomes.push({ sheet: sheet.name, outcome: "created" });
  }

  const listSources = new Map<string, string>();
  const listsSheet = findSheet(info, plan.listsSheet);
  let listsAvailable = true;
  if (listsSheet && listsSheet.crosswalkKind !== LISTS_KIND) {
    if (consent.has(plan.listsSheet.toLowerCase())) {
      const to = asideName(plan.listsSheet, takenNames);
      actions.push({ type: "move-aside", sheet: listsSheet.name, to });
      outcomes.push({ sheet: plan.listsSheet, outcome: "replaced", movedTo: to });
      actions.push({ type: "lists", exists: false });
    } else {
      listsAvailable = false;
      outcomes.push({ sheet: plan.listsSheet, outcome: "skipped", reason: foreignReason(plan.listsSheet) });
    }
  } else {
    actions.push({ type: "lists", exists: listsSheet !== undefined });
  }
  if (listsAvailable) {
    plan.lists.forEach((list, i) => {
      const range = absoluteAddress(1, i, Math.max(1, list.values.length), 1);
      listSources.set(list.name, `=${quoteSheet(plan.listsSheet)}!${range}`);
    });
  }

  for (const planned of plan.sheets) {
    const existing = findSheet(info, planned.name);
    const tableElsewhere = findTable(info, planned.table);
    if (tableElsewhere && !sameName(tableElsewhere.sheet, planned.name)) {
      outcomes.push({
        sheet: planned.name,
        outcome: "skipped",
        reason: `A table named "${planned.table}" already exists on sheet "${tableElsewhere.sheet}"; rename it and run set-up again.`,
      });
      continue;
    }
    if (!existing) {
      actions.push({ type: "create", sheet: planned });
      outcomes.push({ sheet: planned.name, outcome: "created" });
      continue;
    }
    if (existing.crosswalkKind !== planned.kind) {
      if (!consent.has(planned.name.toLowerCase())) {
        outcomes.push({ sheet: planned.name, outcome: "skipped", reason: foreignReason(planned.name) });
        continue;
      }
      const to = asideName(planned.name, takenNames);
      actions.push({ type: "move-aside", sheet: existing.name, to });
      actions.push({ type: "create", sheet: planned });
      outcomes.push({ sheet: planned.name, outcome: "replaced", movedTo: to });
      continue;
    }
    const table = existing.tables.find((t) => sameName(t.name, planned.table));
    if (!table) {
      outcomes.push({
        sheet: planned.name,
        outcome: "skipped",
        reason: `Sheet "${planned.name}" was made by Crosswalk but its table "${planned.table}" is gone; restore it or rename the sheet and run set-up again.`,
      });
      continue;
    }
    const have = new Set(table.headers.map((h) => h.toLowerCase()));
    const addColumns = planned.columns.map((c) => c.header).filter((h) => !have.has(h.toLowerCase()));
    const headersAfter = [...table.headers, ...addColumns];
    const keys = new Set(existingKeys.get(table.name.toLowerCase()) ?? []);
    const addRows: CellValue[][] = [];
    for (const row of planned.rows ?? []) {
      const aligned = alignRow(row, planned.columns.map((c) => c.header), headersAfter);
      const key = planned.rowKey === "whole-row" ? rowKeyOf(aligned.slice(0, table.headers.length)) : keyOf(row[0] ?? null);
      if (key === "" || keys.has(key)) continue;
      keys.add(key);
      addRows.push(aligned);
    }
    actions.push({ type: "complete", sheet: planned, table, addColumns, addRows, headersAfter });
    outcomes.push({ sheet: planned.name, outcome: "completed", columnsAdded: addColumns, rowsAdded: addRows.length });
  }
  return { actions, outcomes, listSources };
}

/** Normalises a key cell so that 5 and "5" and " A.2.2 " match their planned forms. */
export function keyOf(value: CellValue): string {
  if (value === null) return "";
  return String(value).trim().toLowerCase();
}

/** Key of a whole row (cells joined), for reference tables. */
export function rowKeyOf(row: readonly CellValue[]): string {
  const parts = row.map(keyOf);
  return parts.every((p) => p === "") ? "" : parts.join("\u0001");
}

/** Re-orders `row` (aligned with `from`) to `to`, filling absent columns with null. */
export function alignRow(row: readonly CellValue[], from: readonly string[], to: readonly string[]): CellValue[] {
  const index = new Map(from.map((h, i) => [h.toLowerCase(), i]));
  return to.map((h) => {
    const i = index.get(h.toLowerCase());
    return i === undefined ? null : (row[i] ?? null);
  });
}

function findSheet(info: WorkbookInfo, name: string): SheetInfo | undefined {
  return info.sheets.find((s) => sameName(s.name, name));
}

function findTable(info: WorkbookInfo, name: string): TableInfo | undefined {
  for (const s of info.sheets) {
    const t = s.tables.find((x) => sameName(x.name, name));
    if (t) return t;
  }
  return undefined;
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function foreignReason(name: string): string {
  return `A sheet named "${name}" exists and was not made by Crosswalk; it was left untouched. Rename it, or allow set-up to move it aside.`;
}

/** A free sheet name for a moved-aside sheet, within Excel's 31-character limit. */
export function asideName(name: string, taken: Set<string>): string {
  for (let i = 1; i < 1000; i++) {
    const suffix = i === 1 ? " (old)" : ` (old ${i})`;
    const candidate = name.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) {
      taken.add(candidate.toLowerCase());
      return candidate;
    }
  }
  throw new Error(`No free name to move "${name}" aside`);
}
