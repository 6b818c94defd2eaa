import type { Issue } from "../issues/issue";
import { IMPACTS_PATH, type SheetLayout } from "../layout/sheet-layout";
import { COLLECTIONS } from "../model/collections";
import type { SheetRead, SheetRow } from "./read-sheet";

/**
 * The records of one structured sheet as read back (`readLayoutSheet`), each checked by its
 * model schema: a row without its id, a value the model refuses or an id used twice is an error
 * on its cell, so nothing a push would lose goes unsaid. Part of the workbook pipeline
 * (`shared/workbook-pipeline/`), which is the only caller.
 */

type Mutable = Record<string, unknown>;

export interface LayoutRecord {
  readonly record: Mutable;
  readonly row: SheetRow;
}

/** The sheet's records that survive their checks, with the row each came from. */
export function layoutRecords(read: SheetRead, layout: SheetLayout, issues: Issue[]): LayoutRecord[] {
  const built = layout.id === "impactAssessments" ? assessmentsOf(read, layout, issues) : recordsOf(read, layout, issues);
  const checked = built.flatMap(({ record, row }) => {
    const ok = checkRecord(layout, record, row, read, issues);
    return ok ? [{ record: ok, row }] : [];
  });
  // The SoA has its own rule for repeated controls (soa-duplicate-control).
  if (layout.id !== "soa") reportDuplicates(layout, checked, read, issues);
  return checked;
}

type Built = LayoutRecord;

function setPath(target: Mutable, path: readonly string[], value: unknown): void {
  let at = target;
  path.slice(0, -1).forEach((key) => {
    const next = at[key];
    if (next === null || typeof next !== "object") at[key] = {};
    at = at[key] as Mutable;
  });
  const last = path[path.length - 1];
  if (last !== undefined) at[last] = value;
}

/** Key columns of type `refs` hold one id. */
function keyValue(layout: SheetLayout, value: unknown): unknown {
  return layout.columns[0]?.type === "refs" && Array.isArray(value) ? value[0] : value;
}

function recordsOf(read: SheetRead, layout: SheetLayout, issues: Issue[]): Built[] {
  const key = layout.columns[0];
  const out: Built[] = [];
  for (const row of read.rows) {
    const keyCell = `${read.columns[key?.key ?? ""] ?? "A"}${row.row}`;
    const rawKey = row.values[key?.key ?? ""];
    if (Array.isArray(rawKey) && rawKey.length > 1) {
      issues.push({ code: "record-key-several", severity: "error", sheet: read.sheet, cell: keyCell, message: `${key?.header}: the row names ${rawKey.length} ids (${rawKey.join(", ")}); a row holds one`, hint: "Give each its own row." });
      continue;
    }
    if (rawKey === undefined) {
      issues.push({ code: "record-key-missing", severity: "error", sheet: read.sheet, cell: keyCell, message: `Row ${row.row} has no ${key?.header}, so it cannot be pushed`, hint: `Fill in the ${key?.header} (or clear the row).` });
      continue;
    }
    const record: Mutable = {};
    for (const column of layout.columns) {
      const value = row.values[column.key];
      if (value === undefined) continue;
      setPath(record, column.path ?? [column.key], column === key ? keyValue(layout, value) : value);
    }
    if (row.extra) record.extra = { ...row.extra };
    out.push({ record, row });
  }
  return out;
}

/** Impact assessments: rows sharing an Assessment ID are one assessment, each row one impact. */
function assessmentsOf(read: SheetRead, layout: SheetLayout, issues: Issue[]): Built[] {
  const key = layout.columns[0];
  const groups = new Map<string, Built & { impacts: Mutable[] }>();
  for (const row of read.rows) {
    const id = row.values[key?.key ?? ""];
    const cell = (k: string) => `${read.columns[k] ?? read.columns[key?.key ?? ""] ?? "A"}${row.row}`;
    if (typeof id !== "string") {
      issues.push({ code: "record-key-missing", severity: "error", sheet: read.sheet, cell: cell(key?.key ?? ""), message: `Row ${row.row} has no ${key?.header}, so it cannot be pushed`, hint: `Fill in the ${key?.header} (rows of one assessment share it).` });
      continue;
    }
    let group = groups.get(id);
    if (!group) {
      group = { record: { id }, row, impacts: [] };
      groups.set(id, group);
    }
    const impact: Mutable = {};
    for (const column of layout.columns) {
      if (column === key) continue;
      const value = row.values[column.key];
      if (value === undefined) continue;
      const path = column.path ?? [column.key];
      if (path[0] === IMPACTS_PATH) {
        setPath(impact, path.slice(1), value);
        continue;
      }
      const existing = readPath(group.record, path);
      if (existing === undefined) setPath(group.record, path, value);
      else if (JSON.stringify(existing) !== JSON.stringify(value)) {
        issues.push({
          code: "assessment-field-conflict",
          severity: "warning",
          sheet: read.sheet,
          cell: cell(column.key),
          message: `${column.header} of assessment ${id} differs from its first row (row ${group.row.row}); the first is kept`,
          hint: "Fill the assessment's own fields on its first row only.",
        });
      }
    }
    if (row.extra) group.record.extra = { ...((group.record.extra as Mutable | undefined) ?? {}), ...row.extra };
    if (Object.keys(impact).length > 0) {
      if (typeof impact.description !== "string") {
        issues.push({ code: "impact-description-missing", severity: "error", sheet: read.sheet, cell: cell("impact"), message: `Row ${row.row} describes a harm or benefit of ${id} but has no Impact text`, hint: "Describe the harm or benefit in the Impact column." });
      } else group.impacts.push(impact);
    }
  }
  return [...groups.values()].map(({ record, row, impacts }) => ({ record: impacts.length > 0 ? { ...record, impacts } : record, row }));
}

function readPath(record: Mutable, path: readonly string[]): unknown {
  let at: unknown = record;
  for (const key of path) {
    if (at === null || typeof at !== "object") return undefined;
    at = (at as Mutable)[key];
  }
  return at;
}

/**
 * Each record through its model schema: a field the schema refuses (a profile state of 7, a
 * text longer than Excel allows) is an error on its cell and is left out, so one bad cell never
 * costs the whole push its snapshot.
 */
function checkRecord(layout: SheetLayout, record: Mutable, row: SheetRow, read: SheetRead, issues: Issue[]): Mutable | undefined {
  const schema = COLLECTIONS[layout.id].schema;
  let current = record;
  for (let attempt = 0; attempt < 50; attempt++) {
    const result = schema.safeParse(current);
    if (result.success) return current;
    const fields = new Set(result.error.issues.map((i) => String(i.path[0] ?? "")));
    const next = { ...current };
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? "");
      const column = layout.columns.find((c) => (c.path ?? [c.key])[0] === field) ?? layout.columns.find((c) => c.key === String(issue.path[issue.path.length - 1] ?? ""));
      const letter = (column && read.columns[column.key]) ?? read.columns[layout.columns[0]?.key ?? ""] ?? "A";
      issues.push({
        code: "value-invalid",
        severity: "error",
        sheet: read.sheet,
        cell: `${letter}${row.row}`,
        message: `${column?.header ?? field}: ${issue.message}; not kept`,
      });
    }
    if (fields.has("") || fields.has(layout.columns[0]?.path?.[0] ?? layout.columns[0]?.key ?? "")) return undefined;
    for (const field of fields) delete next[field];
    current = next;
  }
  return undefined;
}

function reportDuplicates(layout: SheetLayout, built: readonly Built[], read: SheetRead, issues: Issue[]): void {
  const keyName = COLLECTIONS[layout.id].key;
  const seen = new Map<string, number>();
  for (const { record, row } of built) {
    const key = record[keyName];
    if (typeof key !== "string") continue;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, row.row);
    else {
      issues.push({
        code: "record-key-duplicate",
        severity: "error",
        sheet: read.sheet,
        cell: `${read.columns[layout.columns[0]?.key ?? ""] ?? "A"}${row.row}`,
        message: `${layout.columns[0]?.header} ${key} is used on rows ${first} and ${row.row}; versions can only be compared when every id is used once`,
        hint: "Give each record an id of its own.",
      });
    }
  }
}
