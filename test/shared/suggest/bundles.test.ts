import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { lambdaBuildOptions } from "../../api/support/lambda-bundle";

/** Files that put bytes into a bundle (the metafile also lists files tree-shaken away). */
async function inputsOf(options: Parameters<typeof build>[0]): Promise<string[]> {
  const result = await build({ ...options, write: false, metafile: true });
  return Object.values(result.metafile.outputs).flatMap((o) => Object.entries(o.inputs).filter(([, info]) => info.bytesInOutput > 0).map(([file]) => file));
}

describe("the suggestion engine", () => {
  it("stays out of the Lambda bundle: the report reads decisions from the model, never the engine", async () => {
    const inputs = await inputsOf(lambdaBuildOptions("lambda.mjs"));
    expect(inputs.some((f) => f.includes("shared/report/sections/ai-rmf.ts"))).toBe(true);
    expect(inputs.filter((f) => f.includes("shared/suggest/") || f.includes("node_modules/stemmer"))).toEqual([]);
  });

  it("is split out of the CLI's code and loaded with import() only when asked", async () => {
    const result = await build({ entryPoints: ["cli/main.ts"], bundle: true, splitting: true, format: "esm", platform: "node", outdir: "/tmp/crosswalk-suggest-split", packages: "external", write: false, metafile: true });
    const entry = Object.values(result.metafile.outputs).find((o) => o.entryPoint === "cli/main.ts");
    const own = Object.entries(entry?.inputs ?? {}).filter(([, i]) => i.bytesInOutput > 0).map(([f]) => f);
    expect(own.filter((f) => f.includes("shared/suggest/"))).toEqual([]);
    expect(entry?.imports.some((i) => i.kind === "dynamic-import")).toBe(true);
  });
});
