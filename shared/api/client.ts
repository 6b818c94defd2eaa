/**
 * The one client of the Crosswalk API, for the add-in and the CLI. `fetch` is injected (tests pass
 * a fake or the real app), every JSON answer is checked with the contract's own zod schemas
 * (shared/api), and every failure is an `ApiError` carrying the server's problem+json, whose
 * message a risk manager can read: the problem's title, detail and bad fields, or "cannot reach
 * the API" when the network or the server is down — no status codes (callers that want them, the
 * CLI, have `status`). `offline` tells a push queue which failures are worth retrying.
 */
import type * as z from "zod";
import type { SnapshotDiff } from "../diff/diff-snapshots";
import { parseSnapshot } from "../model/parse-snapshot";
import { restoreSnapshot } from "../model/restore/restore-snapshot";
import type { WorkbookSnapshot } from "../model/snapshot";
import type { DualConformanceReport } from "../report/report";
import { type FetchInit, type FetchLike, type FetchResponse, queryString } from "./fetch";
import { type Me, meSchema } from "./me";
import { type OrgProfileDocument, orgProfileDocumentSchema } from "./org-profile";
import { type Problem, receivedProblemSchema } from "./problem";
import { type ReportFormat, reportResponseSchema } from "./report";
import { diffResponseSchema, type VersionList, versionListSchema, type VersionSummary, versionSummarySchema } from "./version";

export type { FetchLike } from "./fetch";

export interface ApiSettings {
  /** e.g. `http://localhost:8787` or the deployed function URL. */
  readonly baseUrl: string;
  readonly key: string;
}

export class ApiError extends Error {
  override readonly name = "ApiError";
  /** HTTP status; 0 when the API could not be reached at all. */
  readonly status: number;
  /** The server's problem+json, when it sent one. */
  readonly problem: Problem | undefined;
  /** The server's `Retry-After` in seconds (the delta-seconds form), when it sent one. */
  readonly retryAfterSeconds: number | undefined;
  constructor(message: string, status: number, problem?: Problem, retryAfterSeconds?: number) {
    super(message);
    this.status = status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }
  /** The API could not be reached, or said it cannot reach its store: trying again later may work. */
  get offline(): boolean {
    return this.status === 0 || this.status === 503 || this.status === 502 || this.status === 504;
  }
}

/** A version's snapshot with the ETag to push the next version on top of it. */
export interface VersionedSnapshot {
  readonly snapshot: WorkbookSnapshot;
  readonly version: number;
  readonly etag: string;
}

/** The diff of two versions, its changes typed as shared/diff's model (the schema checks their shape). */
export interface VersionDiff extends Omit<z.infer<typeof diffResponseSchema>, "changes"> {
  readonly changes: SnapshotDiff;
}

export interface ReportRequest {
  readonly format: ReportFormat;
  readonly teams?: readonly string[] | undefined;
  readonly asOf?: string | undefined;
  readonly csvTable?: string | undefined;
}

/** A report file as the API sent it, with what its headers say went in. */
export interface PulledReport {
  readonly bytes: Uint8Array;
  readonly mediaType: string;
  /** From Content-Disposition, when given. */
  readonly filename: string | undefined;
  readonly etag: string | undefined;
  readonly asOf: string | undefined;
  /** Team workbooks in the report. */
  readonly teams: number | undefined;
  readonly orgProfile: "present" | "absent" | undefined;
}

const JSON_HEADERS = { "content-type": "application/json" } as const;

export class ApiClient {
  readonly #base: string;
  readonly #key: string;
  readonly #fetch: FetchLike;

  /** Without `fetchImpl`, the global `fetch` of the browser or Node. */
  constructor(settings: ApiSettings, fetchImpl: FetchLike = (input, init) => (globalThis as unknown as { fetch: FetchLike }).fetch(input, init)) {
    this.#base = settings.baseUrl.trim().replace(/\/+$/, "");
    this.#key = settings.key.trim();
    this.#fetch = fetchImpl;
  }

  get baseUrl(): string {
    return this.#base;
  }

  /** `GET /v1/me`: checks the URL and key in one call. */
  async me(): Promise<Me> {
    return this.#json(await this.#call("/v1/me"), meSchema);
  }

  /** The newest version, or undefined when the workbook has none yet. */
  async latest(team: string, workbook: string): Promise<VersionedSnapshot | undefined> {
    try {
      return await this.version(team, workbook, "latest");
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return undefined;
      throw error;
    }
  }

  async version(team: string, workbook: string, version: number | "latest"): Promise<VersionedSnapshot> {
    const response = await this.#call(`${workbookPath(team, workbook)}/versions/${version}`);
    const body = await this.#body(response);
    const number = Number(response.headers.get("crosswalk-version") ?? (version === "latest" ? Number.NaN : version));
    const etag = response.headers.get("etag") ?? (Number.isInteger(number) ? `"v${number}"` : "");
    if (!Number.isInteger(number) || etag === "") {
      throw new ApiError(`The API sent version ${version} without its version number; is ${this.#base} a Crosswalk API?`, response.status);
    }
    // Versions pushed by older clients are brought forward, as the reports read them.
    const parsed = parseSnapshot(body);
    const snapshot = parsed.success ? parsed.snapshot : restoreSnapshot(body).snapshot;
    return { snapshot, version: number, etag };
  }

  /**
   * Pushes a snapshot (or its JSON bytes, sent as they are) as the next version. `ifMatch` is the
   * ETag of the version it was based on (omit only for a workbook's first version); a stale one is
   * an `ApiError` with status 409 whose problem names the current version. `idempotencyKey`
   * names the push: sent again with the same key and bytes after a lost answer, the API answers
   * the version the first attempt made instead of a conflict, so keep one key per push.
   */
  async push(team: string, workbook: string, snapshot: WorkbookSnapshot | Uint8Array, ifMatch?: string, idempotencyKey?: string): Promise<VersionSummary> {
    const headers: Record<string, string> = { ...JSON_HEADERS };
    if (ifMatch !== undefined) headers["if-match"] = ifMatch;
    if (idempotencyKey !== undefined) headers["idempotency-key"] = idempotencyKey;
    const body = snapshot instanceof Uint8Array ? (snapshot as Uint8Array<ArrayBuffer>) : JSON.stringify(snapshot);
    const response = await this.#call(`${workbookPath(team, workbook)}/versions`, { method: "POST", headers, body });
    return this.#json(response, versionSummarySchema);
  }

  async versions(team: string, workbook: string, options: { readonly limit?: number | undefined; readonly cursor?: string | undefined } = {}): Promise<VersionList> {
    const query = queryString({ limit: options.limit, cursor: options.cursor });
    const suffix = query !== "" ? `?${query}` : "";
    return this.#json(await this.#call(`${workbookPath(team, workbook)}/versions${suffix}`), versionListSchema);
  }

  async diff(team: string, workbook: string, from: number, to: number): Promise<VersionDiff> {
    const diff = await this.#json(await this.#call(`${workbookPath(team, workbook)}/diff?from=${from}&to=${to}`), diffResponseSchema);
    // Checked against the contract's diff schema; its records are shared/diff's whole model records.
    return { ...diff, changes: diff.changes as unknown as SnapshotDiff };
  }

  /** `GET /v1/reports/dual-conformance?format=json`: the consolidated report of the key's teams. */
  async report(options: { readonly teams?: readonly string[]; readonly asOf?: string } = {}): Promise<DualConformanceReport> {
    const response = await this.#call(`/v1/reports/dual-conformance?${reportQuery({ format: "json", ...options })}`);
    // Checked at the top (its version and the sections a client writes), not field by field.
    return (await this.#json(response, reportResponseSchema)) as unknown as DualConformanceReport;
  }

  /** The consolidated report in any format, as the bytes the API sent. */
  async reportFile(request: ReportRequest): Promise<PulledReport> {
    const response = await this.#call(`/v1/reports/dual-conformance?${reportQuery(request)}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const header = (name: string) => response.headers.get(name) ?? undefined;
    const teams = header("crosswalk-report-teams");
    const profile = header("crosswalk-org-profile");
    return {
      bytes,
      mediaType: header("content-type") ?? "application/octet-stream",
      filename: /filename="([^"]+)"/.exec(header("content-disposition") ?? "")?.[1],
      etag: header("etag"),
      asOf: header("crosswalk-report-as-of"),
      teams: teams !== undefined && /^\d+$/.test(teams) ? Number(teams) : undefined,
      orgProfile: profile === "present" || profile === "absent" ? profile : undefined,
    };
  }

  async orgProfile(): Promise<OrgProfileDocument> {
    return this.#json(await this.#call("/v1/org/profile"), orgProfileDocumentSchema);
  }

  /** Sends the profile (a document, or its JSON bytes as they are); the API validates it (bad fields named). */
  async putOrgProfile(profile: OrgProfileDocument | Uint8Array): Promise<OrgProfileDocument> {
    const body = profile instanceof Uint8Array ? (profile as Uint8Array<ArrayBuffer>) : JSON.stringify(profile);
    return this.#json(await this.#call("/v1/org/profile", { method: "PUT", headers: { ...JSON_HEADERS }, body }), orgProfileDocumentSchema);
  }

  async #call(path: string, init: FetchInit = {}): Promise<FetchResponse> {
    if (!/^https?:\/\//i.test(this.#base)) throw new ApiError(`The API URL "${this.#base}" must start with https:// (or http:// for a local API).`, 0);
    if (this.#key === "") throw new ApiError("No API key: enter one in Settings.", 401);
    let response: FetchResponse;
    try {
      response = await this.#fetch(`${this.#base}${path}`, {
        ...init,
        headers: { authorization: `Bearer ${this.#key}`, accept: "application/json", ...init.headers },
      });
    } catch (error) {
      // Node's fetch says "fetch failed" and keeps the reason (ECONNREFUSED…) in `cause`.
      const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
      throw new ApiError(`Cannot reach the API at ${this.#base} (${reason}). Check the URL and your connection.`, 0);
    }
    if (response.ok) return response;
    throw await problemError(response);
  }

  async #body(response: FetchResponse): Promise<unknown> {
    const text = await response.text();
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new ApiError(`The API at ${this.#base} answered with something that is not JSON (${text.slice(0, 80)}…).`, response.status);
    }
  }

  async #json<S extends z.ZodType>(response: FetchResponse, schema: S): Promise<z.output<S>> {
    const body = await this.#body(response);
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      throw new ApiError(
        `The API at ${this.#base} sent an answer this program does not understand (${first ? `${first.path.join(".")}: ${first.message}` : "unexpected shape"}). Is it a Crosswalk API of the same version?`,
        response.status,
      );
    }
    return parsed.data;
  }
}

function workbookPath(team: string, workbook: string): string {
  return `/v1/teams/${encodeURIComponent(team)}/workbooks/${encodeURIComponent(workbook)}`;
}

function reportQuery(request: { readonly format: ReportFormat; readonly teams?: readonly string[] | undefined; readonly asOf?: string | undefined; readonly csvTable?: string | undefined }): string {
  return queryString({
    format: request.format,
    teams: request.teams !== undefined && request.teams.length > 0 ? request.teams.join(",") : undefined,
    asOf: request.asOf || undefined,
    csvTable: request.csvTable,
  });
}

async function problemError(response: FetchResponse): Promise<ApiError> {
  const text = await response.text().catch(() => "");
  let problem: Problem | undefined;
  try {
    const parsed = receivedProblemSchema.safeParse({ status: response.status, ...(JSON.parse(text) as object) });
    if (parsed.success) problem = { ...parsed.data, status: response.status };
  } catch {
    // Not problem+json (a proxy's error page, say).
  }
  return new ApiError(describe(response.status, problem, text), response.status, problem, retryAfterSeconds(response.headers.get("retry-after")));
}

/** `Retry-After: 5` → 5; the HTTP-date form is not read (shared/ has no clock), nor anything else. */
function retryAfterSeconds(value: string | null): number | undefined {
  return value !== null && /^\s*\d{1,6}\s*$/.test(value) ? Number(value) : undefined;
}

const PLAIN: Readonly<Record<number, string>> = {
  401: "The API key was not accepted (unknown or revoked). Check it in Settings.",
  403: "This API key may not do that (its role is too narrow).",
  404: "Not found, or not visible to this API key.",
  409: "Someone pushed a newer version first.",
  413: "The workbook is too large for the API.",
  428: "The workbook already has versions: pull the latest first.",
  // Not "nothing was written": a push may have been committed with its answer lost (a resend is safe).
  503: "The API cannot reach its database right now. Try again in a moment.",
};

function describe(status: number, problem: Problem | undefined, text: string): string {
  if (!problem) return PLAIN[status] ?? `The API answered ${status}${text ? `: ${text.replace(/\s+/g, " ").slice(0, 120)}` : ""}.`;
  const head = [problem.title, problem.detail].filter((s) => s && s.trim() !== "").join(": ") || PLAIN[status] || `Error ${status}`;
  const fields = (problem.errors ?? []).slice(0, 5).map((e) => `${e.pointer || e.in || ""}: ${e.message ?? ""}`.trim());
  const more = (problem.errors?.length ?? 0) > 5 ? ` (+${(problem.errors?.length ?? 0) - 5} more)` : "";
  return `${head.charAt(0).toUpperCase()}${head.slice(1)}${fields.length ? ` — ${fields.join("; ")}${more}` : ""}`;
}
