import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { lambdaBuildOptions } from "./support/lambda-bundle";

describe("the Lambda bundle", () => {
  it("holds the API and the AWS SDK but nothing local-only, and stays under 1 MB minified", async () => {
    const result = await build({ ...lambdaBuildOptions("lambda.mjs"), write: false, metafile: true });
    // Files that contribute bytes (the metafile also lists files parsed and then tree-shaken away).
    const output = Object.values(result.metafile.outputs)[0];
    const inputs = Object.entries(output?.inputs ?? {})
      .filter(([, info]) => info.bytesInOutput > 0)
      .map(([file]) => file);
    expect(inputs.some((f) => f.includes("@aws-sdk/client-dynamodb"))).toBe(true);
    expect(inputs.some((f) => f.includes("api/routes/versions.ts"))).toBe(true);
    expect(inputs.some((f) => f.includes("api/routes/reports.ts"))).toBe(true);
    expect(inputs.some((f) => f.includes("shared/report/build-report.ts"))).toBe(true);
    // SheetJS (the file reader) is for the CLI and the add-in only.
    // exceljs is installed beside the bundle (SST `nodejs.install`) and imported on the first XLSX.
    for (const forbidden of ["dynalite", "api/local/", "@hono/node-server", "node_modules/level", "node_modules/exceljs", "node_modules/jszip", "node_modules/@e965/xlsx", "shared/file-reader/"]) {
      expect(inputs.filter((f) => f.includes(forbidden))).toEqual([]);
    }
    // `import { z } from "zod"` anywhere on the Lambda's import graph drags in every zod locale
    // (~260 KB); `import * as z from "zod"` lets them be tree-shaken.
    expect(inputs.filter((f) => f.includes("zod/v4/locales/") && !f.endsWith("/en.js")), 'use `import * as z from "zod"`').toEqual([]);
    const bytes = result.outputFiles?.[0]?.contents.length ?? Number.POSITIVE_INFINITY;
    expect(bytes).toBeLessThan(1024 * 1024);
  });
});
