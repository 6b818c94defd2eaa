import { stat } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { orgProfileDocumentSchema, type OrgProfileDocument, splitOrgProfile } from "../shared/api/org-profile";
import type { RestoreIssue } from "../shared/model/restore/restore-issue";
import { restoreSnapshot } from "../shared/model/restore/restore-snapshot";
import { buildDualConformanceReport } from "../shared/report/build-report";
import type { ReportWorkbook } from "../shared/report/input";
import type { DualConformanceReport } from "../shared/report/report";
import { readJsonFile } from "./json-file";

export interface FileRestore {
  readonly file: string;
  readonly team: string;
  readonly workbook: string;
  readonly issues: readonly RestoreIssue[];
}

export interface FileReport {
  readonly report: DualConformanceReport;
  /** Every file read, with what restoring it changed (empty for a valid current snapshot). */
  readonly files: readonly FileRestore[];
  /** Files left out by `teams`. */
  readonly filteredOut: readonly string[];
}

export interface FileReportOptions {
  readonly cwd: string;
  readonly asOf: string;
  readonly teams?: readonly string[] | undefined;
  /** The org id; default the snapshots' common `workbook.org`, made an id, else `local`. */
  readonly org?: string | undefined;
  readonly profile?: OrgProfileDocument | undefined;
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 64) || "local";
}

/** An org profile document from a file, validated as the API would (the same schema). */
export async function orgProfileFromFile(path: string): Promise<OrgProfileDocument> {
  const { value } = await readJsonFile(path);
  const parsed = orgProfileDocumentSchema.safeParse(value);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => `\n  /${issue.path.join("/")}: ${issue.message}`).join("");
    throw new Error(`${path} is not a valid org profile:${fields}`);
  }
  return parsed.data;
}

/**
 * The report built here, without an API, from snapshot files (as the add-in exports them or the
 * API serves them): each is brought into today's model by `restoreSnapshot`, whatever its schema
 * version or state, and what that changed is reported back. A file stands for one team workbook
 * version: its version is 0 (not from the API), its time the file's modification time.
 */
export async function reportFromFiles(paths: readonly string[], options: FileReportOptions): Promise<FileReport> {
  const files: FileRestore[] = [];
  const filteredOut: string[] = [];
  const workbooks: ReportWorkbook[] = [];
  const seen = new Map<string, string>();
  for (const path of paths) {
    const full = resolve(options.cwd, path);
    const { value } = await readJsonFile(full);
    const { snapshot, issues } = restoreSnapshot(value);
    const { team, name: workbook } = snapshot.workbook;
    if (options.teams !== undefined && !options.teams.includes(team)) {
      filteredOut.push(path);
      continue;
    }
    const key = `${team}/${workbook}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) throw new Error(`${earlier} and ${path} are both ${key}: pass one version of each team workbook`);
    seen.set(key, path);
    files.push({ file: path, team, workbook, issues });
    const modified = (await stat(full)).mtime.toISOString();
    workbooks.push({ team, workbook, version: 0, author: basename(path), createdAt: modified, snapshot });
  }
  if (options.teams !== undefined) {
    const missing = options.teams.filter((team) => !files.some((f) => f.team === team));
    if (missing.length > 0) throw new Error(`no file holds team ${missing.join(", ")}`);
  }
  const orgs = [...new Set(workbooks.map((w) => w.snapshot.workbook.org).filter((org): org is string => org !== undefined))];
  const orgName = orgs.length === 1 ? orgs[0] : undefined;
  const id = options.org ?? (orgName !== undefined ? slug(orgName) : "local");
  const { name, profile } = options.profile ? splitOrgProfile(options.profile) : { name: undefined, profile: undefined };
  const report = buildDualConformanceReport({
    org: { id, name: name ?? orgName ?? id, ...(profile ? { profile } : {}) },
    asOf: options.asOf,
    workbooks,
  });
  return { report, files, filteredOut };
}
