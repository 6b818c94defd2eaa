import { countRecords } from "../shared/diff/count-records";
import { diffSnapshots, type SnapshotDiff } from "../shared/diff/diff-snapshots";
import { parseSnapshot } from "../shared/model/parse-snapshot";
import { restoreSnapshot } from "../shared/model/restore/restore-snapshot";
import type { WorkbookSnapshot } from "../shared/model/snapshot";

/**
 * The API's one seam onto the snapshot model (shared/model, shared/diff): validate a pushed
 * snapshot, count its records, diff two stored ones. Routes use only this module.
 */

export interface SnapshotIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

export type SnapshotCheck =
  | {
      readonly ok: true;
      /** The parsed snapshot (what the version's report digest is made from). */
      readonly snapshot: WorkbookSnapshot;
      readonly schemaVersion: number;
      readonly recordCounts: Readonly<Record<string, number>>;
    }
  | { readonly ok: false; readonly issues: readonly SnapshotIssue[] };

/**
 * A push must be a current-version snapshot (the shared model's `parseSnapshot`, strict) with no
 * field the model does not know, that names the workbook it is pushed to: `workbook.team` and `workbook.name` equal the URL's team and
 * workbook, so a snapshot can never land under another team's name.
 */
export function checkSnapshot(value: unknown, target: { team: string; workbook: string }): SnapshotCheck {
  const parsed = parseSnapshot(value);
  if (!parsed.success) {
    const issues = parsed.issues.map(({ path, message }) => ({ path, message }));
    if (parsed.issueCount > parsed.issues.length) {
      issues.push({ path: [], message: `and ${parsed.issueCount - parsed.issues.length} more issues` });
    }
    return { ok: false, issues };
  }
  const { snapshot } = parsed;
  // Stored bytes are what was sent (their SHA-256 identifies a replayed push), so a field the
  // model would drop is refused rather than kept and served back unvalidated.
  const unknown = unknownFields(value, snapshot).slice(0, MAX_UNKNOWN_REPORTED);
  if (unknown.length > 0) {
    return { ok: false, issues: unknown.map((path) => ({ path, message: "unknown field: the snapshot model has no such field; remove it" })) };
  }
  const issues: SnapshotIssue[] = [];
  if (snapshot.workbook.team !== target.team) {
    issues.push({
      path: ["workbook", "team"],
      message: `the snapshot belongs to team ${JSON.stringify(snapshot.workbook.team)}, not ${JSON.stringify(target.team)}: push it under its own team`,
    });
  }
  if (snapshot.workbook.name !== target.workbook) {
    issues.push({
      path: ["workbook", "name"],
      message: `the snapshot is workbook ${JSON.stringify(snapshot.workbook.name)}, not ${JSON.stringify(target.workbook)}: push it under its own name`,
    });
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, snapshot, schemaVersion: snapshot.schemaVersion, recordCounts: countRecords(snapshot) };
}

const MAX_UNKNOWN_REPORTED = 100;

/**
 * Paths of the object keys in `sent` that validation dropped from `parsed`. The snapshot schema
 * renames nothing and keeps array order, so walking both together finds exactly the stripped keys.
 */
function unknownFields(sent: unknown, parsed: unknown, path: (string | number)[] = [], found: (string | number)[][] = []): (string | number)[][] {
  if (found.length >= MAX_UNKNOWN_REPORTED) return found;
  if (Array.isArray(sent) && Array.isArray(parsed)) {
    sent.forEach((item, i) => unknownFields(item, parsed[i], [...path, i], found));
  } else if (isPlainObject(sent) && isPlainObject(parsed)) {
    for (const [key, item] of Object.entries(sent)) {
      if (Object.hasOwn(parsed, key)) unknownFields(item, parsed[key], [...path, key], found);
      else found.push([...path, key]);
    }
  }
  return found;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Diff of two stored snapshots. Each is restored first, so a version written under an older
 * schema is compared in today's model (a current one comes back unchanged).
 */
export function diffStoredSnapshots(from: unknown, to: unknown): SnapshotDiff {
  return diffSnapshots(restoreSnapshot(from).snapshot, restoreSnapshot(to).snapshot);
}
