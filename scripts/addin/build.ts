/**
 * `npm run build:addin`: everything Excel loads, into dist/addin/.
 * - taskpane.html + commands.html and their code-split chunks (Vite)
 * - functions.js: custom functions as one classic script (esbuild, IIFE), which is what Excel's
 *   custom-functions runtime loads; functions.html next to it
 * - functions.json: metadata generated from the JSDoc tags by custom-functions-metadata
 * - help.html: docs/addin.md as a page (the manifest's SupportUrl and LearnMoreUrl)
 * - assets/icon-*.png
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build as esbuild } from "esbuild";
import { build as vite } from "vite";
import { helpPage } from "./help-page";

const root = join(import.meta.dirname, "..", "..");
const out = join(root, "dist", "addin");

export async function buildAddin(options: { quiet?: boolean } = {}): Promise<void> {
  // A build started from vitest inherits NODE_ENV=test, which would ship React's development build.
  process.env.NODE_ENV = "production";
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  await vite({ configFile: join(root, "addin", "vite.config.ts"), mode: "production", logLevel: options.quiet ? "warn" : "info" });
  await esbuild({
    entryPoints: [join(root, "addin", "functions", "register.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    minify: true,
    sourcemap: true,
    outfile: join(out, "functions.js"),
    logLevel: options.quiet ? "warning" : "info",
  });
  generateFunctionsMetadata(join(out, "functions.json"));
  copyFileSync(join(root, "addin", "functions.html"), join(out, "functions.html"));
  writeFileSync(join(out, "help.html"), helpPage());
  cpSync(join(root, "addin", "assets"), join(out, "assets"), { recursive: true });
}

/**
 * Runs the custom-functions-metadata CLI; throws with its output when it fails. The CLI always
 * sets `allowCustomDataForDataTypeAny`, a CustomFunctionsRuntime 1.4 feature (entity values
 * passed as `any`) that no Crosswalk function uses: it is dropped, so the metadata asks for no
 * more than the manifest declares.
 */
export function generateFunctionsMetadata(output: string): void {
  const cli = join(root, "node_modules", "custom-functions-metadata", "cli.js");
  const result = spawnSync(process.execPath, [cli, "generate", join(root, "addin", "functions", "functions.ts"), output], {
    encoding: "utf8",
    env: { ...process.env, OFFICE_ADDIN_USAGE_DATA_DISABLED: "true" },
  });
  if (result.status !== 0) {
    throw new Error(`custom-functions-metadata failed (${result.status}): ${result.stderr || result.stdout}`);
  }
  const { allowCustomDataForDataTypeAny: _unused, ...metadata } = JSON.parse(readFileSync(output, "utf8")) as Record<string, unknown>;
  writeFileSync(output, `${JSON.stringify(metadata, null, 4)}\n`);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  await buildAddin();
  process.stdout.write(`built ${out}\n`);
}
