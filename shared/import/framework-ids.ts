/**
 * The importer's and validator's only door to the id parser and the catalogs (`shared/ids/`,
 * `shared/catalog/`), so the rest of the code does not care how those are shaped.
 *
 * TEMPORARY: `shared/ids/` has not landed on main yet. Until it does, this file holds a minimal
 * stand-in that only accepts near-canonical ids and knows the ISO/IEC 42001 Annex A control ids
 * (ids only). It is replaced by re-exports of the real parser and catalog when main is merged.
 */
import { type FrameworkId, namespaced } from "../catalog/framework";

export type IdParseResult =
  | { readonly ok: true; readonly id: string; readonly framework: FrameworkId; readonly ref: string }
  | { readonly ok: false; readonly code: string; readonly message: string; readonly suggestions: readonly string[] };

const ISO42001_ANNEX_A = [
  "A.2.2", "A.2.3", "A.2.4", "A.3.2", "A.3.3", "A.4.2", "A.4.3", "A.4.4", "A.4.5", "A.4.6", "A.5.2", "A.5.3", "A.5.4",
  "A.5.5", "A.6.1.2", "A.6.1.3", "A.6.2.2", "A.6.2.3", "A.6.2.4", "A.6.2.5", "A.6.2.6", "A.6.2.7", "A.6.2.8", "A.7.2",
  "A.7.3", "A.7.4", "A.7.5", "A.7.6", "A.8.2", "A.8.3", "A.8.4", "A.8.5", "A.9.2", "A.9.3", "A.9.4", "A.10.2", "A.10.3",
  "A.10.4",
];

const FUNCTIONS: Readonly<Record<string, string>> = { GV: "GOVERN", GOVERN: "GOVERN", MP: "MAP", MAP: "MAP", MS: "MEASURE", MEASURE: "MEASURE", MG: "MANAGE", MANAGE: "MANAGE" };

function fail(message: string): IdParseResult {
  return { ok: false, code: "id-unrecognised", message, suggestions: [] };
}

/** Parses one id of `framework`, forgiving about spelling; never throws. */
export function parseFrameworkId(input: unknown, framework: FrameworkId): IdParseResult {
  if (typeof input === "number" && Number.isFinite(input)) return parseFrameworkId(String(input), framework);
  if (typeof input !== "string") return fail("not an id");
  const text = input.trim().replace(/\s+/g, " ");
  if (text === "") return fail("empty id");
  const ok = (ref: string): IdParseResult => ({ ok: true, id: namespaced(framework, ref), framework, ref });
  switch (framework) {
    case "ai-rmf": {
      const m = /^(?:AIRMF:)?(GV|GOVERN|MP|MAP|MS|MEASURE|MG|MANAGE)[\s-]*(\d{1,2})\.(\d{1,2})\b:?$/i.exec(text);
      if (!m) return fail(`"${text}" is not an AI RMF subcategory such as GOVERN 1.1`);
      return ok(`${FUNCTIONS[(m[1] ?? "").toUpperCase()] ?? ""} ${Number(m[2])}.${Number(m[3])}`);
    }
    case "iso42001":
    case "iso27001": {
      const m = /^(?:ISO(?:\/IEC)?\s*(?:42001|27001)(?::20\d\d)?\s*[:\s-]?\s*)?(A\.?\s*)?(\d{1,2}(?:\.\d{1,2}){0,3})$/i.exec(text);
      if (!m) return fail(`"${text}" is not a clause or Annex A control id`);
      return ok(`${m[1] ? "A." : ""}${m[2] ?? ""}`);
    }
    case "sp800-53": {
      const m = /^([A-Z]{2})-?(\d{1,2})(\(\d{1,2}\))?$/i.exec(text);
      if (!m) return fail(`"${text}" is not an SP 800-53 control such as AC-2`);
      return ok(`${(m[1] ?? "").toUpperCase()}-${Number(m[2])}${m[3] ?? ""}`);
    }
  }
}

/** Every control id a Statement of Applicability must list for `framework`, or undefined if unknown. */
export function requiredControls(framework: FrameworkId): readonly string[] | undefined {
  return framework === "iso42001" ? ISO42001_ANNEX_A.map((ref) => namespaced("iso42001", ref)) : undefined;
}

/** Whether a namespaced id exists in its catalog; undefined when the catalog is not known here. */
export function idExists(id: string): boolean | undefined {
  if (id.startsWith("ISO42001:A.")) return ISO42001_ANNEX_A.includes(id.slice("ISO42001:".length));
  return undefined;
}
