/**
 * What the pane says when the API refuses or misses a request, in plain words. The API's problem
 * titles and details are written for programmers ("Precondition required … send If-Match: "v3"",
 * "no route for GET …"), and the API client passes them on; a risk manager reads these sentences
 * instead. Pure.
 */
import { ApiError } from "../../shared/api/client";

/**
 * Words that belong to HTTP, not to a risk manager: none may reach the pane. "status" only as in
 * "status code" or "status 409": a record's own Status field is the user's word.
 */
export const HTTP_VOCABULARY =
  /If-Match|If-None-Match|Idempotency-Key|Accept-Encoding|ETag|Precondition|Retry-After|Unauthorized|\bHTTP\b|\bstatus(\s+code|\s+\d)|\b(GET|POST|PUT)\s+\/|\b[45]\d\d\b/i;

export const CONFLICT_WORDS = "Someone else pushed a newer version of this workbook first.";

/** Any failed request to the API (connection test, history, a comparison). */
export function apiFailureWords(error: unknown): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  if (error.status === 409 || error.status === 428) return CONFLICT_WORDS;
  // The client's own sentences (no URL scheme, no key, network failure) are plain already.
  if (error.status === 0 || (error.problem === undefined && !HTTP_VOCABULARY.test(error.message))) return error.message;
  switch (error.status) {
    case 401:
      return "The API key was not accepted (unknown or revoked). Check it in Settings.";
    case 403:
      return "This API key may not do that (its role is too narrow). Ask your administrator for a key with the right role.";
    case 404:
      return "The API does not have this, or this key may not see it. Check the API's address, and the team and workbook ids in Settings.";
    case 413:
      return "The workbook is too large for the API.";
    case 422:
      return "The API refused the request as it was sent.";
    case 502:
    case 503:
    case 504:
      return "The API is not answering right now (its database or gateway is down). Try again in a moment.";
    default:
      return error.status >= 500 ? "The API failed. Try again later; if it keeps failing, tell your administrator." : "The API refused the request.";
  }
}

/** A failed push (or the comparison before it), whatever the API answered. */
export function pushFailureWords(error: unknown): string {
  if (error instanceof ApiError && error.status === 403) {
    return "This API key may not push this team's workbook. Ask your administrator for a key with the right role.";
  }
  if (error instanceof ApiError && error.status === 422) return refusedContent(error);
  return apiFailureWords(error);
}

/** A failed pull of the consolidated report. */
export function reportFailureWords(error: unknown): string {
  if (error instanceof ApiError && error.status === 422 && /too-large$/.test(error.problem?.type ?? "")) {
    return "The report is too large to pull at once. Name fewer teams in “Teams” and pull again.";
  }
  if (error instanceof ApiError && error.status === 404) {
    return "The API has no consolidated report for this key: it may be an older version of the API, or a team named in “Teams” is unknown.";
  }
  return apiFailureWords(error);
}

function refusedContent(error: ApiError): string {
  if (error.problem?.type?.endsWith("idempotency-key-reused")) {
    return "This push was sent before with other content. Check and compare again, then push.";
  }
  const reasons = (error.problem?.errors ?? []).map((e) => e.message).filter((m): m is string => typeof m === "string" && m !== "" && !HTTP_VOCABULARY.test(m));
  const first = reasons.slice(0, 3).join("; ");
  return `The API refused the workbook's content${first ? ` (${first}${reasons.length > 3 ? ` and ${reasons.length - 3} more` : ""})` : ""}. Run Validate, fix what it lists, then push again.`;
}
