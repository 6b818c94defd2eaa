import { describe, expect, it } from "vitest";
import type { LookupJson } from "../../cli/commands/lookup";
import { main } from "../../cli/main";
import { captureIo } from "./capture-io";

async function lookupJson(...args: string[]): Promise<{ code: number; json: LookupJson }> {
  const io = captureIo();
  const code = await main(["lookup", ...args, "--json"], io);
  return { code, json: JSON.parse(io.out()) as LookupJson };
}

describe("crosswalk lookup", () => {
  it("prints each ISO 42001 target of GV-1.1 with id, title, relationship, source and path", async () => {
    const { code, json } = await lookupJson("GV-1.1", "--to", "iso42001");
    expect(code).toBe(0);
    const [result] = json.results;
    expect(result && "id" in result && result.id).toBe("AIRMF:GOVERN 1.1");
    if (!result || !("targets" in result)) throw new Error("no targets");
    expect(result.targets.map((t) => t.id)).toEqual(["ISO42001:4.1", "ISO42001:6.2", "ISO42001:A.2.2", "ISO42001:A.2.4"]);
    expect(result.targets[2]).toMatchObject({
      id: "ISO42001:A.2.2",
      framework: "iso42001",
      title: "AI policy",
      relationship: "related",
      source: "airc-msft-ai-rmf-iso42001",
      path: ["AIRMF:GOVERN 1.1", "ISO42001:A.2.2"],
    });
  });

  it("reads bare ids in the framework given by --from", async () => {
    const { json } = await lookupJson("A.6.2.4", "--from", "iso42001", "--to", "ai-rmf");
    const [result] = json.results;
    expect(result && "targets" in result && result.targets.length).toBeGreaterThan(3);
  });

  it("finds SP 800-53 controls and enhancements the OLIR mapping does not reference", async () => {
    const { code, json } = await lookupJson("SI-7", "AU-10", "AC-2(1)", "AC-2 (12)");
    expect(code).toBe(0);
    expect(json.results.map((r) => ("id" in r ? r.id : r.error.code))).toEqual(["SP800-53:SI-7", "SP800-53:AU-10", "SP800-53:AC-2(1)", "SP800-53:AC-2(12)"]);
  });

  it("answers an ISO/IEC 27001:2013 control with its 2022 control", async () => {
    const { code, json } = await lookupJson("ISO27001-2013:A.12.4.1");
    expect(code).toBe(0);
    const [result] = json.results;
    if (!result || !("targets" in result)) throw new Error("no targets");
    expect(result.targets.map((t) => [t.id, t.relationship])).toEqual([["ISO27001:A.8.15", "subset"]]);
  });

  it("reaches SP 800-53 from ISO 27001 through the OLIR mapping", async () => {
    const { json } = await lookupJson("ISO27001:A.5.15", "--to", "sp800-53");
    const [result] = json.results;
    expect(result && "targets" in result && result.targets.map((t) => t.id)).toContain("SP800-53:AC-3");
  });

  it("follows AI RMF → ISO 42001 → ISO 27001 → SP 800-53 with --transitive, giving the path and its weakest relationship", async () => {
    const { json } = await lookupJson("GV-1.1", "--to", "sp800-53", "--transitive");
    const [result] = json.results;
    if (!result || !("targets" in result)) throw new Error("no targets");
    const ac1 = result.targets.find((t) => t.id === "SP800-53:AC-1");
    expect(ac1?.path).toEqual(["AIRMF:GOVERN 1.1", "ISO42001:A.2.2", "ISO27001:A.5.1", "SP800-53:AC-1"]);
    // The AIRC hop is untyped, so the whole path can only be "related".
    expect(ac1?.relationship).toBe("related");
    expect(ac1?.steps.map((s) => s.source)).toEqual(["airc-msft-ai-rmf-iso42001", "crosswalk-iso42001-iso27001", "nist-olir-sp800-53r5-iso27001-2022"]);
    expect(ac1?.steps[1]?.rationale).toBeTruthy();
  });

  it("reports an id it cannot read, with suggestions, and exits 1 while still answering the others", async () => {
    const { code, json } = await lookupJson("GOVREN 1.1", "GV-1.1");
    expect(code).toBe(1);
    expect(json.results[0]).toMatchObject({ input: "GOVREN 1.1", error: { code: "id.unrecognised" } });
    expect(json.results[1]).toMatchObject({ id: "AIRMF:GOVERN 1.1" });
  });

  it("rejects an unknown framework name as a usage error", async () => {
    const io = captureIo();
    expect(await main(["lookup", "GV-1.1", "--to", "iso9001"], io)).toBe(2);
    expect(io.err()).toMatch(/--to must be one of ai-rmf, iso42001, iso27001, sp800-53/);
  });

  it("prints a readable list without --json", async () => {
    const io = captureIo();
    await main(["lookup", "GV-1.1"], io);
    expect(io.out()).toMatch(/AIRMF:GOVERN 1.1 {2}Legal and regulatory/);
    expect(io.out()).toMatch(/ISO42001:A.2.2 +related +AI policy/);
  });
});
