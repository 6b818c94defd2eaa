import { ADDIN_FILE_OPTIONS } from "./addin-cache";
import type { FunctionArgs, Interpolate, SstApp, SstPlatform } from "./platform";
import { isProtectedStage } from "./stages";

/**
 * Packages installed beside the Lambda bundle instead of bundled into it: exceljs (with its zip
 * libraries, ~700 KB minified) renders XLSX reports only, and is imported on first use, so the
 * bundle stays under 1 MB and other requests never load it.
 */
export const LAMBDA_INSTALLED_PACKAGES = ["exceljs"] as const;

/**
 * Lambda takes at most 6 MiB of event, and a JSON body travels in it escaped (each `"` twice);
 * the API answers its own 413 above 5 MB so that AWS's (unreadable, no CORS) rarely has to. What
 * it accepts it can return: larger responses go gzipped or as a problem (api/lambda-response.ts).
 */
export const AWS_MAX_BODY_BYTES = 5_000_000;

/**
 * The DynamoDB actions the store (api/store/dynamo) sends at run time, and nothing more: linking
 * the table would grant `dynamodb:*` (DeleteTable and Scan included). Creating and describing the
 * table (`ensureTable`) happens only in the local server. test/infra/stack.test.ts holds this
 * list equal to the commands the store's code sends.
 */
export const STORE_ACTIONS = [
  "dynamodb:GetItem",
  "dynamodb:BatchGetItem",
  "dynamodb:PutItem",
  "dynamodb:UpdateItem",
  "dynamodb:DeleteItem",
  "dynamodb:Query",
] as const;

/**
 * Crosswalk on AWS: one DynamoDB table (with the org index and TTL), the API as one Lambda
 * function behind a function URL, two secrets (the bootstrap admin key and the org it belongs
 * to), and static hosting for the add-in's built files. The function gets the table's name by
 * environment and only the store's actions on it; the secrets reach it through SST links
 * (api/lambda-config.ts): `CrosswalkAdminKey` and `CrosswalkOrg`.
 * `interpolate` is SST's `$interpolate` global (the index ARN is derived from the table's).
 */
export function crosswalkStack<Out>(sst: SstPlatform<Out>, app: SstApp, interpolate: Interpolate<Out>, release = `${app.stage}-${new Date().toISOString()}`) {
  const table = new sst.aws.Dynamo("CrosswalkTable", {
    fields: { pk: "string", sk: "string", gsi1pk: "string", gsi1sk: "string" },
    primaryIndex: { hashKey: "pk", rangeKey: "sk" },
    globalIndexes: { gsi1: { hashKey: "gsi1pk", rangeKey: "gsi1sk", projection: "all" } },
    ttl: "expiresAt",
    deletionProtection: isProtectedStage(app.stage),
  });

  const adminKey = new sst.Secret("CrosswalkAdminKey");
  // The org lives in a secret so that it survives redeploys: SST refuses to deploy while it is
  // unset, and the API refuses to serve when it differs from the org the table already holds.
  const org = new sst.Secret("CrosswalkOrg");

  // What every function of the app shares: the runtime, the store and its actions, the release.
  const common: Pick<FunctionArgs<Out>, "runtime" | "architecture" | "memory" | "permissions" | "nodejs"> = {
    runtime: "nodejs22.x",
    architecture: "arm64",
    // One full vCPU: consolidating a few hundred team workbooks is CPU- and memory-bound (≈300 MB, ≈5 s locally for 200 teams × 500 risks).
    memory: "1769 MB",
    permissions: [{ actions: [...STORE_ACTIONS], resources: [table.arn, interpolate`${table.arn}/index/*`] }],
    nodejs: { format: "esm", minify: true, install: [...LAMBDA_INSTALLED_PACKAGES] },
  };
  const environment = {
    CROSSWALK_TABLE: table.name,
    // New at every deploy: stored reports are keyed on it, so no deploy answers with a report older code built.
    CROSSWALK_RELEASE: release,
  };

  const api = new sst.aws.Function("CrosswalkApi", {
    ...common,
    // The streaming entry: answers (reports of a thousand teams) are not held to a buffered result's 6 MB.
    handler: "api/lambda.streamHandler",
    streaming: true,
    timeout: "60 seconds",
    link: [adminKey, org],
    environment: { ...environment, CROSSWALK_MAX_BODY_BYTES: String(AWS_MAX_BODY_BYTES) },
    // The app answers CORS itself (preflights included), so the URL must not add its own headers.
    url: { cors: false },
  });

  // Each day's first report request would build (stored reports are keyed on the as-of date):
  // the org's report of the new day is built and stored just after midnight UTC instead.
  new sst.aws.Cron("CrosswalkDailyReport", {
    schedule: "cron(5 0 * * ? *)",
    function: {
      ...common,
      handler: "api/lambda.refreshHandler",
      timeout: "5 minutes",
      link: [org],
      environment,
    },
  });

  const addin = new sst.aws.StaticSite("AddinSite", {
    path: ".",
    build: { command: "npm run build", output: "dist/addin" },
    environment: { VITE_CROSSWALK_API_URL: api.url },
    assets: { fileOptions: ADDIN_FILE_OPTIONS },
  });

  return { api: api.url, addin: addin.url, table: table.name };
}
