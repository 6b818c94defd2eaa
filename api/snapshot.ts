import * as z from "zod";
import { countRecords } from "../shared/diff/count-records";
import { diffSnapshots, type SnapshotDiff } from "../shared/diff/diff-snapshots";
import { COLLECTION_NAMES } from "../shared/model/collections";
import { parseSnapshot } from "../shared/model/parse-snapshot";
import { restoreSnapshot } from "../shared/model/restore/restore-snapshot";
import { SNAPSHOT_SCHEMA_VERSION, WorkbookSnapshot } from "../shared/model/snapshot";

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
      readonly schemaVersion: number;
      readonly recordCounts: Readonly<Record<string, number>>;
    }
  | { readonly ok: false; readonly issues: readonly SnapshotIssue[] };

/**
 * A push must be a current-version snapshot (the shared model's `parseSnapshot`, strict) that
 * names the workbook it is pushed to: `workbook.team` and `workbook.name` equal the URL's team and
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
  return { ok: true, schemaVersion: snapshot.schemaVersion, recordCounts: countRecords(snapshot) };
}

/**
 * Diff of two stored snapshots. Each is restored first, so a version written under an older
 * schema is compared in today's model (a current one comes back unchanged).
 */
export function diffStoredSnapshots(from: unknown, to: unknown): SnapshotDiff {
  return diffSnapshots(restoreSnapshot(from).snapshot, restoreSnapshot(to).snapshot);
}

const fieldChangeSchema = z.object({
  field: z.string(),
  before: z.unknown().optional().describe("Absent when the field was added."),
  after: z.unknown().optional().describe("Absent when the field was removed."),
});

const collectionDiffSchema = z.object({
  added: z.array(z.object({ id: z.string(), record: z.record(z.string(), z.unknown()) })).describe("Records only in `to`, whole."),
  removed: z.array(z.object({ id: z.string(), record: z.record(z.string(), z.unknown()) })).describe("Records only in `from`, whole."),
  modified: z
    .array(z.object({ id: z.string(), changes: z.array(fieldChangeSchema).describe("Changed top-level fields, before and after.") }))
    .describe("Records in both whose fields differ."),
});

/** The shape of shared/diff's SnapshotDiff, for the OpenAPI document. */
export const snapshotDiffSchema = z
  .object({
    workbook: z.array(fieldChangeSchema).describe("Changed fields of the workbook's identity and metadata."),
    matrix: z.array(fieldChangeSchema).describe("Changed top-level fields of the risk matrix."),
    collections: z.object(Object.fromEntries(COLLECTION_NAMES.map((name) => [name, collectionDiffSchema]))),
    totals: z.object({ added: z.number().int(), removed: z.number().int(), modified: z.number().int() }),
  })
  .describe(
    "Records added, removed and modified by key (`id`; `controlId` for the SoA; `subcategory` for the profile), per collection, with the changed fields.",
  );

/** The push body as documented: the shared model's snapshot schema. */
export const snapshotRequestSchema: z.ZodType = WorkbookSnapshot.describe(
  `A workbook snapshot, schema version ${SNAPSHOT_SCHEMA_VERSION} (shared/model). \`workbook.team\` and \`workbook.name\` must equal the URL's team and workbook. Stored exactly as sent.`,
);
