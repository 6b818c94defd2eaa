import * as z from "zod";
import { COLLECTION_NAMES } from "../model/collections";
import { SNAPSHOT_SCHEMA_VERSION, WorkbookSnapshot } from "../model/snapshot";

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
  .meta({
    id: "SnapshotDiff",
    description:
      "Records added, removed and modified by key (`id`; `controlId` for the SoA; `subcategory` for the profile), per collection, with the changed fields.",
  });

/** The push body as documented: the shared model's snapshot schema. */
export const snapshotRequestSchema: z.ZodType = WorkbookSnapshot.describe(
  `A workbook snapshot, schema version ${SNAPSHOT_SCHEMA_VERSION} (shared/model). \`workbook.team\` and \`workbook.name\` must equal the URL's team and workbook. Stored exactly as sent.`,
);

export const authorSchema = z.object({
  keyId: z.string().describe("Id of the API key that pushed the version."),
  name: z.string().describe("That key's name."),
});

export const versionSummarySchema = z
  .object({
    team: z.string(),
    workbook: z.string(),
    version: z.number().int().min(1),
    etag: z.string().describe('The version\'s ETag, e.g. `"v3"`: send it as `If-Match` when pushing the next one.'),
    baseVersion: z.number().int().min(1).nullable().describe("The version this one was based on; null for the first."),
    createdAt: z.string().describe("When the version was committed (ISO 8601, UTC)."),
    author: authorSchema,
    size: z.number().int().describe("Bytes of the snapshot exactly as pushed."),
    storedBytes: z.number().int().describe("Bytes kept in storage (smaller when compressed)."),
    compressed: z.boolean().describe("Whether storage gzip-compressed and chunked the snapshot."),
    sha256: z.string().describe("Hex SHA-256 of the snapshot bytes; checked on every read."),
    schemaVersion: z.number().int(),
    recordCounts: z.record(z.string(), z.number().int()).describe("Number of records per collection."),
    url: z.string().describe("Path of this version's snapshot."),
  })
  .meta({ id: "VersionSummary", description: "Metadata of one immutable version." });
export type VersionSummary = z.infer<typeof versionSummarySchema>;

export const versionListSchema = z.object({
  items: z.array(versionSummarySchema).describe("Newest first."),
  nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last page."),
}).meta({ id: "VersionList" });

export const diffResponseSchema = z.object({
  team: z.string(),
  workbook: z.string(),
  from: z.object({ version: z.number().int(), etag: z.string() }),
  to: z.object({ version: z.number().int(), etag: z.string() }),
  changes: snapshotDiffSchema,
}).meta({ id: "Diff" });

export type VersionList = z.infer<typeof versionListSchema>;
export type DiffResponse = z.infer<typeof diffResponseSchema>;

/** Path of a version's snapshot. */
export function versionUrl(r: { team: string; workbook: string; version: number }): string {
  return `/v1/teams/${r.team}/workbooks/${r.workbook}/versions/${r.version}`;
}
