/**
 * `npm run manifest -- --url https://host/path [--id GUID] [--out dist/manifest.xml]`
 * Writes the add-in manifest for a deployed copy of dist/addin.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { manifestForUrl } from "./manifest-url";

const root = join(import.meta.dirname, "..", "..");
const { values } = parseArgs({
  options: { url: { type: "string" }, id: { type: "string" }, out: { type: "string" } },
  strict: true,
});
if (!values.url) {
  process.stderr.write("usage: npm run manifest -- --url https://host/path [--id GUID] [--out FILE]\n");
  process.exit(2);
}
try {
  const xml = manifestForUrl(readFileSync(join(root, "manifest.xml"), "utf8"), values.url, values.id ? { id: values.id } : {});
  const out = resolve(values.out ?? join(root, "dist", "manifest.xml"));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, xml);
  process.stdout.write(`wrote ${out}\n`);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
