import * as z from "zod";
import type { WorkbookSnapshot } from "../../model/snapshot";
import { catalogIndex } from "../catalog-index";
import { MAX_TOP_RISKS, type ReportWorkbook } from "../input";
import { riskKernel, type RiskKernel } from "../sections/risk-kernel";
import { levelsOnCommon } from "../teams";
import { DIGEST_OMISSIONS, omitFields } from "./digest-fields";

/**
 * The version of the digest shape. Bump it whenever `buildWorkbookDigest` would give another
 * digest for the same version (a field dropped or added in digest-fields.ts, a new precomputed
 * part, a change to the shipped AI RMF catalog, which the risk kernel counts against): stored digests
 * of an older version are then rebuilt from their snapshot on first read.
 */
export const DIGEST_VERSION = 3;

/**
 * One team workbook version as the consolidated report needs it: the version's identity, its risk
 * register as a risk kernel (counts, grids, lists and dated candidates; risk-kernel.ts), and the
 * snapshot's other records without the fields no section reads (descriptions, notes, free-text
 * extras …). Computed once at push and stored beside the version; the report reads digests, never
 * snapshots. The kernel is the one the report computes from a snapshot's risks (ranking every
 * risk a request may list), and every other section is built from these records by the very code
 * that builds it from snapshots, so the report from digests is the report from snapshots, byte for byte.
 */
export interface WorkbookDigest {
  readonly digestVersion: number;
  readonly team: string;
  readonly workbook: string;
  readonly version: number;
  readonly author?: string;
  readonly createdAt: string;
  /** The snapshot's records the report reads (a valid `WorkbookSnapshot` minus unread fields), with `risks` empty: */
  readonly records: WorkbookSnapshot;
  /** the risks, as the report reads them whatever its as-of date and options. */
  readonly risks: RiskKernel;
}

/**
 * A stored digest as read back: the envelope is checked; the records are trusted as the snapshot
 * was (they were cut from a validated snapshot by this code, and carry its `DIGEST_VERSION`).
 */
export const WorkbookDigestSchema = z.object({
  digestVersion: z.int().min(1),
  team: z.string().min(1),
  workbook: z.string().min(1),
  version: z.int().min(0),
  author: z.string().optional(),
  createdAt: z.string(),
  records: z.custom<WorkbookSnapshot>((value) => typeof value === "object" && value !== null && !Array.isArray(value), {
    error: "records must be an object",
  }),
  risks: z.custom<RiskKernel>((value) => typeof value === "object" && value !== null && !Array.isArray(value), { error: "risks must be an object" }),
});

/** The digest of one workbook version (what the report reads of it). */
export function buildWorkbookDigest(entry: ReportWorkbook): WorkbookDigest {
  const records: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entry.snapshot)) {
    const omissions = DIGEST_OMISSIONS[key];
    records[key] = key === "risks" ? [] : omissions ? omitFields(value, omissions) : value;
  }
  const risks = riskKernel(entry.snapshot, levelsOnCommon(entry.snapshot.matrix), catalogIndex(), MAX_TOP_RISKS);
  return {
    digestVersion: DIGEST_VERSION,
    team: entry.team,
    workbook: entry.workbook,
    version: entry.version,
    ...(entry.author !== undefined ? { author: entry.author } : {}),
    createdAt: entry.createdAt,
    records: records as WorkbookSnapshot,
    risks,
  };
}

/** The digest as the report builder takes a workbook. */
export function digestWorkbook(digest: WorkbookDigest): ReportWorkbook {
  return {
    team: digest.team,
    workbook: digest.workbook,
    version: digest.version,
    ...(digest.author !== undefined ? { author: digest.author } : {}),
    createdAt: digest.createdAt,
    snapshot: digest.records,
  };
}

/**
 * Parses stored digest JSON; undefined when it is not a digest of the current `DIGEST_VERSION`, or
 * its risk kernel ranks fewer risks than a request may list (`MAX_TOP_RISKS` raised since): such a
 * digest is rebuilt like a stale one, so no request ever needs more than its digest holds.
 */
export function readWorkbookDigest(json: string): WorkbookDigest | undefined {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  const parsed = WorkbookDigestSchema.safeParse(value);
  if (!parsed.success || parsed.data.digestVersion !== DIGEST_VERSION) return undefined;
  if (!(parsed.data.risks.rankedLimit >= MAX_TOP_RISKS)) return undefined;
  return parsed.data as WorkbookDigest;
}
