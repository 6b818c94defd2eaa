/**
 * A small client for the Crosswalk API, used by `crosswalk push`, `versions`, `report` and
 * `org-profile`.
 * Errors come back as ApiError carrying the server's RFC 9457 problem.
 */
export interface ApiProblem {
  readonly type?: string;
  readonly title?: string;
  readonly status: number;
  readonly detail?: string;
  readonly currentVersion?: number | null;
  readonly errors?: ReadonlyArray<{ in?: string; pointer?: string; message?: string }>;
  readonly [extension: string]: unknown;
}

export class ApiError extends Error {
  override readonly name = "ApiError";
  readonly problem: ApiProblem;
  constructor(problem: ApiProblem) {
    const fields = (problem.errors ?? []).map((e) => `\n  ${e.pointer || e.in || ""}: ${e.message ?? ""}`).join("");
    super(`${problem.status} ${problem.title ?? "error"}${problem.detail ? `: ${problem.detail}` : ""}${fields}`);
    this.problem = problem;
  }
}

export interface VersionSummary {
  readonly team: string;
  readonly workbook: string;
  readonly version: number;
  readonly etag: string;
  readonly baseVersion: number | null;
  readonly createdAt: string;
  readonly author: { readonly keyId: string; readonly name: string };
  readonly size: number;
  readonly storedBytes: number;
  readonly compressed: boolean;
  readonly sha256: string;
  readonly schemaVersion: number;
  readonly recordCounts: Readonly<Record<string, number>>;
  readonly url: string;
}

export interface VersionList {
  readonly items: readonly VersionSummary[];
  readonly nextCursor: string | null;
}

export interface ReportRequest {
  readonly format: string;
  readonly teams?: readonly string[] | undefined;
  readonly asOf?: string | undefined;
  readonly csvTable?: string | undefined;
}

/** A report as the API sent it, with what its headers say went in. */
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

export interface ApiClientOptions {
  readonly baseUrl: string;
  readonly key: string;
  readonly fetch?: typeof fetch;
}

export class ApiClient {
  readonly #base: string;
  readonly #key: string;
  readonly #fetch: typeof fetch;

  constructor(options: ApiClientOptions) {
    this.#base = options.baseUrl.replace(/\/+$/, "");
    this.#key = options.key;
    this.#fetch = options.fetch ?? fetch;
  }

  async #call(path: string, init: RequestInit = {}): Promise<Response> {
    let response: Response;
    try {
      response = await this.#fetch(`${this.#base}${path}`, {
        ...init,
        headers: { authorization: `Bearer ${this.#key}`, ...(init.headers as Record<string, string> | undefined) },
      });
    } catch (error) {
      const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
      throw new Error(`cannot reach the API at ${this.#base}: ${reason}`);
    }
    if (response.ok) return response;
    const text = await response.text();
    let problem: ApiProblem = { status: response.status, title: response.statusText, detail: text.slice(0, 500) };
    try {
      const parsed = JSON.parse(text) as unknown;
      if (typeof parsed === "object" && parsed !== null) problem = { ...(parsed as ApiProblem), status: response.status };
    } catch {
      // Not problem+json (a proxy's error page, say): keep the status and the start of the text.
    }
    throw new ApiError(problem);
  }

  static #workbookPath(team: string, workbook: string): string {
    return `/v1/teams/${encodeURIComponent(team)}/workbooks/${encodeURIComponent(workbook)}`;
  }

  async pushVersion(team: string, workbook: string, body: Uint8Array, baseEtag?: string): Promise<VersionSummary> {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (baseEtag !== undefined) headers["if-match"] = baseEtag;
    const response = await this.#call(`${ApiClient.#workbookPath(team, workbook)}/versions`, {
      method: "POST",
      headers,
      body: body as Uint8Array<ArrayBuffer>,
    });
    return (await response.json()) as VersionSummary;
  }

  async getReport(request: ReportRequest): Promise<PulledReport> {
    const query = new URLSearchParams({ format: request.format });
    if (request.teams !== undefined && request.teams.length > 0) query.set("teams", request.teams.join(","));
    if (request.asOf !== undefined) query.set("asOf", request.asOf);
    if (request.csvTable !== undefined) query.set("csvTable", request.csvTable);
    const response = await this.#call(`/v1/reports/dual-conformance?${query}`);
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

  async getOrgProfile(): Promise<Record<string, unknown>> {
    const response = await this.#call("/v1/org/profile");
    return (await response.json()) as Record<string, unknown>;
  }

  /** Sends the profile document as it is; the API validates it (422 with the bad fields). */
  async putOrgProfile(body: Uint8Array): Promise<Record<string, unknown>> {
    const response = await this.#call("/v1/org/profile", {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: body as Uint8Array<ArrayBuffer>,
    });
    return (await response.json()) as Record<string, unknown>;
  }

  async listVersions(team: string, workbook: string, options: { limit?: number; cursor?: string } = {}): Promise<VersionList> {
    const query = new URLSearchParams();
    if (options.limit !== undefined) query.set("limit", String(options.limit));
    if (options.cursor !== undefined) query.set("cursor", options.cursor);
    const suffix = query.size > 0 ? `?${query}` : "";
    const response = await this.#call(`${ApiClient.#workbookPath(team, workbook)}/versions${suffix}`);
    return (await response.json()) as VersionList;
  }
}
