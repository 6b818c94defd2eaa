import { FRAMEWORK_PREFIX, type FrameworkId, splitNamespaced } from "../../catalog/framework";
import { idExists, parseFrameworkId } from "../../catalog/framework-ids";
import type { Located } from "../input";
import type { Report, Rule } from "../rule";

interface RefField {
  readonly field: string;
  readonly framework: FrameworkId;
}

const RISK_REFS: readonly RefField[] = [
  { field: "aiRmfRefs", framework: "ai-rmf" },
  { field: "iso42001Refs", framework: "iso42001" },
  { field: "iso27001Refs", framework: "iso27001" },
];
const SYSTEM_REFS: readonly RefField[] = [
  { field: "aiRmfRefs", framework: "ai-rmf" },
  { field: "iso42001Refs", framework: "iso42001" },
];

function suggestionFor(id: string): string | undefined {
  const parts = splitNamespaced(id);
  if (!parts) return undefined;
  const parsed = parseFrameworkId(parts.ref, parts.framework);
  if (parsed.ok) return parsed.ref;
  return parsed.suggestions[0]?.replace(/^[A-Z0-9-]+:/, "");
}

const PREFIXES = new Set<string>(Object.values(FRAMEWORK_PREFIX));

function checkIds(at: Located<object>, field: string, ids: readonly string[] | string | undefined, report: Report, cache: Map<string, boolean>): void {
  const list = typeof ids === "string" ? [ids] : (ids ?? []);
  for (const id of list) {
    const colon = id.indexOf(":");
    // Not namespaced, or an organisation's own control (ORG:…): nothing to look up.
    if (colon <= 0 || !PREFIXES.has(id.slice(0, colon))) continue;
    const prefix = id.slice(0, colon);
    let known = cache.get(id);
    if (known === undefined) {
      known = idExists(id);
      cache.set(id, known);
    }
    if (known) continue;
    const suggestion = suggestionFor(id);
    report(
      at,
      field,
      `${id.slice(colon + 1)} does not exist in ${frameworkName(prefix)}`,
      suggestion ? `Did you mean ${suggestion}?` : "Check the id against the framework.",
    );
  }
}

function frameworkName(prefix: string): string {
  switch (prefix) {
    case "AIRMF":
      return "NIST AI RMF";
    case "ISO42001":
      return "ISO/IEC 42001";
    case "ISO27001":
      return "ISO/IEC 27001";
    default:
      return "NIST SP 800-53";
  }
}

export const REFERENCE_RULES: readonly Rule[] = [
  {
    code: "framework-id-unknown",
    severity: "warning",
    scope: "workbook",
    description: "Framework references (AI RMF, ISO/IEC 42001, ISO/IEC 27001) name items that exist, with a suggestion when mistyped.",
    check({ input }, report) {
      const cache = new Map<string, boolean>();
      for (const at of input.risks ?? []) {
        for (const { field } of RISK_REFS) checkIds(at, field, (at.record as Record<string, readonly string[] | undefined>)[field], report, cache);
      }
      for (const at of input.aiSystems ?? []) {
        for (const { field } of SYSTEM_REFS) checkIds(at, field, (at.record as Record<string, readonly string[] | undefined>)[field], report, cache);
      }
      for (const at of input.impactAssessments ?? []) {
        for (const { field } of SYSTEM_REFS) checkIds(at, field, (at.record as Record<string, readonly string[] | undefined>)[field], report, cache);
      }
      for (const at of input.soa ?? []) checkIds(at, "controlId", at.record.controlId, report, cache);
      for (const at of input.profile ?? []) {
        checkIds(at, "subcategory", at.record.subcategory, report, cache);
        checkIds(at, "iso42001Refs", at.record.iso42001Refs, report, cache);
      }
    },
  },
];
