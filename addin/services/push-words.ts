/**
 * What the pane says when the API refuses or misses a push, in plain words. The API's problem
 * titles and details are written for programmers ("Precondition required … send If-Match: "v3""),
 * and the API client passes them on; a risk manager reads these sentences instead. Pure.
 */
import { ApiError } from "../../shared/api/client";

/** Words that belong to HTTP, not to a risk manager: none may reach the pane. */
export const HTTP_VOCABULARY = /If-Match|If-None-Match|Idempotency-Key|ETag|Precondition|Retry-After|\bHTTP\b|\bstatus\b|\b[45]\d\d\b/i;

export const CONFLICT_WORDS = "Someone else pushed a newer version of this workbook first.";

/** The sentence for a failed push (or comparison), whatever the API answered. */
export function pushFailureWords(error: unknown): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  // The client's own sentence for a network failure names the URL and the reason, in plain words.
  if (error.status === 0) return error.message;
  switch (error.status) {
    case 409:
    case 428:
      return CONFLICT_WORDS;
    case 401:
      return "The API key was not accepted (unknown or revoked). Check it in Settings.";
    case 403:
      return "This API key may not push this team's workbook. Ask your administrator for a key with the right role.";
    case 404:
      return "The API does not know this team, or this key may not see it. Check the team and workbook ids in Settings.";
    case 413:
      return "The workbook is too large for the API.";
    case 422:
      return refusedContent(error);
    case 502:
    case 503:
    case 504:
      return "The API is not answering right now (its database or gateway is down).";
    default:
      return error.status >= 500 ? "The API failed while taking the push. Try again later; if it keeps failing, tell your administrator." : "The API could not take the push.";
  }
}

function refusedContent(error: ApiError): string {
  if (error.problem?.type?.endsWith("idempotency-key-reused")) {
    return "This push was sent before with other content. Check and compare again, then push.";
  }
  const reasons = (error.problem?.errors ?? []).map((e) => e.message).filter((m): m is string => typeof m === "string" && m !== "" && !HTTP_VOCABULARY.test(m));
  const first = reasons.slice(0, 3).join("; ");
  return `The API refused the workbook's content${first ? ` (${first}${reasons.length > 3 ? ` and ${reasons.length - 3} more` : ""})` : ""}. Run Validate, fix what it lists, then push again.`;
}
