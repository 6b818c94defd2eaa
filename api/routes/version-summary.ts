import { versionEtag } from "../http/conditional";
import { type VersionSummary, versionUrl } from "../../shared/api/version";
import type { VersionRecord } from "../store/port";

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
