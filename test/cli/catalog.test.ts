import { describe, expect, it } from "vitest";
import type { CatalogEdgesJson, CatalogStatsJson } from "../../cli/commands/catalog";
import { main } from "../../cli/main";
import { captureIo } from "./capture-io";

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo();
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe("crosswalk catalog", () => {
  it("stats gives the counts per framework and the edges per source", async () => {
    const { code, out } = await run("catalog", "stats", "--json");
    expect(code).toBe(0);
    const stats = JSON.parse(out) as CatalogStatsJson;
    expect(stats.frameworks["ai-rmf"]).toEqual({ functions: 4, categories: 19, subcategories: 72 });
    expect(stats.frameworks.iso42001.controls).toBe(38);
    expect(stats.frameworks.iso27001.controls).toBe(93);
    expect(stats.edges["airc-msft-ai-rmf-iso42001"]).toBe(280);
    expect(stats.edges["nist-olir-sp800-53r5-iso27001-2022"]).toBe(642);
    expect(stats.guidance).toEqual({ genaiRisks: 12, genaiActions: 212 });
    expect(stats.frameworks["sp800-53"]).toEqual({ families: 20, controls: 1189 });
    expect(stats.frameworks["iso27001-2013"]?.controls).toBe(114);
    expect(stats.edges["iso27001-2013-to-2022"]).toBe(134);
  });

  it("edges gives every edge with namespaced ids and its source", async () => {
    const { out } = await run("catalog", "edges", "--json");
    const all = JSON.parse(out) as CatalogEdgesJson;
    const stats = JSON.parse((await run("catalog", "stats", "--json")).out) as CatalogStatsJson;
    expect(all.edges).toHaveLength(Object.values(stats.edges).reduce((a, b) => a + b, 0));
    for (const e of all.edges) {
      expect(e.from).toMatch(/^(AIRMF|ISO42001|ISO27001|SP800-53|ISO27001-2013):/);
      expect(e.to).toMatch(/^(AIRMF|ISO42001|ISO27001|SP800-53|ISO27001-2013):/);
      expect(all.sources.map((s) => s.id)).toContain(e.source);
    }
  });

  it("edges --from/--to turns edges round to read in the asked direction", async () => {
    const { out } = await run("catalog", "edges", "--from", "iso27001", "--to", "sp800-53", "--json");
    const edges = (JSON.parse(out) as CatalogEdgesJson).edges;
    expect(edges).toHaveLength(642);
    expect(edges.every((e) => e.from.startsWith("ISO27001:") && e.to.startsWith("SP800-53:"))).toBe(true);
  });

  it("items lists a framework's items", async () => {
    const { out } = await run("catalog", "items", "iso42001", "--kind", "control", "--json");
    expect((JSON.parse(out) as { items: unknown[] }).items).toHaveLength(38);
  });

  it("says which subcommands exist when given another", async () => {
    const { code, err } = await run("catalog", "frob");
    expect(code).toBe(2);
    expect(err).toMatch(/unknown catalog subcommand "frob"/);
  });

  it("export writes the crosswalk as an OSCAL mapping-collection and a framework as an OSCAL catalog", async () => {
    const mapping = await run("catalog", "export", "--format", "oscal-mapping", "--from", "iso27001-2013", "--to", "iso27001");
    expect(mapping.code).toBe(0);
    const collection = JSON.parse(mapping.out) as { "mapping-collection": { mappings: { maps: unknown[] }[] } };
    expect(collection["mapping-collection"].mappings.flatMap((m) => m.maps)).toHaveLength(134 + 9);
    const catalog = await run("catalog", "export", "--format", "oscal-catalog", "--framework", "iso42001");
    expect(catalog.code).toBe(0);
    expect((JSON.parse(catalog.out) as { catalog: { groups: unknown[] } }).catalog.groups.length).toBeGreaterThan(0);
  });

  it("export refuses an unknown format or a catalog without a framework", async () => {
    expect((await run("catalog", "export", "--format", "xml")).code).toBe(2);
    expect((await run("catalog", "export", "--format", "oscal-catalog")).code).toBe(2);
  });
});
