import * as z from "zod";
import { isIsoDate } from "../model/primitives";
import type { WorkbookSnapshot } from "../model/snapshot";
import { OrgProfile } from "./org-profile";

/** The most residual risks a report lists on top; a stored risk kernel ranks this many per team. */
export const MAX_TOP_RISKS = 1_000;

/**
 * Tuning knobs; every one has a default, so `{}` (or nothing) is a complete set. Limits bound the
 * size of the report's lists whatever the number of teams and risks; totals are always complete.
 */
export const ReportOptions = z
  .object({
    /** Residual risks listed in the top list. */
    topRisks: z.int().min(1).max(MAX_TOP_RISKS).default(10),
    /** Items listed at most in each long list (overdue items, gaps, reference issues). */
    listLimit: z.int().min(1).max(100_000).default(250),
    /** Audits, reviews and SoA reviews older than this count as overdue. */
    reviewIntervalDays: z.int().min(1).max(3_650).default(365),
  })
  .strict();
export type ReportOptions = z.infer<typeof ReportOptions>;
export type ReportOptionsInput = z.input<typeof ReportOptions>;

/** One team workbook version the report consolidates. */
export interface ReportWorkbook {
  readonly team: string;
  readonly workbook: string;
  /** The version the caller chose (the latest, or the latest as of a date). */
  readonly version: number;
  readonly author?: string;
  /** When that version was pushed, as the store recorded it (ISO 8601). */
  readonly createdAt: string;
  readonly snapshot: WorkbookSnapshot;
}

export interface ReportOrg {
  readonly id: string;
  readonly name: string;
  readonly profile?: OrgProfile;
}

/**
 * Everything the report is a function of. Choosing which version of each workbook to include is
 * the caller's job (the API picks the latest, or the latest as of a date); the report records the
 * version each team contributed. `asOf` replaces the clock: "overdue" means before this date.
 */
export interface ReportInput {
  readonly org: ReportOrg;
  readonly asOf: string;
  readonly workbooks: readonly ReportWorkbook[];
  readonly options?: ReportOptionsInput;
}

/** The part of a report input that is not the snapshots, for validating requests cheaply. */
export const ReportEnvelope = z.object({
  org: z.object({ id: z.string().min(1).max(256), name: z.string().min(1).max(512), profile: OrgProfile.optional() }),
  asOf: z.string().refine(isIsoDate, { error: "asOf must be a calendar date written YYYY-MM-DD" }),
  workbooks: z
    .array(
      z.object({
        team: z.string().min(1).max(256),
        workbook: z.string().min(1).max(256),
        version: z.int().min(0),
        author: z.string().max(512).optional(),
        createdAt: z.string().max(64),
        snapshot: z.custom<WorkbookSnapshot>((value) => typeof value === "object" && value !== null, { error: "snapshot must be an object" }),
      }),
    )
    .max(10_000),
  options: ReportOptions.optional(),
});

/** A report input that cannot be reported on, with every problem found. */
export class ReportInputError extends Error {
  readonly issues: readonly { readonly path: string; readonly message: string }[];

  constructor(issues: readonly { readonly path: string; readonly message: string }[]) {
    super(`invalid report input: ${issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join("; ")}`);
    this.name = "ReportInputError";
    this.issues = issues;
  }
}

export interface CheckedInput {
  readonly org: ReportOrg;
  readonly asOf: string;
  readonly workbooks: readonly ReportWorkbook[];
  readonly options: ReportOptions;
}

/**
 * Validates everything but the snapshots' contents (those are typed, and restored or parsed on the
 * way into the store), and refuses the same team workbook twice.
 */
export function checkInput(input: ReportInput): CheckedInput {
  const parsed = ReportEnvelope.safeParse(input);
  if (!parsed.success) {
    throw new ReportInputError(parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message })));
  }
  const seen = new Set<string>();
  const duplicates: string[] = [];
  for (const entry of input.workbooks) {
    const key = `${entry.team}/${entry.workbook}`;
    if (seen.has(key)) duplicates.push(key);
    seen.add(key);
  }
  if (duplicates.length > 0) {
    throw new ReportInputError(
      duplicates.map((key) => ({ path: "workbooks", message: `${key} appears twice; pass one version of each team workbook` })),
    );
  }
  const org: ReportOrg = parsed.data.org.profile
    ? { id: input.org.id, name: input.org.name, profile: parsed.data.org.profile }
    : { id: input.org.id, name: input.org.name };
  return { org, asOf: input.asOf, workbooks: input.workbooks, options: ReportOptions.parse(input.options ?? {}) };
}
