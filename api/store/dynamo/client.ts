import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DEFAULT_STORE_DEADLINE_MS } from "./deadline";

export interface DynamoClientOptions {
  /** e.g. http://127.0.0.1:4567 for dynalite; omit on AWS. */
  readonly endpoint?: string | undefined;
  readonly region?: string | undefined;
  /**
   * Per-attempt timeout: an attempt with no answer by then fails (and the SDK may retry). The
   * store's own deadline (`deadlineMs` of the store) bounds the whole operation on top of this.
   */
  readonly requestTimeoutMs?: number;
  /**
   * With an endpoint: `local` (default) signs with dummy credentials, which dynalite, DynamoDB
   * Local and LocalStack accept; `environment` uses the SDK's usual credential chain (a real table).
   */
  readonly credentials?: "local" | "environment";
  /** How long to wait for a TCP connection per attempt. */
  readonly connectionTimeoutMs?: number;
  readonly maxAttempts?: number;
}

/**
 * The only place a DynamoDB client is made. Callers (local server, Lambda entry, tests) create
 * it when they start, never at module load.
 */
export function createDynamoClient(options: DynamoClientOptions = {}): DynamoDBClient {
  const local = options.endpoint !== undefined;
  return new DynamoDBClient({
    ...(local
      ? {
          endpoint: options.endpoint,
          region: options.region ?? "local",
          // dynalite checks that a signature is present, not whose it is.
          ...(options.credentials === "environment" && (process.env.AWS_ACCESS_KEY_ID || process.env.AWS_PROFILE)
            ? { region: options.region ?? process.env.AWS_REGION ?? "local" }
            : { credentials: { accessKeyId: "local", secretAccessKey: "local" } }),
        }
      : options.region
        ? { region: options.region }
        : {}),
    maxAttempts: options.maxAttempts ?? 3,
    requestHandler: {
      connectionTimeout: options.connectionTimeoutMs ?? 2_000,
      // As long as the store's deadline by default: a slow but answering store (a busy machine)
      // is not a failure, and quick failures (refused, reset, throttled) are still retried.
      requestTimeout: options.requestTimeoutMs ?? DEFAULT_STORE_DEADLINE_MS,
      // Without this, an exceeded requestTimeout only logs a warning and the attempt waits on.
      throwOnRequestTimeout: true,
    },
  });
}
