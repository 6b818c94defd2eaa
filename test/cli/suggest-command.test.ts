import { existsSync } from "node:fs";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { ImportJson } from "../../cli/commands/import";
import type { SuggestJson } from "../../cli/commands/suggest";
import { main } from "../../cli/main";
import { emptySnapshot, type WorkbookSnapshot } from "../../shared/model/snapshot";
import { parseSnapshot } from "../../shared/model/parse-snapshot";
import { captureIo } from "./capture-io";

const URIELLE = join(import.meta.dirname, "..", "fixtures", "samples", "ai-risk-register_urielle-iso42001-toolkit.xlsx");

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo();
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

let dir: string;
let snapshotFile: string;
const SNAPSHOT: WorkbookSnapshot = {
  ...emptySnapshot({ team: "claims", name: "register" }),
  risks: [
    { id: "R-1", title: "Chatbot hallucinates policy terms", description: "Customers rely on invented answers" },
    { id: "R-2", title: "Vendor model changes without notice", description: "The third-party supplier retrains the foundation model" },
  ],
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "crosswalk-suggest-"));
  snapshotFile = join(dir, "snapshot.json");
  await writeFile(snapshotFile, JSON.stringify(SNAPSHOT));
});

describe("crosswalk suggest", () => {
  it("prints the documented --json shape for a snapshot, within --top and --min-score", async () => {
    const { code, out, err } = await run("suggest", snapshotFile, "--json", "--top", "2", "--min-score", "0.3");
    expect(err).toBe("");
    expect(code).toBe(0);
    const json = JSON.parse(out) as SuggestJson;
    expect(Object.keys(json)).toEqual(["file", "top", "minScore", "records", "counts"]);
    expect([json.top, json.minScore]).toEqual([2, 0.3]);
    expect(json.records.map((r) => [r.collection, r.id])).toEqual([["risks", "R-1"], ["risks", "R-2"]]);
    for (const r of json.records) {
      for (const kind of ["ai-rmf", "iso42001", "genai-risk", "trustworthiness"]) expect(r.suggestions.filter((s) => s.kind === kind).length).toBeLessThanOrEqual(2);
      for (const s of r.suggestions) {
        expect(s.score).toBeGreaterThanOrEqual(0.3);
        expect(Object.keys(s).slice(0, 5)).toEqual(["target", "kind", "title", "score", "matched"]);
      }
    }
    expect(json.counts.suggestions).toBe(json.records.reduce((n, r) => n + r.suggestions.length, 0));
    expect(json.records[0]!.suggestions.map((s) => s.target)).toContain("GAI:confabulation");
  });

  it("reads any register: the Urielle sample's risks get suggestions", async () => {
    const { code, out } = await run("suggest", URIELLE, "--json");
    expect(code).toBe(0);
    const json = JSON.parse(out) as SuggestJson;
    expect(json.records.length).toBe(17);
    expect(json.counts.withSuggestions).toBeGreaterThan(10);
  });

  it("accepts every shown suggestion into a new snapshot file, leaving the input alone", async () => {
    const out = join(dir, "accepted.json");
    const { code, out: text } = await run("suggest", snapshotFile, "--accept", "--out", out, "--by", "Dana", "--min-score", "0.5", "--json");
    expect(code).toBe(0);
    const json = JSON.parse(text) as SuggestJson;
    const shown = json.records.reduce((n, r) => n + r.suggestions.length, 0);
    expect(json.accepted?.applied).toBe(shown);
    const written = parseSnapshot(JSON.parse(await readFile(out, "utf8")));
    if (!written.success) throw new Error(JSON.stringify(written.issues));
    const accepted = written.snapshot.risks.flatMap((r) => r.suggestions?.accepted ?? []);
    expect(accepted.length).toBe(shown);
    expect(written.snapshot.risks.every((r) => r.suggestions === undefined || r.suggestions.acceptedBy === "Dana")).toBe(true);
    expect(JSON.parse(await readFile(snapshotFile, "utf8"))).toEqual(SNAPSHOT);
  });

  it("refuses bad options with exit code 2", async () => {
    for (const args of [["--top", "0"], ["--min-score", "2"], ["--accept"], ["--out", "x.json"]]) {
      const { code, err } = await run("suggest", snapshotFile, ...args);
      expect(code).toBe(2);
      expect(err).not.toBe("");
    }
    expect(existsSync(join(dir, "x.json"))).toBe(false);
    const spreadsheet = await run("suggest", URIELLE, "--accept", "--out", join(dir, "y.json"));
    expect(spreadsheet.code).toBe(2);
  });
});

describe("crosswalk import --suggest", () => {
  it("adds suggestions per imported record to the import JSON, and only with the flag", async () => {
    const plain = JSON.parse((await run("import", URIELLE, "--json")).out) as ImportJson;
    expect(plain.suggestions).toBeUndefined();
    const { code, out } = await run("import", URIELLE, "--json", "--suggest");
    expect(code).toBe(0);
    const json = JSON.parse(out) as ImportJson;
    expect(json.records).toEqual(plain.records);
    expect(json.suggestions?.length).toBe(plain.records.length);
    expect(json.suggestions?.some((r) => r.suggestions.length > 0)).toBe(true);
  });
});
