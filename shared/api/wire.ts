import * as z from "zod";
import type { SnapshotDiff } from "../diff/diff-snapshots";
import type { DualConformanceReport } from "../report/report";

/**
 * The API's responses as a client reads them (the add-in; any other client in the browser),
 * checked with zod on the way in so a proxy's error page or an old server is a clear error, not
 * a crash deep in the UI. The server's own schemas (`api/schemas/`) describe the same JSON for
 * its OpenAPI document; `test/addin/services/api-client.test.ts` reads real responses of the local
 * API through these.
 */

export const ROLES = ["org-admin", "org-reader", "team-editor", "team-reader"] as const;
export type Role = (typeof ROLES)[number];

/** `GET /v1/me`: who the key is. */
export const Me = z.object({
  keyId: z.string(),
  name: z.string(),
  org: z.string(),
  role: z.enum(ROLES),
  teams: z.array(z.string()),
});
export type Me = z.infer<typeof Me>;

/** Metadata of one immutable version. */
export const VersionSummary = z.object({
  team: z.string(),
  workbook: z.string(),
  version: z.number().int().min(1),
  /** `"v3"`: send it as `If-Match` when pushing the next version. */
  etag: z.string(),
  baseVersion: z.number().int().min(1).nullable(),
  createdAt: z.string(),
  author: z.object({ keyId: z.string(), name: z.string() }),
  size: z.number().int(),
  storedBytes: z.number().int(),
  compressed: z.boolean(),
  sha256: z.string(),
  schemaVersion: z.number().int(),
  recordCounts: z.record(z.string(), z.number().int()),
  url: z.string(),
});
export type VersionSummary = z.infer<typeof VersionSummary>;

/** `GET …/versions`: newest first, a page at a time. */
export const VersionList = z.object({
  items: z.array(VersionSummary),
  nextCursor: z.string().nullable(),
});
export type VersionList = z.infer<typeof VersionList>;

/** RFC 9457 problem details, as every error of the API comes. */
export const Problem = z
  .object({
    type: z.string().optional(),
    title: z.string().optional(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(z.object({ in: z.string().optional(), pointer: z.string().optional(), message: z.string().optional() })).optional(),
    requestId: z.string().optional(),
    /** On 409 and 428: the newest version now (null when the workbook has none). */
    currentVersion: z.number().int().nullable().optional(),
    current: VersionSummary.nullable().optional(),
  })
  .catchall(z.unknown());
export type Problem = z.infer<typeof Problem>;

const FieldChangeLike = z.object({ field: z.string(), before: z.unknown().optional(), after: z.unknown().optional() });

/** `GET …/diff?from=&to=`: shared/diff's `diffSnapshots` between two versions. */
export const DiffResponse = z.object({
  team: z.string(),
  workbook: z.string(),
  from: z.object({ version: z.number().int(), etag: z.string() }),
  to: z.object({ version: z.number().int(), etag: z.string() }),
  // The diff's records are whole model records; its shape is shared/diff's, checked at the top.
  changes: z
    .object({
      workbook: z.array(FieldChangeLike),
      matrix: z.array(FieldChangeLike),
      collections: z.record(z.string(), z.object({ added: z.array(z.unknown()), removed: z.array(z.unknown()), modified: z.array(z.unknown()) })),
      totals: z.object({ added: z.number().int(), removed: z.number().int(), modified: z.number().int() }),
    })
    .transform((value) => value as unknown as SnapshotDiff),
});
export type DiffResponse = z.infer<typeof DiffResponse>;

/**
 * `GET /v1/reports/dual-conformance?format=json`: the report model of shared/report, checked
 * at the top (its version and the sections the add-in writes) rather than field by field.
 */
export const ReportResponse = z
  .object({
    reportVersion: z.number().int(),
    org: z.object({ id: z.string(), name: z.string() }).loose(),
    asOf: z.string(),
    teams: z.array(z.unknown()),
    summary: z.object({ teams: z.number().int() }).loose(),
  })
  .loose()
  .transform((value) => value as unknown as DualConformanceReport);
