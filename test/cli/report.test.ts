import * as XLSX from "@e965/xlsx";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalServer, startLocal } from "../../api/local/server";
import { addDays, DEMO_AS_OF, demoSnapshots } from "../../shared/demo/index";
import { buildDualConformanceReport, OrgProfile, renderJson, type DualConformanceReport } from "../../shared/report/index";
import { main } from "../../cli/main";
import { DEMO_PROFILE } from "../shared/report/demo-input";
import { captureIo } from "./capture-io";

/** `crosswalk report` and `crosswalk org-profile` against a local server (demo seed), and from files. */
let server: LocalServer;
let dir: string;
let env: Record<string, string>;
const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  server = await startLocal({ port: 0, dataDir: null, seed: true, env: {} });
  dir = await mkdtemp(join(tmpdir(), "crosswalk-report-"));
  env = { CROSSWALK_API: server.url, CROSSWALK_KEY: server.adminKey };
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

async function run(argv: string[], environment = env) {
  const io = { ...captureIo(environment), cwd: dir };
  const code = await main(argv, io);
  return { code, out: io.out(), bytes: io.outBytes(), err: io.err() };
}

async function apiReport(query = ""): Promise<Response> {
  return fetch(`${server.url}/v1/reports/dual-conformance${query}`, { headers: { authorization: `Bearer ${server.adminKey}` } });
}

describe("crosswalk report against the API", () => {
  it("writes the XLSX to a file and prints one line to stderr", async () => {
    const result = await run(["report", "--format", "xlsx", "-o", "northwind.xlsx"]);
    expect(result.code).toBe(0);
    expect(result.out).toBe("");
    expect(result.err).toMatch(new RegExp(`^report: 3 team workbook\\(s\\) as of ${today}, xlsx, [\\d.]+ kB → northwind\\.xlsx\\n$`));
    const workbook = XLSX.read(await readFile(join(dir, "northwind.xlsx")));
    expect(workbook.SheetNames).toContain("Teams");
    expect(XLSX.utils.sheet_to_json(workbook.Sheets.Teams as XLSX.WorkSheet)).toHaveLength(3);
  });

  it("takes the format from the file's extension", async () => {
    for (const [name, marker] of [["r.html", "<!DOCTYPE html>"], ["r.oscal.json", '"assessment-results"'], ["r.md", "# Dual-conformance report"], ["r.csv", "# Summary"]] as const) {
      const result = await run(["report", "-o", name]);
      expect(result.code, name).toBe(0);
      expect(await readFile(join(dir, name), "utf8"), name).toContain(marker);
    }
  });

  it("writes JSON to stdout by default: the API's report, indented as --from-files writes it", async () => {
    const result = await run(["report"]);
    expect(result.code).toBe(0);
    const sent = await (await apiReport()).text();
    expect(sent.startsWith('{"reportVersion":')).toBe(true);
    expect(result.out).toBe(renderJson(JSON.parse(sent) as DualConformanceReport));
    expect(result.err).toContain("→ stdout");
    expect(result.err).not.toContain("no org profile");
  });

  it("writes binary formats to stdout with -o -", async () => {
    const result = await run(["report", "--format", "xlsx", "-o", "-"]);
    expect(result.code).toBe(0);
    expect(result.bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    expect(XLSX.read(result.bytes).SheetNames).toContain("Summary");
  });

  it("narrows to --teams, picks versions --as-of a date, and takes one --csv-table", async () => {
    const people = JSON.parse((await run(["report", "--teams", "people,credit-risk"])).out) as DualConformanceReport;
    expect(people.teams.map((t) => t.team)).toEqual(["credit-risk", "people"]);
    // The demo seed pushed every version today, so yesterday there was nothing yet.
    const yesterday = await run(["report", "--as-of", addDays(today, -1)]);
    expect((JSON.parse(yesterday.out) as DualConformanceReport).teams).toEqual([]);
    expect(yesterday.err).toContain(`0 team workbook(s) as of ${addDays(today, -1)}`);
    const gaps = await run(["report", "--format", "csv", "--csv-table", "gaps"]);
    expect(gaps.out.replace(/^\uFEFF/, "").split("\r\n")[0]).toMatch(/^Priority,Kind,/);
  });

  it("exits 1 with the API's problem for an unknown team", async () => {
    const result = await run(["report", "--teams", "nope"]);
    expect(result.code).toBe(1);
    expect(result.err).toContain("404");
    expect(result.err).toContain("no such team: nope");
  });

  it.each([
    [["report", "--format", "pdf"], "--format must be one of"],
    [["report", "--as-of", "2026-02-30"], "--as-of must be a calendar date"],
    [["report", "--teams", "Bad Team"], "is not a team id"],
    [["report", "--csv-table", "gaps"], "--csv-table only applies to --format csv"],
    [["report", "stray.json"], "add --from-files"],
    [["report", "--org", "x"], "only apply with --from-files"],
  ])("exits 2 on usage errors: %j", async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
  });

  it("says when the org has no profile", async () => {
    const bare = await startLocal({ port: 0, dataDir: null, seed: false, env: {} });
    try {
      const result = await run(["report"], { CROSSWALK_API: bare.url, CROSSWALK_KEY: bare.adminKey });
      expect(result.code).toBe(0);
      expect(result.err).toContain("0 team workbook(s)");
      expect(result.err).toContain("no org profile, so no programme view (set one: crosswalk org-profile set FILE)");
      const none = await run(["org-profile", "get"], { CROSSWALK_API: bare.url, CROSSWALK_KEY: bare.adminKey });
      expect(none.code).toBe(1);
      expect(none.err).toContain("404");
    } finally {
      await bare.close();
    }
  });
});

describe("crosswalk org-profile", () => {
  it("gets the seeded demo profile as JSON", async () => {
    const result = await run(["org-profile", "get"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({ name: "Northwind Financial", customerMix: "both", holdsIso27001: true, plansIso42001Certification: true });
  });

  it("sets a profile from a file, and the next report uses it", async () => {
    await writeFile(join(dir, "profile.json"), JSON.stringify({ name: "Northwind Federal", customerMix: "federal", size: "small", auditBandwidth: "low" }));
    const result = await run(["org-profile", "set", "profile.json"]);
    expect(result.code).toBe(0);
    expect(result.out).toBe("set the organisation profile: Northwind Federal, customers federal, small size, low audit bandwidth\n");
    const report = JSON.parse((await run(["report"])).out) as DualConformanceReport;
    expect(report.org.name).toBe("Northwind Federal");
    expect(report.programme.recommendation?.path).toBe("ai-rmf");
    const json = await run(["org-profile", "set", "profile.json", "--json"]);
    expect(JSON.parse(json.out)).toMatchObject({ customerMix: "federal", holdsIso27001: false });
  });

  it("shows the API's validation problem for a bad profile, and 403 for a key that may not set it", async () => {
    await writeFile(join(dir, "bad-profile.json"), JSON.stringify({ customerMix: "galactic", size: "small", auditBandwidth: "low" }));
    const bad = await run(["org-profile", "set", "bad-profile.json"]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain("422");
    expect(bad.err).toContain("/customerMix");
    const created = await fetch(`${server.url}/v1/keys`, {
      method: "POST",
      headers: { authorization: `Bearer ${server.adminKey}`, "content-type": "application/json" },
      body: JSON.stringify({ name: "reader", role: "org-reader" }),
    });
    const reader = ((await created.json()) as { key: string }).key;
    const denied = await run(["org-profile", "set", "profile.json", "--key", reader]);
    expect(denied.code).toBe(1);
    expect(denied.err).toContain("403");
    expect((await run(["org-profile", "get", "--key", reader])).code).toBe(0);
  });

  it.each([
    [["org-profile"], 'say "get" or "set'],
    [["org-profile", "set"], "needs the profile .json file"],
    [["org-profile", "get", "x.json"], "get takes no file"],
  ])("exits 2 on usage errors: %j", async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
  });
});

describe("crosswalk report --from-files", () => {
  let files: string[];

  beforeAll(async () => {
    files = [];
    for (const snapshot of demoSnapshots()) {
      const name = `${snapshot.workbook.team}.json`;
      await writeFile(join(dir, name), JSON.stringify(snapshot));
      files.push(name);
    }
    await writeFile(join(dir, "demo-profile.json"), JSON.stringify({ name: "Northwind Financial", ...DEMO_PROFILE }));
  });

  it("builds the same report the builder gives for those snapshots, without an API", async () => {
    const result = await run(["report", "--from-files", ...files, "--as-of", DEMO_AS_OF, "--org-profile", "demo-profile.json", "--org", "northwind"], {});
    expect(result.code).toBe(0);
    const snapshots = demoSnapshots();
    const expected = buildDualConformanceReport({
      org: { id: "northwind", name: "Northwind Financial", profile: OrgProfile.parse(DEMO_PROFILE) },
      asOf: DEMO_AS_OF,
      workbooks: await Promise.all(
        snapshots.map(async (snapshot, i) => ({
          team: snapshot.workbook.team,
          workbook: snapshot.workbook.name,
          version: 0,
          author: files[i] as string,
          createdAt: (await stat(join(dir, files[i] as string))).mtime.toISOString(),
          snapshot,
        })),
      ),
    });
    expect(result.out).toBe(renderJson(expected));
    expect(result.err).toBe(`report: 3 team workbook(s) from files as of ${DEMO_AS_OF}, json, ${(Buffer.byteLength(result.out) / 1024).toFixed(1)} kB → stdout\n`);
  });

  it("takes the org name from the snapshots when no profile names it, and says the profile is missing", async () => {
    const result = await run(["report", "--from-files", ...files, "--as-of", DEMO_AS_OF], {});
    const report = JSON.parse(result.out) as DualConformanceReport;
    expect(report.org).toEqual({ id: "northwind-financial", name: "Northwind Financial" });
    expect(result.err).toContain("no org profile");
  });

  it("restores an older or untidy snapshot and reports what it changed on stderr", async () => {
    const [first] = demoSnapshots();
    const untidy = { ...first, workbook: { ...first!.workbook, team: "untidy" }, risks: [{ id: "R-1", title: "Odd risk", inherentLikelihood: "3", sponsor: "CFO" }] };
    await writeFile(join(dir, "untidy.json"), JSON.stringify(untidy));
    const result = await run(["report", "--from-files", "untidy.json", "--format", "xlsx", "-o", "untidy.xlsx", "--as-of", DEMO_AS_OF], {});
    expect(result.code).toBe(0);
    expect(result.err).toMatch(/^untidy\.json: restored with \d+ change\(s\), \d+ warning\(s\):\n {2}\/risks\/0\//);
    expect(XLSX.read(await readFile(join(dir, "untidy.xlsx"))).SheetNames).toContain("Risk registers");
  });

  it("filters with --teams, and refuses two files of the same team workbook or a team no file holds", async () => {
    const people = await run(["report", "--from-files", ...files, "--teams", "people"], {});
    expect((JSON.parse(people.out) as DualConformanceReport).teams.map((t) => t.team)).toEqual(["people"]);
    expect(people.err).toContain("2 file(s) left out by --teams");
    const twice = await run(["report", "--from-files", "people.json", "people.json"], {});
    expect(twice.code).toBe(1);
    expect(twice.err).toContain("people.json and people.json are both people/ai-conformance");
    const missing = await run(["report", "--from-files", "people.json", "--teams", "people,ghost"], {});
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("no file holds team ghost");
  });

  it("exits 1 naming a file that is missing or not JSON, and 2 for a bad --csv-table", async () => {
    await writeFile(join(dir, "broken.json"), "{nope");
    expect((await run(["report", "--from-files", "absent.json"], {})).err).toContain("cannot read");
    expect((await run(["report", "--from-files", "broken.json"], {})).err).toContain("broken.json is not valid UTF-8 JSON");
    await writeFile(join(dir, "bad-profile.json"), JSON.stringify({ customerMix: "galactic" }));
    const profile = await run(["report", "--from-files", "people.json", "--org-profile", "bad-profile.json"], {});
    expect(profile.code).toBe(1);
    expect(profile.err).toContain("/customerMix");
    const table = await run(["report", "--from-files", "people.json", "--format", "csv", "--csv-table", "nope"], {});
    expect(table.code).toBe(2);
    expect(table.err).toContain("unknown report table");
    expect((await run(["report", "--from-files"], {})).code).toBe(2);
    expect((await run(["report", "--from-files", "people.json", "--key", "k"], {})).err).toContain("leave out --api and --key");
  });
});
