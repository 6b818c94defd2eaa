import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LINKED_ADMIN_KEY, LINKED_TABLE } from "../../api/lambda-config";
import { TABLE_SCHEMA } from "../../api/store/dynamo";
import type { SstPlatform } from "../../infra/platform";
import { crosswalkStack } from "../../infra/stack";

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
    },
    Secret: component("Secret", (n) => ({ name: output(n), value: output("secret") })),
  } as unknown as SstPlatform<{ value: string }>;
  const find = (kind: string) => {
    const found = declared.filter((d) => d.kind === kind);
    expect(found).toHaveLength(1);
    return found[0] as { kind: string; name: string; args: Record<string, unknown>; self: Record<string, unknown> };
  };
  return { sst, declared, find };
}

describe("the SST stack", () => {
  const { sst, find, declared } = recordingPlatform();
  const outputs = crosswalkStack(sst, { name: "crosswalk", stage: "dev" }, { org: "acme" });

  it("declares one table shaped like the adapter's, with its index and TTL", () => {
    const table = find("Dynamo");
    expect(table.name).toBe(LINKED_TABLE);
    const { partitionKey, sortKey, index, ttlAttribute } = TABLE_SCHEMA;
    expect(table.args).toMatchObject({
      fields: { [partitionKey]: "string", [sortKey]: "string", [index.partitionKey]: "string", [index.sortKey]: "string" },
      primaryIndex: { hashKey: partitionKey, rangeKey: sortKey },
      globalIndexes: { [index.name]: { hashKey: index.partitionKey, rangeKey: index.sortKey, projection: "all" } },
      ttl: ttlAttribute,
    });
    expect(Object.keys(table.args.fields as object)).toHaveLength(4);
  });

  it("declares the API as a nodejs22.x function on a URL, linked to the table and the admin-key secret", () => {
    const fn = find("Function");
    const secret = find("Secret");
    expect(secret.name).toBe(LINKED_ADMIN_KEY);
    expect(fn.args).toMatchObject({ handler: "api/lambda.handler", runtime: "nodejs22.x", url: { cors: false } });
    // What the bundle leaves out (test/api/support/lambda-bundle.ts) must be installed beside it.
    expect(fn.args.nodejs).toMatchObject({ format: "esm", install: ["exceljs"] });
    expect(fn.args.link).toEqual([find("Dynamo").self, secret.self]);
    expect(fn.args.environment).toMatchObject({ CROSSWALK_ORG: "acme" });
    const [file, exported] = String(fn.args.handler).split(".");
    expect(existsSync(join(process.cwd(), `${file}.ts`))).toBe(true);
    expect(exported).toBe("handler");
  });

  it("hosts the add-in's built files and tells them where the API is", () => {
    const site = find("StaticSite");
    expect(site.args).toMatchObject({ build: { output: "dist/addin" } });
    expect((site.args.environment as Record<string, unknown>).VITE_CROSSWALK_API_URL).toBe(find("Function").self.url);
  });

  it("declares nothing else and outputs the URLs", () => {
    expect(declared.map((d) => d.kind).sort()).toEqual(["Dynamo", "Function", "Secret", "StaticSite"]);
    expect(Object.keys(outputs).sort()).toEqual(["addin", "api", "table"]);
  });

  it("protects the production table from deletion", () => {
    const prod = recordingPlatform();
    crosswalkStack(prod.sst, { name: "crosswalk", stage: "production" }, { org: "acme" });
    expect(prod.find("Dynamo").args.deletionProtection).toBe(true);
  });
});
