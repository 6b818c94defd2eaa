/**
 * Bundles the CLI (cli/main.ts and everything it imports from cli/, shared/, report-files/ and,
 * for `serve`, api/local/) into plain JavaScript in dist/cli/, so `crosswalk` runs on node alone:
 * no TypeScript compile per call, no devDependency at run time. Packages stay external (loaded
 * from node_modules when a command needs them); the bundle splits at each command's dynamic
 * import, so `crosswalk lookup` loads only the catalog code, never exceljs, SheetJS, Hono or
 * dynalite.
 *
 * Run by `npm install` (`prepare`) and by cli/bin.mjs when a source is newer than the bundle.
 * Plain JavaScript, because it must run before anything is compiled.
 *
 * Rebuilds may race (two `crosswalk` calls after an edit): every file is written under a
 * temporary name and renamed into place, chunks before the entry and inputs.json, so a reader
 * sees either the old bundle or the new one whole. Chunk names carry a content hash; chunks that
 * the new entry does not use are removed once they are a few minutes old.
 */
import { mkdir, readdir, rename, stat, unlink, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const CLI_DIST = join(ROOT, "dist", "cli");
/** What cli/bin.mjs checks: the sources the bundle was built from, relative to the root. */
export const INPUTS_FILE = join(CLI_DIST, "inputs.json");
const OLD_CHUNK_MS = 5 * 60_000;

async function loadEsbuild() {
  try {
    return await import("esbuild");
  } catch {
    throw new Error("crosswalk: the CLI bundle needs building but esbuild is not installed; run `npm install` in the Crosswalk folder.");
  }
}

export async function buildCli() {
  const esbuild = await loadEsbuild();
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: { crosswalk: "cli/main.ts" },
    outdir: CLI_DIST,
    entryNames: "[name]",
    chunkNames: "chunks/[name]-[hash]",
    outExtension: { ".js": ".mjs" },
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // Packages load from node_modules, one instance each: bundling zod measured a little faster
    // (ratio 1.9 against 2.5) but would give zod-based libraries a second zod to disagree with.
    packages: "external",
    metafile: true,
    write: false,
    logLevel: "warning",
    legalComments: "none",
  });
  const entry = join(CLI_DIST, "crosswalk.mjs");
  const chunks = result.outputFiles.filter((f) => f.path !== entry);
  const main = result.outputFiles.find((f) => f.path === entry);
  if (!main) throw new Error("crosswalk: the CLI build produced no entry file");
  for (const file of chunks) await writeAtomically(file.path, file.contents);
  const inputs = [...Object.keys(result.metafile.inputs), relative(ROOT, fileURLToPath(import.meta.url)), "package.json"];
  await writeAtomically(INPUTS_FILE, `${JSON.stringify(inputs.sort(), null, 1)}\n`);
  await writeAtomically(entry, main.contents);
  await removeOldChunks(new Set(chunks.map((f) => f.path)));
}

async function writeAtomically(path, contents) {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, contents);
  await rename(temporary, path);
}

async function removeOldChunks(current) {
  const dir = join(CLI_DIST, "chunks");
  for (const name of await readdir(dir)) {
    const path = join(dir, name);
    if (current.has(path)) continue;
    const info = await stat(path).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > OLD_CHUNK_MS) await unlink(path).catch(() => {});
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    await buildCli();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
