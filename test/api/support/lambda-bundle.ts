import { join } from "node:path";
import type { BuildOptions } from "esbuild";
import { LAMBDA_INSTALLED_PACKAGES } from "../../../infra/stack";

/**
 * How SST bundles api/lambda.ts for `nodejs: { format: "esm", minify: true, install: ["exceljs"] }`
 * on nodejs22.x: packages under `install` stay out of the bundle and are installed beside it.
 */
export function lambdaBuildOptions(outfile: string): BuildOptions {
  return {
    entryPoints: [join(import.meta.dirname, "..", "..", "..", "api", "lambda.ts")],
    outfile,
    bundle: true,
    minify: true,
    format: "esm",
    platform: "node",
    target: "node22",
    mainFields: ["module", "main"],
    external: [...LAMBDA_INSTALLED_PACKAGES],
    // CommonJS dependencies in an ESM bundle need a `require`, as SST's banner provides.
    banner: { js: 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);' },
    logLevel: "silent",
  };
}
