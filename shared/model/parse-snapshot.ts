import type { z } from "zod";
import { WorkbookSnapshot } from "./snapshot";

/** One reason a snapshot was refused, with the path of the bad field (`["risks", 3, "dueDate"]`). */
export interface SnapshotIssue {
  /** zod's issue code (`invalid_type`, `too_big`, `custom` …). */
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly message: string;
}

export type ParseSnapshotResult =
  | { readonly success: true; readonly snapshot: WorkbookSnapshot }
  | { readonly success: false; readonly issues: readonly SnapshotIssue[]; readonly issueCount: number };

export interface ParseSnapshotOptions {
  /** Issues returned at most (the total is in `issueCount`). Default 100. */
  readonly maxIssues?: number;
}

/**
 * Strict validation of a current-version snapshot, for the API's way in: either the parsed
 * snapshot (unknown keys stripped, left-out collections empty) or the issues with their paths.
 * Never throws. Older versions are refused here; `restoreSnapshot` brings them forward.
 *
 * @example parseSnapshot({ schemaVersion: 1, workbook: { team: "t" } })
 * // { success: false, issues: [{ path: ["workbook", "name"], … }, { path: ["matrix"], … }], issueCount: 2 }
 */
export function parseSnapshot(input: unknown, options: ParseSnapshotOptions = {}): ParseSnapshotResult {
  const maxIssues = Math.max(1, options.maxIssues ?? 100);
  let result: ReturnType<typeof WorkbookSnapshot.safeParse>;
  try {
    result = WorkbookSnapshot.safeParse(input);
  } catch (error) {
    // safeParse only throws on hostile objects (throwing getters, proxies); report, never rethrow.
    const message = error instanceof Error ? error.message : String(error);
    return { success: false, issues: [{ code: "custom", path: [], message: `snapshot could not be read: ${message}` }], issueCount: 1 };
  }
  if (result.success) return { success: true, snapshot: result.data };
  const all = result.error.issues;
  return { success: false, issues: all.slice(0, maxIssues).map(toSnapshotIssue), issueCount: all.length };
}

function toSnapshotIssue(issue: z.core.$ZodIssue): SnapshotIssue {
  return {
    code: issue.code,
    path: issue.path.map((key) => (typeof key === "number" ? key : String(key))),
    message: issue.message,
  };
}
