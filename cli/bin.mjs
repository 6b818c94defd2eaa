#!/usr/bin/env node
// The published entry point: plain JavaScript that runs the CLI bundle (dist/cli/crosswalk.mjs,
// built by `npm install` through `prepare`; see scripts/build-cli.mjs). When a source the bundle
// was built from is newer than it (an edited checkout, a `git pull`), it is rebuilt first, so
// `crosswalk` never runs stale code. The check is one stat per source listed in inputs.json
// (about 250: 2–13 ms measured on a loaded machine); a source file added later is imported by
// one already listed, whose time changes.
import { readFileSync, statSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const bundle = `${root}dist/cli/crosswalk.mjs`;

function bundleIsStale() {
  const built = statSync(bundle, { throwIfNoEntry: false });
  if (!built) return true;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(`${root}dist/cli/inputs.json`, "utf8"));
  } catch {
    return true;
  }
  return inputs.some((file) => (statSync(root + file, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) > built.mtimeMs);
}

if (bundleIsStale()) {
  const { buildCli } = await import("../scripts/build-cli.mjs");
  await buildCli();
}
const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
