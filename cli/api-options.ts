import { ApiClient, type ApiError } from "../shared/api/client";
import type { Problem } from "../shared/api/problem";
import type { CliIo } from "./io";
import { UsageError } from "./io";

const DEFAULT_API_URL = "http://localhost:8787";

/** `--api`/`--key`, else CROSSWALK_API / CROSSWALK_KEY; the URL defaults to the local server. */
function apiTarget(values: { api?: string | undefined; key?: string | undefined }, io: CliIo): { baseUrl: string; key: string } {
  const baseUrl = values.api ?? io.env.CROSSWALK_API ?? DEFAULT_API_URL;
  const key = values.key ?? io.env.CROSSWALK_KEY;
  if (!key) throw new UsageError("no API key: pass --key KEY or set CROSSWALK_KEY");
  try {
    const url = new URL(baseUrl);
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error("not http");
  } catch {
    throw new UsageError(`--api must be an http(s) URL, not ${JSON.stringify(baseUrl)}`);
  }
  return { baseUrl, key };
}

export const API_OPTIONS_USAGE = [
  "  --api URL         API base URL (default $CROSSWALK_API, else http://localhost:8787)",
  "  --key KEY         API key (default $CROSSWALK_KEY)",
].join("\n");

export function integerOption(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[0-9]+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, not ${JSON.stringify(value)}`);
  }
  return Number(value);
}

/** The shared API client on `--api`/`--key` (or the environment). */
export function apiClient(values: { api?: string | undefined; key?: string | undefined }, io: CliIo): ApiClient {
  return new ApiClient(apiTarget(values, io));
}

/** An API failure on stderr: the status first (a terminal user may want it), then the readable message. */
export function apiErrorText(error: ApiError): string {
  return error.status > 0 ? `${error.status} ${error.message}` : error.message;
}

/** An API failure for `--json`: the server's problem, or one made from what is known. */
export function apiErrorJson(error: ApiError): Problem {
  return error.problem ?? { status: error.status, title: "error", detail: error.message };
}
