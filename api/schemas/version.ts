import * as z from "zod";
import { snapshotDiffSchema } from "../snapshot";
import type { VersionRecord } from "../store/port";
import { versionEtag } from "../http/conditional";

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
  .describe("Metadata of one immutable version.");
export type VersionSummary = z.infer<typeof versionSummarySchema>;

export const versionListSchema = z.object({
  items: z.array(versionSummarySchema).describe("Newest first."),
  nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last page."),
});

export const diffResponseSchema = z.object({
  team: z.string(),
  workbook: z.string(),
  from: z.object({ version: z.number().int(), etag: z.string() }),
  to: z.object({ version: z.number().int(), etag: z.string() }),
  changes: snapshotDiffSchema,
});

export function versionUrl(r: { team: string; workbook: string; version: number }): string {
  return `/v1/teams/${r.team}/workbooks/${r.workbook}/versions/${r.version}`;
}

export function versionSummary(record: VersionRecord): VersionSummary {
  return {
    team: record.team,
    workbook: record.workbook,
    version: record.version,
    etag: versionEtag(record.version),
    baseVersion: record.baseVersion,
    createdAt: record.createdAt,
    author: { keyId: record.author.keyId, name: record.author.name },
    size: record.size,
    storedBytes: record.layout.storedBytes,
    compressed: record.layout.kind === "chunked",
    sha256: record.sha256,
    schemaVersion: record.schemaVersion,
    recordCounts: { ...record.recordCounts },
    url: versionUrl(record),
  };
}
