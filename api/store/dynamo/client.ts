import { DynamoDBClient } from "@aws-sdk/client-dynamodb";

export interface DynamoClientOptions {
  /** e.g. http://127.0.0.1:4567 for dynalite; omit on AWS. */
  readonly endpoint?: string | undefined;
  readonly region?: string | undefined;
  /** Per-request timeout, so a hung store turns into a 503 instead of a hung request. */
  readonly requestTimeoutMs?: number;
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
          credentials: { accessKeyId: "local", secretAccessKey: "local" },
        }
      : options.region
        ? { region: options.region }
        : {}),
    maxAttempts: options.maxAttempts ?? 3,
    requestHandler: {
      connectionTimeout: 2_000,
      requestTimeout: options.requestTimeoutMs ?? 5_000,
    },
  });
}
