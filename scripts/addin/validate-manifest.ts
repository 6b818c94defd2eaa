/**
 * `npm run validate:manifest [file]`: validates a manifest against Microsoft's Office add-in
 * manifest XSDs with xmllint (Debian: libxml2-utils). The XSDs are not in the repository (their
 * licence is unsettled, see docs/addin.md); they are looked for in CROSSWALK_MANIFEST_XSD_DIR or
 * ../shared/schemas/office-manifest. Without them or without xmllint it says so and exits 3.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

const root = join(import.meta.dirname, "..", "..");

export function schemaDir(): string | undefined {
  const candidates = [process.env.CROSSWALK_MANIFEST_XSD_DIR, join(root, "..", "shared", "schemas", "office-manifest")];
  return candidates.find((d): d is string => typeof d === "string" && existsSync(join(d, "OfficeAppManifestV1_1.xsd")));
}

export function hasXmllint(): boolean {
  return spawnSync("xmllint", ["--version"], { encoding: "utf8" }).status === 0;
}

export function validateManifest(file: string, dir: string): { ok: boolean; output: string } {
  const r = spawnSync("xmllint", ["--noout", "--schema", join(dir, "OfficeAppManifestV1_1.xsd"), file], { encoding: "utf8" });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}`.trim() };
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const file = resolve(process.argv[2] ?? join(root, "manifest.xml"));
  const dir = schemaDir();
  if (!dir) {
    process.stderr.write("skipped: no manifest XSDs (set CROSSWALK_MANIFEST_XSD_DIR or place them in ../shared/schemas/office-manifest)\n");
    process.exit(3);
  }
  if (!hasXmllint()) {
    process.stderr.write("skipped: xmllint not installed (apt-get install libxml2-utils)\n");
    process.exit(3);
  }
  const r = validateManifest(file, dir);
  process.stdout.write(`${r.output}\n`);
  process.exit(r.ok ? 0 : 1);
}
