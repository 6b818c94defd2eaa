import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { TABLE_SCHEMA } from "./table";
import {
  type KeyRecord,
  type OrgProfileRecord,
  ROLES,
  type Role,
  type StorageLayout,
  StoreIntegrityError,
  type VersionRecord,
  type WorkbookRecord,
  type WorkbookRef,
} from "../port";

/**
 * Item layout of the single table (DESIGN §6). Ids reaching here are validated by the API to
 * [a-z0-9._-], so `#` can separate key parts without escaping.
 *
 *   pk                         sk            what
 *   WB#org#team#workbook       META          workbook index entry (gsi1: ORG#org / WB#team#workbook), with
 *                                            the newest-version pointer: `latest` (number) and `latestHead`
 *                                            (that head's metadata), set after the head put, so it may lag
 *   WB#org#team#workbook       V#0000000042  version head: metadata + inline body or chunk pointer
 *   WB#org#team#workbook       D#0000000042  the version's report digest (gzipped JSON, or its first part), and whose it is
 *   WB#org#team#workbook       D#0000000042#001  a further part of a digest over 350 KB gzipped, and whose it is
 *   UP#uploadId                C#00003       one gzip chunk of a large snapshot (TTL until pinned)
 *   KEY#keyId                  KEY           API key: hash, org, role, teams (gsi1: ORG#org / KEY#createdAt#id)
 *   ORG#org                    PROFILE       the org's profile document (JSON text), who saved it and when
 */
export type Item = Record<string, AttributeValue>;

export const workbookPk = (ref: WorkbookRef): string => `WB#${ref.org}#${ref.team}#${ref.workbook}`;
export const META_SK = "META";
export const VERSION_PREFIX = "V#";
export const versionSk = (version: number): string => `${VERSION_PREFIX}${String(version).padStart(10, "0")}`;
/** Sorts after every version sort key. */
export const VERSION_SK_END = `${VERSION_PREFIX}~`;
export const digestSk = (version: number): string => `D#${String(version).padStart(10, "0")}`;
/** Part `index` (1, 2, …) of a digest stored in parts; part 0 is the `digestSk` item itself. */
export const digestPartSk = (version: number, index: number): string => `${digestSk(version)}#${String(index).padStart(3, "0")}`;
export const chunkPk = (uploadId: string): string => `UP#${uploadId}`;
export const chunkSk = (index: number): string => `C#${String(index).padStart(5, "0")}`;
export const keyPk = (id: string): string => `KEY#${id}`;
export const KEY_SK = "KEY";
export const orgGsiPk = (org: string): string => `ORG#${org}`;
export const storedReportPk = (org: string): string => `RPT#${org}`;
/** Part 0 of a stored report is `R#key`, further parts `R#key#001`…. */
export const storedReportSk = (key: string, index = 0): string => (index === 0 ? `R#${key}` : `R#${key}#${String(index).padStart(3, "0")}`);
export const orgPk = (org: string): string => `ORG#${org}`;
export const PROFILE_SK = "PROFILE";
export const WORKBOOK_GSI_PREFIX = "WB#";
export const workbookGsiSk = (team: string, workbook: string): string => `WB#${team}#${workbook}`;
export const KEY_GSI_PREFIX = "KEY#";
export const keyGsiSk = (createdAt: string, id: string): string => `KEY#${createdAt}#${id}`;

/** Head attributes read for metadata: everything except the inline body. */
export const HEAD_METADATA_ATTRIBUTES = [
  "org",
  "team",
  "workbook",
  "version",
  "baseVersion",
  "createdAt",
  "authorKeyId",
  "authorName",
  "size",
  "sha256",
  "schemaVersion",
  "recordCounts",
  "layout",
  "storedBytes",
  "encoding",
  "uploadId",
  "chunkCount",
  "unpinned",
  "commitId",
  "idempotencyKey",
] as const;

export function projection(attributes: readonly string[]): {
  ProjectionExpression: string;
  ExpressionAttributeNames: Record<string, string>;
} {
  const names: Record<string, string> = {};
  attributes.forEach((a, i) => (names[`#p${i}`] = a));
  return { ProjectionExpression: Object.keys(names).join(", "), ExpressionAttributeNames: names };
}

const S = (value: string): AttributeValue => ({ S: value });
const N = (value: number): AttributeValue => ({ N: String(value) });

function str(item: Item, name: string): string {
  const value = item[name];
  if (value && "S" in value && typeof value.S === "string") return value.S;
  throw new StoreIntegrityError(`stored item lacks string attribute ${name}`);
}

function optStr(item: Item, name: string): string | undefined {
  const value = item[name];
  return value && "S" in value && typeof value.S === "string" ? value.S : undefined;
}

function optInt(item: Item, name: string): number | undefined {
  const value = item[name];
  const n = value && "N" in value ? Number(value.N) : Number.NaN;
  return Number.isInteger(n) ? n : undefined;
}

function num(item: Item, name: string): number {
  const value = item[name];
  if (value && "N" in value && typeof value.N === "string") {
    const n = Number(value.N);
    if (Number.isFinite(n)) return n;
  }
  throw new StoreIntegrityError(`stored item lacks number attribute ${name}`);
}

export function headItem(
  record: VersionRecord,
  extra: { body?: Uint8Array; unpinned?: boolean; commitId: string; idempotencyKey?: string | undefined },
): Item {
  const counts: Record<string, AttributeValue> = {};
  for (const [name, count] of Object.entries(record.recordCounts)) counts[name] = N(count);
  const item: Item = {
    pk: S(workbookPk(record)),
    sk: S(versionSk(record.version)),
    type: S("version"),
    org: S(record.org),
    team: S(record.team),
    workbook: S(record.workbook),
    version: N(record.version),
    baseVersion: record.baseVersion === null ? { NULL: true } : N(record.baseVersion),
    createdAt: S(record.createdAt),
    authorKeyId: S(record.author.keyId),
    authorName: S(record.author.name),
    size: N(record.size),
    sha256: S(record.sha256),
    schemaVersion: N(record.schemaVersion),
    recordCounts: { M: counts },
    layout: S(record.layout.kind),
    storedBytes: N(record.layout.storedBytes),
  };
  if (record.layout.kind === "chunked") {
    item.encoding = S(record.layout.encoding);
    item.uploadId = S(record.layout.uploadId);
    item.chunkCount = N(record.layout.chunkCount);
  }
  if (extra.body) item.body = { B: extra.body };
  if (extra.unpinned) item.unpinned = { BOOL: true };
  item.commitId = S(extra.commitId);
  if (extra.idempotencyKey !== undefined) item.idempotencyKey = S(extra.idempotencyKey);
  return item;
}

export function versionFromItem(item: Item): VersionRecord {
  const counts: Record<string, number> = {};
  const countsAttr = item.recordCounts;
  if (countsAttr && "M" in countsAttr && countsAttr.M) {
    for (const [name, value] of Object.entries(countsAttr.M)) {
      if ("N" in value && typeof value.N === "string") counts[name] = Number(value.N);
    }
  }
  const kind = str(item, "layout");
  let layout: StorageLayout;
  if (kind === "inline") {
    layout = { kind: "inline", storedBytes: num(item, "storedBytes") };
  } else if (kind === "chunked") {
    layout = {
      kind: "chunked",
      encoding: "gzip",
      uploadId: str(item, "uploadId"),
      chunkCount: num(item, "chunkCount"),
      storedBytes: num(item, "storedBytes"),
    };
  } else {
    throw new StoreIntegrityError(`unknown storage layout ${kind}`);
  }
  const base = item.baseVersion;
  return {
    org: str(item, "org"),
    team: str(item, "team"),
    workbook: str(item, "workbook"),
    version: num(item, "version"),
    baseVersion: base && "N" in base ? num(item, "baseVersion") : null,
    createdAt: str(item, "createdAt"),
    author: { keyId: str(item, "authorKeyId"), name: str(item, "authorName") },
    size: num(item, "size"),
    sha256: str(item, "sha256"),
    schemaVersion: num(item, "schemaVersion"),
    recordCounts: counts,
    layout,
  };
}

/**
 * The id of the commit attempt that wrote a head: a conditional failure on the head put is only a
 * lost race when the head there carries another attempt's id (the SDK retries a put whose answer
 * was lost, and that retry fails its own condition).
 */
export function commitIdOf(item: Item): string | undefined {
  return optStr(item, "commitId");
}

/** The client's idempotency key the head was pushed with, if it gave one. */
export function idempotencyKeyOf(item: Item): string | undefined {
  return optStr(item, "idempotencyKey");
}

export function isUnpinned(item: Item): boolean {
  const value = item.unpinned;
  return value !== undefined && "BOOL" in value && value.BOOL === true;
}

export function inlineBody(item: Item): Uint8Array {
  const value = item.body;
  if (value && "B" in value && value.B instanceof Uint8Array) return value.B;
  throw new StoreIntegrityError("inline version lacks its body");
}

export function workbookIndexItem(record: WorkbookRecord): Item {
  return {
    pk: S(workbookPk(record)),
    sk: S(META_SK),
    type: S("workbook"),
    org: S(record.org),
    team: S(record.team),
    workbook: S(record.workbook),
    createdAt: S(record.createdAt),
    gsi1pk: S(orgGsiPk(record.org)),
    gsi1sk: S(workbookGsiSk(record.team, record.workbook)),
  };
}

/** The pointer's copy of a head: its metadata as `headItem` writes it, without key, body or attempt. */
export function latestHeadValue(record: VersionRecord): AttributeValue {
  const { pk: _pk, sk: _sk, type: _type, commitId: _commitId, ...metadata } = headItem(record, { commitId: "" });
  return { M: metadata };
}

/** The newest version an index entry's pointer names; undefined for an entry without one. */
export function latestOfIndexItem(item: Item): VersionRecord | undefined {
  const value = item.latestHead;
  return value && "M" in value && value.M ? versionFromItem(value.M) : undefined;
}

export function workbookFromItem(item: Item): WorkbookRecord {
  return {
    org: str(item, "org"),
    team: str(item, "team"),
    workbook: str(item, "workbook"),
    createdAt: str(item, "createdAt"),
  };
}

export function keyItem(record: KeyRecord): Item {
  const item: Item = {
    pk: S(keyPk(record.id)),
    sk: S(KEY_SK),
    type: S("key"),
    id: S(record.id),
    org: S(record.org),
    name: S(record.name),
    role: S(record.role),
    teams: { L: record.teams.map(S) },
    hash: S(record.hash),
    createdAt: S(record.createdAt),
    createdBy: S(record.createdBy),
    gsi1pk: S(orgGsiPk(record.org)),
    gsi1sk: S(keyGsiSk(record.createdAt, record.id)),
  };
  if (record.revokedAt !== null) item.revokedAt = S(record.revokedAt);
  return item;
}

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function keyFromItem(item: Item): KeyRecord {
  const role = str(item, "role");
  if (!isRole(role)) throw new StoreIntegrityError(`stored key has unknown role ${role}`);
  const teamsAttr = item.teams;
  const teams =
    teamsAttr && "L" in teamsAttr && teamsAttr.L
      ? teamsAttr.L.flatMap((t) => ("S" in t && typeof t.S === "string" ? [t.S] : []))
      : [];
  return {
    id: str(item, "id"),
    org: str(item, "org"),
    name: str(item, "name"),
    role,
    teams,
    hash: str(item, "hash"),
    createdAt: str(item, "createdAt"),
    createdBy: str(item, "createdBy"),
    revokedAt: optStr(item, "revokedAt") ?? null,
  };
}

export function orgProfileItem(record: OrgProfileRecord): Item {
  return {
    pk: S(orgPk(record.org)),
    sk: S(PROFILE_SK),
    type: S("org-profile"),
    org: S(record.org),
    document: S(JSON.stringify(record.document)),
    updatedAt: S(record.updatedAt),
    updatedByKeyId: S(record.updatedBy.keyId),
    updatedByName: S(record.updatedBy.name),
  };
}

export function orgProfileFromItem(item: Item): OrgProfileRecord {
  let document: unknown;
  try {
    document = JSON.parse(str(item, "document"));
  } catch (error) {
    throw new StoreIntegrityError("stored org profile is not JSON", { cause: error });
  }
  if (typeof document !== "object" || document === null || Array.isArray(document)) {
    throw new StoreIntegrityError("stored org profile is not a JSON object");
  }
  return {
    org: str(item, "org"),
    document: document as Record<string, unknown>,
    updatedAt: str(item, "updatedAt"),
    updatedBy: { keyId: str(item, "updatedByKeyId"), name: str(item, "updatedByName") },
  };
}

/** Whose a digest item is: the version's bytes, time and author, as its head records them. */
function digestSource(record: VersionRecord): Item {
  return { sha256: S(record.sha256), createdAt: S(record.createdAt), authorKeyId: S(record.author.keyId) };
}

/**
 * One item of a version's digest: part 0 (the `D#` item readers look up, with the number of parts
 * when there is more than one) or a further part. Every part names whose it is and its digest
 * version, so parts of different writes are never joined.
 */
export function digestItem(record: VersionRecord, digestVersion: number, gzipped: Uint8Array, part: { index: number; count: number } = { index: 0, count: 1 }): Item {
  const item: Item = {
    pk: S(workbookPk(record)),
    sk: S(part.index === 0 ? digestSk(record.version) : digestPartSk(record.version, part.index)),
    type: S(part.index === 0 ? "digest" : "digest-part"),
    digestVersion: N(digestVersion),
    ...digestSource(record),
    body: { B: gzipped },
  };
  if (part.index === 0 && part.count > 1) item.parts = N(part.count);
  return item;
}

/**
 * A digest item's version, bytes and part count, when it was written for this very version (and,
 * for a further part, for this digest version too).
 */
export function digestOfItem(
  item: Item,
  record: VersionRecord,
  digestVersion?: number,
): { digestVersion: number; gzipped: Uint8Array; parts: number } | undefined {
  if (optStr(item, "sha256") !== record.sha256 || optStr(item, "createdAt") !== record.createdAt || optStr(item, "authorKeyId") !== record.author.keyId) {
    return undefined;
  }
  const body = item.body;
  if (!body || !("B" in body) || !(body.B instanceof Uint8Array)) return undefined;
  const version = num(item, "digestVersion");
  if (digestVersion !== undefined && version !== digestVersion) return undefined;
  const parts = item.parts && "N" in item.parts ? num(item, "parts") : 1;
  return { digestVersion: version, gzipped: body.B, parts };
}

/** What every part of a stored report carries, so that parts of different writes are never joined. */
export interface StoredReportMeta {
  readonly hash: string;
  readonly teams: number;
  readonly jsonLength: number;
  readonly parts: number;
  /** Of the whole gzipped body. */
  readonly size: number;
  readonly sha256: string;
  /** Epoch seconds; DynamoDB's TTL removes the item some time after. */
  readonly expiresAt: number;
}

/** One part of a stored consolidated report (see stored-reports.ts). */
export function storedReportItem(org: string, key: string, index: number, meta: StoredReportMeta, body: Uint8Array): Item {
  return {
    pk: S(storedReportPk(org)),
    sk: S(storedReportSk(key, index)),
    type: S(index === 0 ? "report" : "report-part"),
    hash: S(meta.hash),
    teams: N(meta.teams),
    jsonLength: N(meta.jsonLength),
    parts: N(meta.parts),
    size: N(meta.size),
    sha256: S(meta.sha256),
    [TABLE_SCHEMA.ttlAttribute]: N(meta.expiresAt),
    body: { B: body },
  };
}

/** A stored report part's metadata and bytes; undefined for an item of another shape. */
export function storedReportOfItem(item: Item): { meta: StoredReportMeta; body: Uint8Array } | undefined {
  const body = item.body;
  if (!body || !("B" in body) || !(body.B instanceof Uint8Array)) return undefined;
  const hash = optStr(item, "hash");
  const sha256 = optStr(item, "sha256");
  const teams = optInt(item, "teams");
  const jsonLength = optInt(item, "jsonLength");
  const parts = optInt(item, "parts");
  const size = optInt(item, "size");
  const expiresAt = optInt(item, TABLE_SCHEMA.ttlAttribute);
  if (hash === undefined || sha256 === undefined || teams === undefined || jsonLength === undefined || parts === undefined || size === undefined || expiresAt === undefined) return undefined;
  return { meta: { hash, sha256, teams, jsonLength, parts, size, expiresAt }, body: body.B };
}
