import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { build, type Rolldown } from "vite";
import viteConfig from "../../addin/vite.config";
import type { SstPlatform } from "../../infra/platform";
import { crosswalkStack } from "../../infra/stack";

const saved = process.env.VITE_CROSSWALK_API_URL;
afterEach(() => {
  if (saved === undefined) delete process.env.VITE_CROSSWALK_API_URL;
  else process.env.VITE_CROSSWALK_API_URL = saved;
});

/** The environment the stack gives the add-in's build, with the API's URL as SST would resolve it. */
function siteEnvironment(apiUrl: string): Record<string, string> {
  let environment: Record<string, { value: string } | string> = {};
  const component = (outputs: Record<string, { value: string }>, capture = false) =>
    class {
      constructor(_name: string, args: { environment?: typeof environment }) {
        Object.assign(this, outputs);
        if (capture) environment = args.environment ?? {};
      }
    };
  const sst = {
    aws: {
      Dynamo: component({ name: { value: "t" }, arn: { value: "arn:t" } }),
      Function: component({ url: { value: apiUrl } }),
      StaticSite: component({ url: { value: "https://site" } }, true),
      Cron: component({}),
    },
    Secret: component({ name: { value: "s" } }),
  } as unknown as SstPlatform<{ value: string }>;
  crosswalkStack<{ value: string }>(sst, { name: "crosswalk", stage: "dev" }, () => ({ value: "" }));
  return Object.fromEntries(Object.entries(environment).map(([k, v]) => [k, typeof v === "string" ? v : v.value]));
}

describe("the deployed API's URL", () => {
  it("reaches the add-in's build through the stack's environment", { timeout: 120_000 }, async () => {
    const url = "https://abcdefghij0123456789.lambda-url.eu-west-1.on.aws/";
    Object.assign(process.env, siteEnvironment(url));
    // The real Vite config (its root and env handling), building the module Settings reads it from.
    const config = viteConfig({ command: "build", mode: "production" });
    const output = (await build({
      ...config,
      configFile: false,
      logLevel: "silent",
      plugins: [],
      build: { ...config.build, write: false, minify: false, sourcemap: false, rolldownOptions: { input: join(import.meta.dirname, "../../addin/services/api-settings.ts"), preserveEntrySignatures: "strict" } },
    })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
    const code = [output].flat().flatMap((o) => o.output.map((chunk) => ("code" in chunk ? chunk.code : ""))).join("\n");
    expect(code).toContain(url);
  });
});
