import { StoreUnavailableError } from "../port";

/** DynamoDB answers that mean "not now" rather than "your request is wrong". */
const UNAVAILABLE_NAMES = new Set([
  "ProvisionedThroughputExceededException",
  "ThrottlingException",
  "RequestLimitExceeded",
  "InternalServerError",
  "ServiceUnavailable",
  "ResourceNotFoundException",
  "TimeoutError",
  "RequestTimeout",
  "RequestTimeoutException",
  "AbortError",
]);

const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ECONNABORTED",
  "UND_ERR_SOCKET",
]);

function field(error: object, name: string): unknown {
  return (error as Record<string, unknown>)[name];
}

function isUnavailable(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const name = field(error, "name");
  if (typeof name === "string" && UNAVAILABLE_NAMES.has(name)) return true;
  const code = field(error, "code");
  if (typeof code === "string" && NETWORK_CODES.has(code)) return true;
  const metadata = field(error, "$metadata");
  if (typeof metadata === "object" && metadata !== null) {
    const status = field(metadata, "httpStatusCode");
    if (typeof status === "number" && status >= 500) return true;
  }
  return false;
}

export function isConditionFailure(error: unknown): boolean {
  return error instanceof Error && error.name === "ConditionalCheckFailedException";
}

/** Runs one store call, turning "store unreachable" failures into StoreUnavailableError. */
export async function guarded<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (isUnavailable(error)) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new StoreUnavailableError(`store unavailable during ${what}: ${reason}`, { cause: error });
    }
    throw error;
  }
}
