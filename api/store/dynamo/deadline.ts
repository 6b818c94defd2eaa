import { StoreUnavailableError } from "../port";

/**
 * How long one DynamoDB operation (every SDK attempt and back-off included) may take before the
 * API gives up and answers 503. Locally 10 s; on AWS set `CROSSWALK_STORE_DEADLINE_MS` so that a
 * request's store calls end well inside the function's timeout (see docs/api.md).
 */
export const DEFAULT_STORE_DEADLINE_MS = 10_000;

/** Reads a deadline setting: a whole number of milliseconds from 100 to 600 000. */
export function parseStoreDeadline(text: string | undefined, setting: string): number | undefined {
  if (text === undefined || text.trim() === "") return undefined;
  const ms = Number(text);
  if (!Number.isInteger(ms) || ms < 100 || ms > 600_000) {
    throw new Error(`${setting} must be a whole number of milliseconds from 100 to 600000, not "${text}"`);
  }
  return ms;
}

/**
 * Runs `call` with a signal that aborts after `ms`, and settles at the deadline even when the call
 * does not heed the signal (an SDK back-off between retries, a socket that never answers): a
 * silent store must turn into a 503, never into a request that hangs.
 */
export async function withinDeadline<T>(what: string, ms: number, call: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new StoreUnavailableError(`store did not answer ${what} within ${ms} ms`);
      controller.abort(error);
      reject(error);
    }, ms);
  });
  try {
    return await Promise.race([call(controller.signal), expired]);
  } finally {
    clearTimeout(timer);
  }
}
