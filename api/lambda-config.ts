import { parseStoreDeadline } from "./store/dynamo/deadline";

/**
 * Configuration of the Lambda entry. Environment variables win (tests, non-SST deployments);
 * otherwise values come from resources SST links to the function (the two secrets). The stack
 * passes the table's name as CROSSWALK_TABLE rather than linking the table, because a link
 * would grant every DynamoDB action (infra/stack.ts).
 */
export interface LambdaConfig {
  readonly tableName: string;
  readonly adminKey: string | undefined;
  readonly org: string;
  readonly corsOrigins: string | readonly string[];
  /** Only for tests against dynalite; unset on AWS. */
  readonly dynamoEndpoint: string | undefined;
  readonly maxBodyBytes: number | undefined;
  /** Largest response body of the buffered entry; function URLs return 6 MB at most, base64 for binary bodies. */
  readonly maxResponseBytes: number;
  /** Largest report body of the streaming entry: Lambda streams up to 20 MB a response by default. */
  readonly maxStreamedResponseBytes: number;
  /** Longest wait for one store operation (CROSSWALK_STORE_DEADLINE_MS); the store's default when unset. */
  readonly storeDeadlineMs: number | undefined;
  /** The deploy's identity (CROSSWALK_RELEASE, set by infra/stack.ts at each deploy): built reports are stored under it. */
  readonly release: string | undefined;
}

/** 6 MB less base64's third and room for headers: what a function URL can still return. */
const LAMBDA_MAX_RESPONSE_BYTES = 4_400_000;

/** Lambda response streaming's default maximum response size (20 MiB), less room for headers. */
const LAMBDA_MAX_STREAMED_RESPONSE_BYTES = 20 * 1024 * 1024 - 64 * 1024;

/** Reads `name.field` of an SST-linked resource, or undefined when links are not active. */
export type LinkedValue = (resource: string, field: string) => string | undefined;

export const LINKED_ADMIN_KEY = "CrosswalkAdminKey";
/** The org's id, kept as an SST secret so that every redeploy uses the same one. */
export const LINKED_ORG = "CrosswalkOrg";

export function lambdaConfig(env: Readonly<Record<string, string | undefined>>, linked: LinkedValue): LambdaConfig {
  const tableName = env.CROSSWALK_TABLE;
  if (!tableName) throw new Error("no table: set CROSSWALK_TABLE");
  // No default: an org that silently became "default" on a redeploy would strand every team's history.
  const org = env.CROSSWALK_ORG || linked(LINKED_ORG, "value");
  if (!org) throw new Error("no org: set the CrosswalkOrg secret (npx sst secret set CrosswalkOrg <org> --stage <stage>) or CROSSWALK_ORG");
  const origins = env.CROSSWALK_CORS_ORIGINS?.trim();
  const maxBody = env.CROSSWALK_MAX_BODY_BYTES ? Number(env.CROSSWALK_MAX_BODY_BYTES) : undefined;
  if (maxBody !== undefined && (!Number.isInteger(maxBody) || maxBody <= 0)) {
    throw new Error("CROSSWALK_MAX_BODY_BYTES must be a positive whole number");
  }
  const maxResponse = env.CROSSWALK_MAX_RESPONSE_BYTES ? Number(env.CROSSWALK_MAX_RESPONSE_BYTES) : LAMBDA_MAX_RESPONSE_BYTES;
  if (!Number.isInteger(maxResponse) || maxResponse <= 0) {
    throw new Error("CROSSWALK_MAX_RESPONSE_BYTES must be a positive whole number");
  }
  return {
    tableName,
    adminKey: env.CROSSWALK_ADMIN_KEY || linked(LINKED_ADMIN_KEY, "value") || undefined,
    org,
    corsOrigins: !origins || origins === "*" ? "*" : origins.split(",").map((o) => o.trim()).filter(Boolean),
    dynamoEndpoint: env.CROSSWALK_DYNAMODB_ENDPOINT || undefined,
    maxBodyBytes: maxBody,
    maxResponseBytes: maxResponse,
    maxStreamedResponseBytes: env.CROSSWALK_MAX_RESPONSE_BYTES ? maxResponse : LAMBDA_MAX_STREAMED_RESPONSE_BYTES,
    storeDeadlineMs: parseStoreDeadline(env.CROSSWALK_STORE_DEADLINE_MS, "CROSSWALK_STORE_DEADLINE_MS"),
    release: env.CROSSWALK_RELEASE?.trim() || undefined,
  };
}
