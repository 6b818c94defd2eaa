import { FRAMEWORK_NAME } from "../../shared/catalog/framework";
import { defaultCrosswalk } from "../../shared/crosswalk/default-graph";
import type { CrosswalkTarget } from "../../shared/crosswalk/graph";
import { parseId } from "../../shared/ids/parse";
import { frameworkOption, parseCommandArgs } from "../args";
import type { Command } from "../command";
import { UsageError, writeJson } from "../io";

/** `lookup --json` output, one entry per id given: a stable contract (see README). */
export interface LookupJson {
  readonly results: readonly LookupResultJson[];
}

export type LookupResultJson =
  | {
      readonly input: string;
      readonly id: string;
      readonly framework: string;
      readonly title: string;
      readonly correction?: string;
      readonly targets: readonly TargetJson[];
    }
  | { readonly input: string; readonly error: { readonly code: string; readonly message: string; readonly suggestions: readonly string[] } };

export interface TargetJson {
  readonly id: string;
  readonly framework: string;
  readonly title: string;
  readonly relationship: string;
  readonly source: string;
  readonly path: readonly string[];
  readonly steps: readonly { from: string; to: string; relationship: string; source: string; rationale?: string; note?: string }[];
}

function targetJson(t: CrosswalkTarget): TargetJson {
  return {
    id: t.id,
    framework: t.framework,
    title: t.title,
    relationship: t.relationship,
    source: t.source,
    path: t.path,
    steps: t.steps.map((s) => ({
      from: s.from,
      to: s.to,
      relationship: s.relationship,
      source: s.source,
      ...(s.rationale ? { rationale: s.rationale } : {}),
      ...(s.note ? { note: s.note } : {}),
    })),
  };
}

export const lookupCommand: Command = {
  name: "lookup",
  summary: "What an id maps to in the other frameworks",
  usage: [
    "usage: crosswalk lookup <id…> [--from FW] [--to FW] [--transitive] [--json]",
    "",
    "  <id…>          ids as people write them: GV-1.1, \"Govern 1.1\", A.6.2.4, B.6.2.4, AC-2",
    "  --from FW      read bare ids in this framework (needed for ids like A.5.2 that two frameworks share)",
    "  --to FW        only targets in this framework",
    "  --transitive   follow paths through other frameworks (AI RMF → ISO 42001 → ISO 27001 → SP 800-53)",
    "  --json         print { results: [{ input, id, framework, title, targets: [{ id, framework, title, relationship, source, path, steps }] }] }",
    "",
    "Frameworks: ai-rmf, iso42001, iso27001, sp800-53, iso27001-2013 (the superseded edition). Exit code 1 when an id cannot be read.",
  ].join("\n"),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      from: { type: "string" },
      to: { type: "string" },
      transitive: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
    });
    if (positionals.length === 0) throw new UsageError("give at least one id");
    const from = frameworkOption(values.from, "--from");
    const to = frameworkOption(values.to, "--to");
    const graph = defaultCrosswalk();
    const results: LookupResultJson[] = positionals.map((input) => {
      const parsed = parseId(input, from ? { framework: from } : {});
      if (!parsed.ok) return { input, error: { code: parsed.code, message: parsed.message, suggestions: parsed.suggestions } };
      const targets = graph.lookup(parsed.id, { ...(to ? { to } : {}), transitive: values.transitive === true });
      return {
        input,
        id: parsed.id,
        framework: parsed.framework,
        title: parsed.item.title,
        ...(parsed.correction ? { correction: parsed.correction } : {}),
        targets: targets.map(targetJson),
      };
    });
    if (values.json) writeJson(io, { results } satisfies LookupJson);
    else io.stdout(renderText(results, values.transitive === true));
    return results.some((r) => "error" in r) ? 1 : 0;
  },
};

function renderText(results: readonly LookupResultJson[], transitive: boolean): string {
  const out: string[] = [];
  for (const r of results) {
    if ("error" in r) {
      out.push(`${r.input}: ${r.error.message}`, "");
      continue;
    }
    out.push(`${r.id}  ${r.title}`);
    if (r.correction) out.push(`  (${r.correction})`);
    if (r.targets.length === 0) out.push(transitive ? "  no mapped items" : "  no direct mappings (try --transitive)");
    let framework = "";
    for (const t of r.targets) {
      if (t.framework !== framework) {
        framework = t.framework;
        out.push(`  ${FRAMEWORK_NAME[t.framework as keyof typeof FRAMEWORK_NAME] ?? t.framework}:`);
      }
      const via = t.path.length > 2 ? `  via ${t.path.slice(1, -1).join(" → ")}` : "";
      out.push(`    ${t.id.padEnd(22)} ${t.relationship.padEnd(9)} ${truncate(t.title, 70)}${via}`);
    }
    out.push("");
  }
  return `${out.join("\n")}\n`;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
