/**
 * The add-in's client for the Crosswalk API. `fetch` is injected (tests pass a fake), every
 * response is checked with the shared wire schemas (`shared/api`), and every failure is an
 * `ApiError` whose message a risk manager can read: the server's problem+json title, detail and
 * bad fields, or "cannot reach the API" when the network or the server is down. `offline` tells
 * the push queue which failures are worth retrying.
 */
import type { z } from "zod";
import { DiffResponse, Me, Problem, ReportResponse, VersionList, VersionSummary } from "../../shared/api/wire";
import { parseSnapshot } from "../../shared/model/parse-snapshot";
import { restoreSnapshot } from "../../shared/model/restore/restore-snapshot";
import type { WorkbookSnapshot } from "../../shared/model/snapshot";
import type { DualConformanceReport } from "../../shared/report/report";

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface ApiSettings {
  /** e.g. `http://localhost:8787` or the deployed function URL. */
  readonly baseUrl: string;
  readonly key: string;
}

export class ApiError extends Error {
  override readonly name = "ApiError";
  /** HTTP status; 0 when the API could not be reached at all. */
  readonly status: number;
  readonly problem: Problem | undefined;
  constructor(message: string, status: number, problem?: Problem) {
    super(message);
    this.status = status;
    this.problem = problem;
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

export class ApiClient {
  readonly #base: string;
  readonly #key: string;
  readonly #fetch: FetchLike;

  constructor(settings: ApiSettings, fetchImpl: FetchLike = (input, init) => globalThis.fetch(input, init)) {
    this.#base = settings.baseUrl.trim().replace(/\/+$/, "");
    this.#key = settings.key.trim();
    this.#fetch = fetchImpl;
  }

  get baseUrl(): string {
    return this.#base;
  }

  /** `GET /v1/me`: checks the URL and key in one call. */
  async me(): Promise<Me> {
    return this.#json(await this.#call("/v1/me"), Me);
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
   * Pushes `snapshot` as the next version. `ifMatch` is the ETag of the version it was based on
   * (omit only for a workbook's first version); a stale one is an `ApiError` with status 409
   * whose problem names the current version.
   */
  async push(team: string, workbook: string, snapshot: WorkbookSnapshot, ifMatch?: string): Promise<VersionSummary> {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (ifMatch !== undefined) headers["if-match"] = ifMatch;
    const response = await this.#call(`${workbookPath(team, workbook)}/versions`, { method: "POST", headers, body: JSON.stringify(snapshot) });
    return this.#json(response, VersionSummary);
  }

  async versions(team: string, workbook: string, options: { readonly limit?: number; readonly cursor?: string } = {}): Promise<VersionList> {
    const query = new URLSearchParams();
    if (options.limit !== undefined) query.set("limit", String(options.limit));
    if (options.cursor !== undefined) query.set("cursor", options.cursor);
    const suffix = query.size > 0 ? `?${query}` : "";
    return this.#json(await this.#call(`${workbookPath(team, workbook)}/versions${suffix}`), VersionList);
  }

  async diff(team: string, workbook: string, from: number, to: number): Promise<DiffResponse> {
    return this.#json(await this.#call(`${workbookPath(team, workbook)}/diff?from=${from}&to=${to}`), DiffResponse);
  }

  /** `GET /v1/reports/dual-conformance?format=json`: the consolidated report of the key's teams. */
  async report(options: { readonly teams?: readonly string[]; readonly asOf?: string } = {}): Promise<DualConformanceReport> {
    const query = new URLSearchParams({ format: "json" });
    if (options.teams && options.teams.length > 0) query.set("teams", options.teams.join(","));
    if (options.asOf) query.set("asOf", options.asOf);
    return this.#json(await this.#call(`/v1/reports/dual-conformance?${query}`), ReportResponse);
  }

  async #call(path: string, init: RequestInit = {}): Promise<Response> {
    if (!/^https?:\/\//i.test(this.#base)) throw new ApiError(`The API URL "${this.#base}" must start with https:// (or http:// for a local API).`, 0);
    if (this.#key === "") throw new ApiError("No API key: enter one in Settings.", 401);
    let response: Response;
    try {
      response = await this.#fetch(`${this.#base}${path}`, {
        ...init,
        headers: { authorization: `Bearer ${this.#key}`, accept: "application/json", ...(init.headers as Record<string, string> | undefined) },
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new ApiError(`Cannot reach the API at ${this.#base} (${reason}). Check the URL and your connection.`, 0);
    }
    if (response.ok) return response;
    throw await problemError(response);
  }

  async #body(response: Response): Promise<unknown> {
    const text = await response.text();
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new ApiError(`The API at ${this.#base} answered with something that is not JSON (${text.slice(0, 80)}…).`, response.status);
    }
  }

  async #json<S extends z.ZodType>(response: Response, schema: S): Promise<z.infer<S>> {
    const body = await this.#body(response);
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      throw new ApiError(`The API at ${this.#base} sent an answer this add-in does not understand (${first ? `${first.path.join(".")}: ${first.message}` : "unexpected shape"}). Is it a Crosswalk API of the same version?`, response.status);
    }
    return parsed.data;
  }
}

function workbookPath(team: string, workbook: string): string {
  return `/v1/teams/${encodeURIComponent(team)}/workbooks/${encodeURIComponent(workbook)}`;
}

async function problemError(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => "");
  let problem: Problem | undefined;
  try {
    const parsed = Problem.safeParse({ status: response.status, ...(JSON.parse(text) as object) });
    if (parsed.success) problem = { ...parsed.data, status: response.status };
  } catch {
    // Not problem+json (a proxy's error page, say).
  }
  return new ApiError(describe(response.status, problem, text), response.status, problem);
}

const PLAIN: Readonly<Record<number, string>> = {
  401: "The API key was not accepted (unknown or revoked). Check it in Settings.",
  403: "This API key may not do that (its role is too narrow).",
  404: "Not found, or not visible to this API key.",
  409: "Someone pushed a newer version first.",
  413: "The workbook is too large for the API.",
  428: "The workbook already has versions: pull the latest first.",
  503: "The API cannot reach its database right now; nothing was written. Try again in a moment.",
};

function describe(status: number, problem: Problem | undefined, text: string): string {
  if (!problem) return PLAIN[status] ?? `The API answered ${status}${text ? `: ${text.replace(/\s+/g, " ").slice(0, 120)}` : ""}.`;
  const head = [problem.title, problem.detail].filter((s) => s && s.trim() !== "").join(": ") || PLAIN[status] || `Error ${status}`;
  const fields = (problem.errors ?? []).slice(0, 5).map((e) => `${e.pointer || e.in || ""}: ${e.message ?? ""}`.trim());
  const more = (problem.errors?.length ?? 0) > 5 ? ` (+${(problem.errors?.length ?? 0) - 5} more)` : "";
  return `${head.charAt(0).toUpperCase()}${head.slice(1)}${fields.length ? ` — ${fields.join("; ")}${more}` : ""}`;
}
