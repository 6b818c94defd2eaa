import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { minimatch } from "minimatch";
import { describe, expect, it } from "vitest";
import { LINKED_ADMIN_KEY, LINKED_ORG } from "../../api/lambda-config";
import { TABLE_SCHEMA } from "../../api/store/dynamo";
import viteConfig from "../../addin/vite.config";
import { HASHED_DIR, IMMUTABLE, NEVER_STORE, REVALIDATE } from "../../infra/addin-cache";
import type { Interpolate, SiteFileOptions, SstPlatform } from "../../infra/platform";
import { crosswalkStack } from "../../infra/stack";

type Recorded = { value: string };
/** `$interpolate` over the stand-in's outputs: joins their values. */
const interpolate: Interpolate<Recorded> = (literals, ...values) => ({
  value: literals.reduce((out, literal, i) => {
    const v = values[i - 1];
    return out + (typeof v === "string" ? v : (v?.value ?? "")) + literal;
  }),
});

/**
 * SST's upload rule (platform/src/components/aws/static-site.ts): entries are tried last first,
 * globbed with `glob` (minimatch, dot files included) under the build output; the first that
 * matches and does not ignore a file gives its headers; a file no entry matches is not uploaded.
 */
function uploadedCacheControl(options: SiteFileOptions[], file: string): string | undefined | null {
  const list = (v: string | string[] | undefined) => (v === undefined ? [] : typeof v === "string" ? [v] : v);
  for (const option of [...options].reverse()) {
    const matches = list(option.files).some((g) => minimatch(file, g, { dot: true }));
    const ignored = list(option.ignore).some((g) => minimatch(file, g, { dot: true }));
    if (matches && !ignored) return option.cacheControl;
  }
  return null;
}

/** A stand-in for SST's globals that records what the stack declares. */
function recordingPlatform() {
  const declared: Array<{ kind: string; name: string; args: unknown; self: object }> = [];
  const output = (value: string) => ({ value });
  const component = (kind: string, outputs: (name: string) => Record<string, unknown>) =>
    class {
      constructor(name: string, args?: unknown) {
        Object.assign(this, outputs(name));
        declared.push({ kind, name, args, self: this });
      }
    };
  const sst = {
    aws: {
      Dynamo: component("Dynamo", (n) => ({ name: output(`${n}-table`), arn: output(`arn:${n}`) })),
      Function: component("Function", (n) => ({ url: output(`https://${n}.lambda-url`), name: output(n), arn: output(`arn:${n}`) })),
      StaticSite: component("StaticSite", (n) => ({ url: output(`https://${n}.cloudfront.net`) })),
      Cron: component("Cron", () => ({})),
    },
    Secret: component("Secret", (n) => ({ name: output(n), value: output("secret") })),
  } as unknown as SstPlatform<Recorded>;
  const find = (kind: string) => {
    const found = declared.filter((d) => d.kind === kind);
    expect(found).toHaveLength(1);
    return found[0] as { kind: string; name: string; args: Record<string, unknown>; self: Record<string, unknown> };
  };
  return { sst, declared, find };
}

describe("the SST stack", () => {
  const { sst, find, declared } = recordingPlatform();
  const outputs = crosswalkStack(sst, { name: "crosswalk", stage: "dev" }, interpolate);

  it("declares one table shaped like the adapter's, with its index and TTL", () => {
    const table = find("Dynamo");
    expect(table.name).toBe("CrosswalkTable");
    const { partitionKey, sortKey, index, ttlAttribute } = TABLE_SCHEMA;
    expect(table.args).toMatchObject({
      fields: { [partitionKey]: "string", [sortKey]: "string", [index.partitionKey]: "string", [index.sortKey]: "string" },
      primaryIndex: { hashKey: partitionKey, rangeKey: sortKey },
      globalIndexes: { [index.name]: { hashKey: index.partitionKey, rangeKey: index.sortKey, projection: "all" } },
      ttl: ttlAttribute,
    });
    expect(Object.keys(table.args.fields as object)).toHaveLength(4);
  });

  const secrets = () => declared.filter((d) => d.kind === "Secret");

  it("declares the API as a nodejs22.x function on a streaming URL, linked to the admin-key and org secrets only", () => {
    const fn = find("Function");
    expect(secrets().map((s) => s.name)).toEqual([LINKED_ADMIN_KEY, LINKED_ORG]);
    // The response-streaming entry on a RESPONSE_STREAM function URL: no 6 MB ceiling on answers.
    expect(fn.args).toMatchObject({ handler: "api/lambda.streamHandler", streaming: true, runtime: "nodejs22.x", url: { cors: false } });
    // What the bundle leaves out (test/api/support/lambda-bundle.ts) must be installed beside it.
    expect(fn.args.nodejs).toMatchObject({ format: "esm", install: ["exceljs"] });
    // Linking the table would grant dynamodb:*; its name comes by environment instead.
    expect(fn.args.link).toEqual(secrets().map((s) => s.self));
    expect(fn.args.environment).toMatchObject({ CROSSWALK_TABLE: find("Dynamo").self.name });
    expect(fn.args.environment).not.toHaveProperty("CROSSWALK_ORG");
    // A release per deploy: stored reports are keyed on it, so a deploy never serves what older code built.
    expect(String((fn.args.environment as Record<string, unknown>).CROSSWALK_RELEASE)).toMatch(/^dev-\d{4}-\d{2}-\d{2}T/);
    const [file, exported] = String(fn.args.handler).split(".");
    expect(existsSync(join(process.cwd(), `${file}.ts`))).toBe(true);
    expect(exported).toBe("streamHandler");
  });

  it("rebuilds the org's report of each new day by a schedule, with the API's runtime, store access and release", async () => {
    const api = find("Function");
    const cron = find("Cron");
    const job = (cron.args as { schedule: string; function: Record<string, unknown> }).function;
    expect(cron.args.schedule).toBe("cron(5 0 * * ? *)");
    expect(job).toMatchObject({ handler: "api/lambda.refreshHandler", runtime: api.args.runtime, architecture: api.args.architecture, memory: api.args.memory, nodejs: api.args.nodejs });
    expect(job.permissions).toEqual(api.args.permissions);
    // The org (a secret) it rebuilds for; not the admin key, which it never uses.
    expect(job.link).toEqual([secrets()[1]?.self]);
    const env = (fn: Record<string, unknown>) => fn.environment as Record<string, unknown>;
    expect(env(job).CROSSWALK_TABLE).toEqual(env(api.args).CROSSWALK_TABLE);
    expect(env(job).CROSSWALK_RELEASE).toBe(env(api.args).CROSSWALK_RELEASE);
    const lambda = await import("../../api/lambda");
    expect(typeof lambda.refreshHandler).toBe("function");
  });

  it("grants the function exactly the DynamoDB actions the store sends, on the table and its indexes", () => {
    // The commands the store's code sends (table.ts holds ensureTable, which only the local server runs).
    const dir = join(process.cwd(), "api", "store", "dynamo");
    const sent = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts") && f !== "table.ts")) {
      for (const m of readFileSync(join(dir, file), "utf8").matchAll(/new (\w+)Command\(/g)) sent.add(`dynamodb:${m[1]}`);
    }
    expect(sent.size).toBeGreaterThanOrEqual(5);
    const permissions = find("Function").args.permissions as Array<{ actions: string[]; resources: Recorded[]; effect?: string }>;
    expect(permissions).toHaveLength(1);
    const [grant] = permissions;
    expect(grant?.effect ?? "allow").toBe("allow");
    expect(new Set(grant?.actions)).toEqual(sent);
    expect(grant?.actions).toHaveLength(sent.size);
    expect(grant?.resources.map((r) => r.value)).toEqual(["arn:CrosswalkTable", "arn:CrosswalkTable/index/*"]);
  });

  it("hosts the add-in's built files and tells them where the API is", () => {
    const site = find("StaticSite");
    expect(site.args).toMatchObject({ build: { output: "dist/addin" } });
    expect((site.args.environment as Record<string, unknown>).VITE_CROSSWALK_API_URL).toBe(find("Function").self.url);
  });

  describe("caches the add-in's files by kind", () => {
    const options = () => (find("StaticSite").args.assets as { fileOptions: SiteFileOptions[] }).fileOptions;
    const built = viteConfig({ command: "build", mode: "production" }) as { build: { assetsDir: string } };

    it("keeps Vite's content-hashed output in the folder cached as immutable", () => {
      expect(built.build.assetsDir).toBe(HASHED_DIR);
      expect(uploadedCacheControl(options(), `${HASHED_DIR}/taskpane-B1x9_aZ3.js`)).toBe(IMMUTABLE);
      expect(uploadedCacheControl(options(), `${HASHED_DIR}/taskpane-Cq0Lr2s1.css`)).toBe(IMMUTABLE);
    });

    it("makes clients revalidate the files the manifest names, which cannot be hashed", () => {
      for (const file of ["functions.js", "functions.json", "assets/icon-16.png", "assets/icon-80.png"]) {
        expect(uploadedCacheControl(options(), file), file).toBe(REVALIDATE);
      }
    });

    it("never stores the HTML pages", () => {
      for (const file of ["taskpane.html", "commands.html", "functions.html", "help.html"]) {
        expect(uploadedCacheControl(options(), file), file).toBe(NEVER_STORE);
      }
    });

    it("publishes no source maps", () => {
      for (const file of ["functions.js.map", `${HASHED_DIR}/taskpane-B1x9_aZ3.js.map`]) {
        expect(uploadedCacheControl(options(), file), file).toBeNull();
      }
    });
  });

  it("declares nothing else and outputs the URLs", () => {
    expect(declared.map((d) => d.kind).sort()).toEqual(["Cron", "Dynamo", "Function", "Secret", "Secret", "StaticSite"]);
    expect(Object.keys(outputs).sort()).toEqual(["addin", "api", "table"]);
  });

  it("protects the production table from deletion", () => {
    const prod = recordingPlatform();
    crosswalkStack(prod.sst, { name: "crosswalk", stage: "production" }, interpolate);
    expect(prod.find("Dynamo").args.deletionProtection).toBe(true);
  });
});
