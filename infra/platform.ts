/**
 * The part of SST's platform (v4.17) that Crosswalk's infrastructure uses, as plain interfaces.
 *
 * SST supplies `sst`, `$app` and `$config` as globals typed by `.sst/platform/config.d.ts`, which
 * `sst install` generates by downloading Pulumi providers — impossible offline. So the stack takes
 * the `sst` namespace as a parameter typed by this subset, and `npm test` type-checks
 * sst.config.ts against it (infra/tsconfig.json, infra/sst-globals.d.ts).
 *
 * Each argument is the component's own args field (SST platform source: components/aws/dynamo.ts,
 * aws/function.ts, aws/static-site.ts, base/base-static-site.ts, secret.ts) narrowed to the plain
 * values we pass, so that whatever type-checks here also type-checks against the real platform
 * (checked once against the generated SST 4.17.1 types; see docs/api.md — `permissions`,
 * `assets.fileOptions`, `Dynamo.arn` and `$interpolate` were added later from the SST source,
 * github.com/anomalyco/sst platform/src at 8bfe1c1, and are not yet checked that way). `Out` stands for
 * Pulumi's Output<string>: the real one is inferred from the real `sst`, so outputs handed from
 * one component to another keep their real type.
 */

type Duration = `${number} ${"second" | "seconds" | "minute" | "minutes"}`;
type Size = `${number} ${"MB" | "GB"}`;

export interface DynamoArgs {
  fields: Record<string, "string" | "number" | "binary">;
  primaryIndex: { hashKey: string; rangeKey?: string };
  globalIndexes?: Record<string, { hashKey: string; rangeKey?: string; projection?: "all" | "keys-only" }>;
  ttl?: string;
  deletionProtection?: boolean;
}

/** aws/function.ts `FunctionPermissionArgs` (conditions left out). */
export interface FunctionPermission<Out> {
  effect?: "allow" | "deny";
  actions: string[];
  resources: Array<string | Out>;
}

export interface FunctionArgs<Out> {
  handler: string;
  runtime?: "nodejs20.x" | "nodejs22.x" | "nodejs24.x";
  architecture?: "x86_64" | "arm64";
  memory?: Size;
  timeout?: Duration;
  environment?: Record<string, string | Out>;
  /** Linked components: grants their permissions and exposes them through `Resource` in the function. */
  link?: unknown[];
  /** IAM statements added to the function's role, beside those its links bring. */
  permissions?: Array<FunctionPermission<Out>>;
  url?: boolean | { cors?: boolean };
  /**
   * Lambda response streaming: the function URL's invoke mode becomes RESPONSE_STREAM (function
   * URL only, not API Gateway); the handler must be wrapped by `awslambda.streamifyResponse`.
   */
  streaming?: boolean;
  /** `install`: packages kept out of the bundle and installed into the function's node_modules. */
  nodejs?: { format?: "cjs" | "esm"; minify?: boolean; install?: string[] };
}

/**
 * base/base-site.ts `BaseSiteFileOptions`. SST uploads a file with the *last* entry whose
 * `files` glob (minimatch, relative to the build output) matches it and `ignore` does not; a file
 * no entry matches is not uploaded at all.
 */
export interface SiteFileOptions {
  files: string | string[];
  ignore?: string | string[];
  cacheControl?: string;
  contentType?: string;
}

export interface StaticSiteArgs<Out> {
  path?: string;
  indexPage?: string;
  environment?: Record<string, string | Out>;
  build?: { command: string; output: string };
  /** base/base-static-site.ts `BaseStaticSiteAssets`. */
  assets?: { textEncoding?: "utf-8"; fileOptions?: SiteFileOptions[] };
}

/**
 * aws/cron.ts `CronArgs`: an EventBridge schedule invoking a function (`job` is its deprecated
 * older name for `function`).
 */
export interface CronArgs<Out> {
  schedule: `cron(${string})` | `rate(${string})`;
  function: FunctionArgs<Out>;
}

/** The `sst` global, narrowed. */
export interface SstPlatform<Out> {
  readonly aws: {
    readonly Dynamo: new (name: string, args: DynamoArgs) => { readonly name: Out; readonly arn: Out };
    readonly Function: new (name: string, args: FunctionArgs<Out>) => { readonly url: Out };
    readonly StaticSite: new (name: string, args: StaticSiteArgs<Out>) => { readonly url: Out };
    readonly Cron: new (name: string, args: CronArgs<Out>) => object;
  };
  readonly Secret: new (name: string) => { readonly name: Out };
}

/** The `$interpolate` global: Pulumi's `interpolate`, a template tag over outputs. */
export type Interpolate<Out> = (literals: TemplateStringsArray, ...values: Array<string | Out>) => Out;

/** The `$app` global, narrowed. */
export interface SstApp {
  readonly name: string;
  readonly stage: string;
}
