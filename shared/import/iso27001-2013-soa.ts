import { iso27001SuccessorsOf } from "../crosswalk/iso27001-editions";
import type { GridValue, SheetGrid } from "../file-reader/grid";
import type { Issue } from "../issues/issue";
import { cellKey } from "./soa-sections";

/**
 * Statements of Applicability still on ISO/IEC 27001:2013 (114 controls, A.5.1.1 … A.18.2.3).
 * Recognised by their ids, and read as the 2022 controls they became, through the shipped
 * correspondence: the 2013 id is kept beside each record, and a control merged with others or
 * split into several in 2022 gets an issue naming both ids.
 */

/** The column a record keeps its 2013 id in (`extra`). */
export const ISO27001_2013_COLUMN = "ISO/IEC 27001:2013 control";

/** A 2013 Annex A control key (`12.4.1`) from a cell, or undefined. */
function controlKey2013(value: GridValue): string | undefined {
  const key = cellKey(value);
  if (key === undefined) return undefined;
  const parts = key.split(".").map(Number);
  if (parts.length !== 3 || (parts[0] as number) < 5 || (parts[0] as number) > 18) return undefined;
  return key;
}

/**
 * True when most ids in the column are three-part Annex A ids of the 2013 edition and some of
 * them cannot be ISO/IEC 42001's (whose only three-part ids are A.6.x.y): a section from A.7 on.
 */
export function isIso27001Edition2013(grid: SheetGrid, column: number, firstRow: number, context: readonly string[]): boolean {
  let ids = 0;
  let controls = 0;
  let beyond42001 = 0;
  for (let r = firstRow; r < grid.values.length; r++) {
    const value = grid.values[r]?.[column] ?? null;
    if (value === null || (typeof value === "string" && value.trim() === "")) continue;
    ids++;
    const key = controlKey2013(value);
    if (key === undefined) continue;
    controls++;
    if (Number(key.split(".")[0]) >= 7) beyond42001++;
  }
  const says2013 = /27001\s*:\s*2013|27002\s*:\s*2013/.test(context.join(" "));
  return controls >= 3 && controls >= ids * 0.5 && (beyond42001 >= 2 || says2013);
}

export interface Edition2013Conversion {
  /** The grid with each 2013 id replaced by its 2022 id (`ISO27001:A.8.15`). */
  readonly grid: SheetGrid;
  /** The 2013 id per grid row, for the records. */
  readonly original: ReadonlyMap<number, string>;
  readonly issues: readonly Issue[];
}

interface Converted {
  readonly row: number;
  readonly from: string;
  readonly to: readonly string[];
}

/** Rewrites the id column of a 2013 SoA to 2022 ids; `skip` rows (headings) are left alone. */
export function convertEdition2013(
  grid: SheetGrid,
  column: number,
  firstRow: number,
  skip: ReadonlySet<number>,
  cellName: (row: number) => string,
): Edition2013Conversion {
  const values = grid.values.map((row) => [...row]);
  const original = new Map<number, string>();
  const converted: Converted[] = [];
  for (let r = firstRow; r < values.length; r++) {
    if (skip.has(r)) continue;
    const key = controlKey2013(values[r]?.[column] ?? null);
    if (key === undefined) continue;
    const successors = iso27001SuccessorsOf(`A.${key}`);
    if (successors.length === 0) continue;
    const row = values[r] as GridValue[];
    row[column] = (successors[0] as { id: string }).id;
    original.set(r, `A.${key}`);
    converted.push({ row: r, from: `A.${key}`, to: successors.map((s) => s.ref) });
  }
  const issues = editionIssues(grid.name, converted, cellName);
  return { grid: { ...grid, values }, original, issues };
}

function editionIssues(sheet: string, converted: readonly Converted[], cellName: (row: number) => string): Issue[] {
  const byTarget = new Map<string, string[]>();
  for (const c of converted) byTarget.set(c.to[0] as string, [...(byTarget.get(c.to[0] as string) ?? []), c.from]);
  const issues: Issue[] = [];
  for (const c of converted) {
    const target = c.to[0] as string;
    const mergedWith = (byTarget.get(target) ?? []).filter((f) => f !== c.from);
    if (c.to.length > 1) {
      issues.push({
        code: "iso27001-2013-split",
        severity: "warning",
        sheet,
        cell: cellName(c.row),
        message: `ISO/IEC 27001:2013 ${c.from} became ${c.to.join(", ")} in ISO/IEC 27001:2022; read as ${target}`,
        hint: `Add rows for ${c.to.slice(1).join(", ")} to the SoA.`,
      });
    } else if (mergedWith.length > 0) {
      issues.push({
        code: "iso27001-2013-merged",
        severity: "info",
        sheet,
        cell: cellName(c.row),
        message: `ISO/IEC 27001:2013 ${c.from} was merged with ${mergedWith.join(", ")} into ${target} in ISO/IEC 27001:2022`,
        hint: `Keep one row for ${target}, with what these rows say.`,
      });
    }
  }
  return issues;
}
