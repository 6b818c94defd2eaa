import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { SstPlatform } from "../../infra/platform";
import { crosswalkStack } from "../../infra/stack";
import { isProtectedStage, PRODUCTION_STAGE } from "../../infra/stages";

const ROOT = join(import.meta.dirname, "..", "..");

interface AppConfig {
  app(input: { stage: string }): { removal?: string; protect?: boolean };
}

/** sst.config.ts evaluated with a stand-in `$config` that hands back what it is given. */
async function loadSstConfig(): Promise<AppConfig> {
  (globalThis as { $config?: (c: AppConfig) => AppConfig }).$config = (c) => c;
  // By URL, so the repo's type check (which cannot see SST's globals) does not follow it.
  const mod = (await import(/* @vite-ignore */ pathToFileURL(join(ROOT, "sst.config.ts")).href)) as { default: AppConfig };
  return mod.default;
}

/** Every `--stage NAME` in the deploy and secret commands of the README and docs/api.md. */
function documentedStages(): string[] {
  const stages: string[] = [];
  for (const file of ["README.md", "docs/api.md"]) {
    for (const line of readFileSync(join(ROOT, file), "utf8").split("\n")) {
      if (!/npx sst (deploy|secret set)\b/.test(line)) continue;
      const m = /--stage\s+(\S+)/.exec(line);
      if (m?.[1]) stages.push(m[1]);
    }
  }
  return stages;
}

function tableProtection(stage: string): unknown {
  const declared: Array<{ kind: string; args: Record<string, unknown> }> = [];
  const component = (kind: string) =>
    class {
      url = "https://x";
      name = "x";
      arn = "arn:x";
      constructor(_name: string, args: Record<string, unknown> = {}) {
        declared.push({ kind, args });
      }
    };
  const sst = {
    aws: { Dynamo: component("Dynamo"), Function: component("Function"), StaticSite: component("StaticSite"), Cron: component("Cron") },
    Secret: component("Secret"),
  } as unknown as SstPlatform<string>;
  crosswalkStack(sst, { name: "crosswalk", stage }, (literals, ...values) => String.raw({ raw: literals }, ...values));
  return declared.find((d) => d.kind === "Dynamo")?.args.deletionProtection;
}

describe("the production stage", () => {
  let config: AppConfig;
  beforeAll(async () => {
    config = await loadSstConfig();
  });

  it("is the stage every documented deploy and secret command names", () => {
    const stages = documentedStages();
    expect(stages.length).toBeGreaterThanOrEqual(4);
    expect(new Set(stages)).toEqual(new Set([PRODUCTION_STAGE]));
  });

  it("is retained and protected by the SST app, and its table has deletion protection", () => {
    for (const stage of documentedStages()) {
      expect(config.app({ stage })).toMatchObject({ removal: "retain", protect: true });
      expect(tableProtection(stage)).toBe(true);
    }
  });

  it("protects the same stages in sst.config.ts as in infra/stages.ts, and no others", () => {
    for (const stage of ["production", "prod", "dev", "staging", "pr-42", "alice"]) {
      const app = config.app({ stage });
      expect(app.protect, stage).toBe(isProtectedStage(stage));
      expect(app.removal, stage).toBe(isProtectedStage(stage) ? "retain" : "remove");
      expect(tableProtection(stage), stage).toBe(isProtectedStage(stage));
    }
  });

  it("keeps sst.config.ts free of top-level imports, which SST refuses", () => {
    const source = readFileSync(join(ROOT, "sst.config.ts"), "utf8");
    expect(source).not.toMatch(/^\s*import\s/m);
  });
});
