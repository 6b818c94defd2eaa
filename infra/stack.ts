import type { SstApp, SstPlatform } from "./platform";
import { isProtectedStage } from "./stages";

/**
 * Crosswalk on AWS: one DynamoDB table (with the org index and TTL), the API as one Lambda
 * function behind a function URL, a secret holding the bootstrap admin key, and static hosting
 * for the add-in's built task pane. Names here are what the Lambda entry reads through SST links
 * (api/lambda-config.ts): `CrosswalkTable` and `CrosswalkAdminKey`.
 */
export interface StackOptions {
  /** Org of the bootstrap admin key. */
  readonly org: string;
}

/**
 * Packages installed beside the Lambda bundle instead of bundled into it: exceljs (with its zip
 * libraries, ~700 KB minified) renders XLSX reports only, and is imported on first use, so the
 * bundle stays under 1 MB and other requests never load it.
 */
export const LAMBDA_INSTALLED_PACKAGES = ["exceljs"] as const;

/** Lambda function URLs take at most 6 MB of request; the API says so itself, below that. */
export const AWS_MAX_BODY_BYTES = 5_500_000;

export function crosswalkStack<Out>(sst: SstPlatform<Out>, app: SstApp, options: StackOptions) {
  const table = new sst.aws.Dynamo("CrosswalkTable", {
    fields: { pk: "string", sk: "string", gsi1pk: "string", gsi1sk: "string" },
    primaryIndex: { hashKey: "pk", rangeKey: "sk" },
    globalIndexes: { gsi1: { hashKey: "gsi1pk", rangeKey: "gsi1sk", projection: "all" } },
    ttl: "expiresAt",
    deletionProtection: isProtectedStage(app.stage),
  });

  const adminKey = new sst.Secret("CrosswalkAdminKey");

  const api = new sst.aws.Function("CrosswalkApi", {
    handler: "api/lambda.handler",
    runtime: "nodejs22.x",
    architecture: "arm64",
    // One full vCPU: consolidating a few hundred team workbooks is CPU- and memory-bound (≈300 MB, ≈5 s locally for 200 teams × 500 risks).
    memory: "1769 MB",
    timeout: "60 seconds",
    link: [table, adminKey],
    environment: {
      CROSSWALK_ORG: options.org,
      CROSSWALK_MAX_BODY_BYTES: String(AWS_MAX_BODY_BYTES),
    },
    // The app answers CORS itself (preflights included), so the URL must not add its own headers.
    url: { cors: false },
    nodejs: { format: "esm", minify: true, install: [...LAMBDA_INSTALLED_PACKAGES] },
  });

  const addin = new sst.aws.StaticSite("AddinSite", {
    path: ".",
    build: { command: "npm run build", output: "dist/addin" },
    environment: { VITE_CROSSWALK_API_URL: api.url },
  });

  return { api: api.url, addin: addin.url, table: table.name };
}
