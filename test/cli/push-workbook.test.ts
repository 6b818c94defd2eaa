import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalServer, startLocal } from "../../api/local/server";
import { main } from "../../cli/main";
import { demoSnapshots } from "../../shared/demo/demo-snapshots";
import { parseSnapshot } from "../../shared/model/parse-snapshot";
import type { WorkbookSnapshot } from "../../shared/model/snapshot";
import { sheetsFromSnapshot } from "../../shared/workbook-snapshot/sheets-from-snapshot";
import { captureIo } from "./capture-io";
import { workbookFile } from "./workbook-file";

let server: LocalServer;
let dir: string;
let env: Record<string, string>;

const demo = demoSnapshots({ asOf: "2026-06-30" });
function parsed(index: number): WorkbookSnapshot {
  const result = parseSnapshot(demo[index]);
  if (!result.success) throw new Error("demo snapshot invalid");
  return result.snapshot;
}

beforeAll(async () => {
  server = await startLocal({ port: 0, dataDir: null, seed: false, env: {} });
  dir = await mkdtemp(join(tmpdir(), "crosswalk-push-xlsx-"));
  env = { CROSSWALK_API: server.url, CROSSWALK_KEY: server.adminKey };
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

async function xlsx(name: string, bytes: Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

async function latest(team: string, workbook: string): Promise<unknown> {
  const res = await fetch(`${server.url}/v1/teams/${team}/workbooks/${workbook}/versions/latest`, { headers: { authorization: `Bearer ${server.adminKey}` } });
  expect(res.status).toBe(200);
  return res.json();
}

describe("crosswalk push <workbook.xlsx>", () => {
  it("pushes a Crosswalk workbook under the team and workbook its settings sheet names, and the API holds exactly its records", async () => {
    const snapshot = parsed(0);
    const io = captureIo(env);
    const code = await main(["push", await xlsx("cr.xlsx", workbookFile(sheetsFromSnapshot(snapshot))), "--as-of", "2026-06-30"], io);
    expect(code).toBe(0);
    expect(io.out()).toMatch(/^pushed credit-risk\/ai-conformance version 1 /);
    // The demo's planted problems are printed as warnings; none is an error.
    expect(io.err()).toMatch(/^Warnings \(\d+\):/);
    expect(io.err()).not.toContain("Errors");
    expect(await latest("credit-risk", "ai-conformance")).toEqual(JSON.parse(JSON.stringify(snapshot)));
  });

  it("prints the workbook's errors by cell and pushes nothing, unless --force", async () => {
    const bytes = workbookFile(sheetsFromSnapshot(parsed(0)), (sheet, rows) => {
      if (sheet !== "Risk Register") return;
      const column = (rows[0] as string[]).indexOf("Inherent Likelihood");
      (rows[1] as unknown[])[column] = "sometimes";
    });
    const path = await xlsx("errors.xlsx", bytes);
    const refused = captureIo(env);
    expect(await main(["push", path, "--team", "forced", "--workbook", "wb"], refused)).toBe(1);
    expect(refused.err()).toMatch(/Errors \(1\):\n\s+[A-Z]+2\s+Inherent Likelihood: "sometimes" is not/);
    expect(refused.err()).toContain("push anyway with --force");
    const list = await fetch(`${server.url}/v1/teams/forced/workbooks/wb/versions`, { headers: { authorization: `Bearer ${server.adminKey}` } });
    expect(list.status).toBe(404);

    const forced = captureIo(env);
    expect(await main(["push", path, "--team", "forced", "--workbook", "wb", "--force", "--json"], forced)).toBe(0);
    expect(JSON.parse(forced.out())).toMatchObject({ team: "forced", workbook: "wb", version: 1, recordCounts: { risks: 15 } });
  });

  it("says which ids are missing when neither the flags nor the workbook name the team", async () => {
    const bytes = workbookFile(sheetsFromSnapshot(parsed(2)), (sheet, rows) => {
      if (sheet === "Crosswalk Settings") for (const row of rows) if (row[0] === "Team ID") row[1] = null;
    });
    const io = captureIo(env);
    expect(await main(["push", await xlsx("anon.xlsx", bytes), "--json"], io)).toBe(1);
    const out = JSON.parse(io.out()) as { error: { issues: { code: string }[] } };
    expect(out.error.issues.map((i) => i.code)).toContain("team-id-missing");
    expect(io.err()).toContain("no snapshot could be made");
  });
});
