import { itemsOf } from "../../shared/catalog/catalogs";
import type { ItemKind } from "../../shared/catalog/catalog-item";
import { type FrameworkId, FRAMEWORK_NAME, splitNamespaced } from "../../shared/catalog/framework";
import { GENAI_ACTIONS, GENAI_RISK_DETAILS } from "../../shared/catalog/genai-profile";
import { catalogCounts } from "../../shared/catalog/stats";
import { oscalCatalog } from "../../shared/catalog/oscal-catalog";
import { defaultCrosswalk } from "../../shared/crosswalk/default-graph";
import { oscalMappingCollection } from "../../shared/crosswalk/oscal-mapping";
import type { CrosswalkEdge, EdgeSource } from "../../shared/crosswalk/edge";
import { invert } from "../../shared/crosswalk/relationship";
import { frameworkOption, parseCommandArgs } from "../args";
import type { Command } from "../command";
import { type CliIo, UsageError, writeJson } from "../io";

/** `catalog stats --json`: a stable contract (see README). */
export interface CatalogStatsJson {
  readonly frameworks: Record<FrameworkId, Record<string, number>>;
  readonly edges: Record<string, number>;
  readonly guidance: { readonly genaiRisks: number; readonly genaiActions: number };
  readonly sources: readonly EdgeSource[];
}

/** `catalog edges --json`: every edge, namespaced, oriented as asked. */
export interface CatalogEdgesJson {
  readonly sources: readonly EdgeSource[];
  readonly edges: readonly EdgeJson[];
}

export interface EdgeJson {
  readonly from: string;
  readonly to: string;
  readonly relationship: string;
  readonly source: string;
  readonly rationale?: string;
  readonly note?: string;
}

const USAGE = [
  "usage: crosswalk catalog stats [--json]",
  "       crosswalk catalog edges [--from FW] [--to FW] [--json]",
  "       crosswalk catalog items <FW> [--kind KIND] [--json]",
  "       crosswalk catalog export --format oscal-mapping [--from FW] [--to FW]",
  "       crosswalk catalog export --format oscal-catalog --framework FW",
  "",
  "  stats   counts per framework (functions, categories, subcategories, clauses, controls) and edges per source",
  "  edges   every crosswalk edge { from, to, relationship, source, rationale?, note? }; with --from/--to only",
  "          the edges between those frameworks, turned to read from → to (relationship inverted where needed)",
  "  items   the items of one framework { id, ref, kind, title, parent? }",
  "  export  OSCAL 1.2 JSON on stdout: the crosswalk as a mapping-collection (one mapping per source and",
  "          direction, with its provenance), or one framework as an OSCAL catalog (AI RMF statements",
  "          verbatim; ISO ids and short titles only) — save it as crosswalk-catalog-FW.oscal.json, the",
  "          name the mapping's resources point at",
  "",
  "Frameworks: ai-rmf, iso42001, iso27001, sp800-53, iso27001-2013.",
].join("\n");

export const catalogCommand: Command = {
  name: "catalog",
  summary: "Framework catalogs and the whole crosswalk as data",
  usage: USAGE,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === "stats") return stats(rest, io);
    if (sub === "edges") return edges(rest, io);
    if (sub === "items") return items(rest, io);
    if (sub === "export") return exportOscal(rest, io);
    throw new UsageError(sub ? `unknown catalog subcommand "${sub}"` : "say stats, edges, items or export");
  },
};

function stats(args: readonly string[], io: CliIo): number {
  const { values } = parseCommandArgs(args, { json: { type: "boolean", default: false } });
  const graph = defaultCrosswalk();
  const edgeCounts: Record<string, number> = {};
  for (const source of graph.sources.keys()) edgeCounts[source] = 0;
  for (const e of graph.edges) edgeCounts[e.source] = (edgeCounts[e.source] ?? 0) + 1;
  const result: CatalogStatsJson = {
    frameworks: catalogCounts(),
    edges: edgeCounts,
    guidance: { genaiRisks: GENAI_RISK_DETAILS.length, genaiActions: GENAI_ACTIONS.length },
    sources: [...graph.sources.values()],
  };
  if (values.json) {
    writeJson(io, result);
    return 0;
  }
  const lines: string[] = [];
  for (const [framework, counts] of Object.entries(result.frameworks)) {
    const parts = Object.entries(counts).map(([k, v]) => `${v} ${k}`);
    lines.push(`${FRAMEWORK_NAME[framework as FrameworkId].padEnd(24)} ${parts.join(", ")}`);
  }
  lines.push("", "Crosswalk edges by source:");
  for (const source of result.sources) {
    lines.push(`  ${String(edgeCounts[source.id] ?? 0).padStart(5)}  ${source.title}${source.authoredHere ? " (authored by Crosswalk)" : ""}`);
  }
  lines.push("", `NIST AI 600-1: ${result.guidance.genaiRisks} generative-AI risks, ${result.guidance.genaiActions} suggested actions`);
  io.stdout(`${lines.join("\n")}\n`);
  return 0;
}

function edges(args: readonly string[], io: CliIo): number {
  const { values } = parseCommandArgs(args, {
    from: { type: "string" },
    to: { type: "string" },
    json: { type: "boolean", default: false },
  });
  const from = frameworkOption(values.from, "--from");
  const to = frameworkOption(values.to, "--to");
  const graph = defaultCrosswalk();
  const selected = graph.edges.flatMap((e) => orient(e, from, to));
  const used = new Set(selected.map((e) => e.source));
  const result: CatalogEdgesJson = { sources: [...graph.sources.values()].filter((s) => used.has(s.id)), edges: selected };
  if (values.json) writeJson(io, result);
  else {
    for (const e of selected) io.stdout(`${e.from}\t${e.relationship}\t${e.to}\t${e.source}\n`);
    io.stderr(`${selected.length} edges\n`);
  }
  return 0;
}

/** The edge as JSON if it joins the asked frameworks, turned round when it was written the other way. */
function orient(e: CrosswalkEdge, from: FrameworkId | undefined, to: FrameworkId | undefined): EdgeJson[] {
  const a = splitNamespaced(e.from)?.framework;
  const b = splitNamespaced(e.to)?.framework;
  const fits = (x: FrameworkId | undefined, y: FrameworkId | undefined) => (!from || x === from) && (!to || y === to);
  const extra = { ...(e.rationale ? { rationale: e.rationale } : {}), ...(e.note ? { note: e.note } : {}) };
  if (fits(a, b)) return [{ from: e.from, to: e.to, relationship: e.relationship, source: e.source, ...extra }];
  if (fits(b, a)) return [{ from: e.to, to: e.from, relationship: invert(e.relationship), source: e.source, ...extra }];
  return [];
}

function items(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parseCommandArgs(args, { kind: { type: "string" }, json: { type: "boolean", default: false } });
  const framework = frameworkOption(positionals[0], "framework");
  if (!framework) throw new UsageError("name a framework");
  const list = itemsOf(framework, ...(values.kind ? [values.kind as ItemKind] : []));
  if (values.json) {
    writeJson(io, {
      framework,
      items: list.map((i) => ({ id: i.id, ref: i.ref, kind: i.kind, title: i.title, ...(i.parent ? { parent: i.parent } : {}) })),
    });
  } else {
    for (const i of list) io.stdout(`${i.ref.padEnd(14)} ${i.kind.padEnd(12)} ${i.title}\n`);
  }
  return 0;
}

const EXPORT_FORMATS = ["oscal-mapping", "oscal-catalog"] as const;

function exportOscal(args: readonly string[], io: CliIo): number {
  const { values } = parseCommandArgs(args, {
    format: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
    framework: { type: "string" },
  });
  const format = values.format;
  if (!format || !(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(", ")}${format ? ` (got "${format}")` : ""}`);
  }
  const lastModified = new Date().toISOString();
  if (format === "oscal-catalog") {
    if (values.from || values.to) throw new UsageError("--from/--to go with --format oscal-mapping; an OSCAL catalog takes --framework");
    const framework = frameworkOption(values.framework, "--framework");
    if (!framework) throw new UsageError("--format oscal-catalog needs --framework FW");
    writeJson(io, oscalCatalog(framework, lastModified));
    return 0;
  }
  if (values.framework) throw new UsageError("--framework goes with --format oscal-catalog; a mapping takes --from/--to");
  const from = frameworkOption(values.from, "--from");
  const to = frameworkOption(values.to, "--to");
  const collection = oscalMappingCollection(defaultCrosswalk(), { ...(from ? { from } : {}), ...(to ? { to } : {}), lastModified });
  if (collection["mapping-collection"].mappings.length === 0) {
    io.stderr(`The crosswalk has no edges from ${from ?? "any framework"} to ${to ?? "any framework"}.\n`);
    return 1;
  }
  writeJson(io, collection);
  return 0;
}
