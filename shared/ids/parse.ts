import type { CatalogItem } from "../catalog/catalog-item";
import { catalogItem, itemsOf } from "../catalog/catalogs";
import { CURRENT_FRAMEWORKS, FRAMEWORK_NAME, type FrameworkId, type NamespacedId, namespaced } from "../catalog/framework";
import { editDistance } from "./edit-distance";
import { type CalendarDate, dateOf, dottedCandidates, excelSerialToDate, isoDateText } from "./excel-dates";

export type IdIssueCode = "id.empty" | "id.unrecognised" | "id.unknown" | "id.ambiguous";

export interface ParsedId {
  readonly ok: true;
  readonly id: NamespacedId;
  readonly framework: FrameworkId;
  readonly ref: string;
  readonly item: CatalogItem;
  /** Set when the input needed more than tidying: an Annex B number, an Excel date, a typo'd "72". */
  readonly correction?: string;
}

export interface IdIssue {
  readonly ok: false;
  readonly code: IdIssueCode;
  readonly input: string;
  readonly message: string;
  /** Near misses, best first; for `id.ambiguous`, every framework's reading. */
  readonly suggestions: readonly NamespacedId[];
}

export type IdParseResult = ParsedId | IdIssue;

export interface ParseIdOptions {
  /** The framework of the column or flag the id came from; bare ids are read in it. */
  readonly framework?: FrameworkId;
}

interface Candidate {
  readonly framework: FrameworkId;
  readonly ref: string;
  readonly correction?: string;
}

/**
 * Reads an id the way people and spreadsheets write it, never throwing: `GV-1.1`, `Govern 1.1`,
 * `GOVERN1.1`, `MAP 1.1:`, `B.6.2.4` (Annex B numbering, read as the Annex A control), `A5.2`,
 * `Clause 6.1.2`, `ac-2 (1)`, `ISO/IEC 42001 A.5.2`, and ids Excel turned into dates or numbers.
 *
 * @example parseId("GV-1.1") // { ok: true, id: "AIRMF:GOVERN 1.1", … }
 * @example parseId("A.5.2", { framework: "iso27001" }) // ISO27001:A.5.2
 * @example parseId("A.5.2") // { ok: false, code: "id.ambiguous", suggestions: [ISO42001:A.5.2, ISO27001:A.5.2] }
 */
export function parseId(input: unknown, options: ParseIdOptions = {}): IdParseResult {
  if (typeof input !== "string" && typeof input !== "number") return parseUncached(input, options);
  // Registers repeat the same few hundred ids thousands of times; results are immutable values.
  const key = `${options.framework ?? ""}\u0000${typeof input}\u0000${input}`;
  const cached = memo.get(key);
  if (cached) return cached;
  const result = parseUncached(input, options);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, result);
  return result;
}

const MEMO_LIMIT = 20_000;
const memo = new Map<string, IdParseResult>();

function parseUncached(input: unknown, options: ParseIdOptions): IdParseResult {
  const shown = describeInput(input);
  const texts = inputTexts(input);
  if (texts === "empty") return issue("id.empty", shown, "The cell is empty; expected a framework id.", []);
  if (texts.length === 0) return issue("id.unrecognised", shown, `"${shown}" is not a framework id.`, []);

  const found = new Map<string, Candidate>();
  const wellFormed: Candidate[] = [];
  for (const { text, correction } of texts) {
    const { framework: prefixed, rest } = stripNamespace(text);
    const frameworks = prefixed ? [prefixed] : options.framework ? [options.framework] : CURRENT_FRAMEWORKS;
    for (const framework of frameworks) {
      for (const candidate of READERS[framework](rest)) {
        const merged = { ...candidate, correction: joinCorrections(correction, candidate.correction) };
        wellFormed.push(merged);
        const id = namespaced(framework, candidate.ref);
        if (catalogItem(id) && !found.has(id)) found.set(id, merged);
      }
    }
    // A bare id no current framework has may be a superseded ISO/IEC 27001:2013 control
    // (A.12.4.1): read it there, and say so, rather than call it unknown.
    if (found.size === 0 && !prefixed && !options.framework) {
      for (const candidate of READERS["iso27001-2013"](rest)) {
        const id = namespaced("iso27001-2013", candidate.ref);
        if (catalogItem(id) && !found.has(id)) {
          found.set(id, { ...candidate, correction: joinCorrections(correction, `read as ISO/IEC 27001:2013 ${candidate.ref} (no current framework has this id)`) });
        }
      }
    }
    // An exact reading of the text wins over guesses from its date forms.
    if (found.size > 0) break;
  }

  const hits = [...found.entries()];
  if (hits.length === 1) {
    const [id, c] = hits[0]!;
    const result: ParsedId = { ok: true, id: id as NamespacedId, framework: c.framework, ref: c.ref, item: catalogItem(id)! };
    return Object.freeze(c.correction ? { ...result, correction: c.correction } : result);
  }
  if (hits.length > 1) {
    const ids = hits.map(([id]) => id as NamespacedId);
    return issue(
      "id.ambiguous",
      shown,
      `"${shown}" exists in ${ids.map((i) => FRAMEWORK_NAME[catalogItem(i)!.framework]).join(" and ")}; say which framework (e.g. ${ids[0]}).`,
      ids,
    );
  }

  const scope = wellFormed.length > 0 ? [...new Set(wellFormed.map((c) => c.framework))] : scopeFor(texts[0]!.text, options);
  const probes = wellFormed.length > 0 ? [wellFormed[0]!.ref] : [tidy(texts[0]!.text).toUpperCase()];
  const suggestions = nearMisses(probes, scope);
  if (wellFormed.length > 0) {
    const where = scope.map((f) => FRAMEWORK_NAME[f]).join(" or ");
    const hint = suggestions.length > 0 ? ` Did you mean ${[...new Set(suggestions.map(refOf))].join(", ")}?` : "";
    const fromDates = wellFormed.every((c) => c.correction?.startsWith("read from"));
    const what = fromDates
      ? `"${shown}" looks like a date Excel made of an id (${[...new Set(wellFormed.map((c) => `"${c.ref}"`))].slice(0, 3).join(" or ")}), but`
      : `"${shown}" has the form of an id but`;
    return issue("id.unknown", shown, `${what} ${where} has no such item.${hint}`, suggestions);
  }
  const hint = suggestions.length > 0 ? ` Did you mean ${[...new Set(suggestions.map(refOf))].join(", ")}?` : "";
  return issue("id.unrecognised", shown, `"${shown}" is not a recognised framework id.${hint}`, suggestions);
}

function issue(code: IdIssueCode, input: string, message: string, suggestions: readonly NamespacedId[]): IdIssue {
  return Object.freeze({ ok: false, code, input, message, suggestions: Object.freeze([...suggestions]) });
}

function refOf(id: NamespacedId): string {
  return id.slice(id.indexOf(":") + 1);
}

function joinCorrections(a: string | undefined, b: string | undefined): string | undefined {
  return a && b ? `${a}; ${b}` : (a ?? b);
}

function describeInput(input: unknown): string {
  if (input instanceof Date) return Number.isNaN(input.getTime()) ? "Invalid Date" : input.toISOString().slice(0, 10);
  if (typeof input === "string") return input.length > 80 ? `${input.slice(0, 77)}…` : input;
  if (typeof input === "number" || typeof input === "boolean") return String(input);
  return input === null || input === undefined ? "" : Object.prototype.toString.call(input);
}

/** The texts to try for an input, the literal one first, then forms an Excel date may hide. */
function inputTexts(input: unknown): { text: string; correction?: string }[] | "empty" {
  if (input === null || input === undefined) return "empty";
  if (typeof input === "string") {
    const text = tidy(input);
    if (text === "") return "empty";
    if (text.length > 64) return [];
    const date = isoDateText(text);
    return date ? [{ text }, ...fromDate(date)] : [{ text }];
  }
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return [];
    const texts: { text: string; correction?: string }[] = [{ text: String(input) }];
    const date = Number.isInteger(input) && input >= 1000 ? excelSerialToDate(input) : undefined;
    return date ? [...texts, ...fromDate(date)] : texts;
  }
  if (input instanceof Date) {
    const date = dateOf(input);
    return date ? fromDate(date) : [];
  }
  return [];
}

function fromDate(date: CalendarDate): { text: string; correction: string }[] {
  const shown = `${date.year}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
  return dottedCandidates(date).map((text) => ({ text, correction: `read from ${shown}, a date Excel made of "${text}"` }));
}

/** Unicode dashes and spaces made plain, whitespace collapsed, wrapping quotes and trailing punctuation dropped. */
function tidy(raw: string): string {
  return raw
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, "-")
    .replace(/[\u00A0\u2000-\u200B\u202F\u205F\u3000\t\r\n]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^["'“”‘’]+|["'“”‘’]+$/g, "")
    .replace(/^\[(.*)\]$/, "$1")
    .replace(/[\s:;,.]+$/, "")
    .trim();
}

const NAMESPACES: readonly [RegExp, FrameworkId][] = [
  [/^(?:AIRMF|(?:NIST\s*)?AI\s*RMF(?:\s*1\.0)?)\s*[:\s-]\s*/i, "ai-rmf"],
  [/^(?:ISO\s*42001|ISO\/IEC\s*42001|42001)(?::2023)?\s*[:\s-]\s*/i, "iso42001"],
  [/^(?:ISO\s*27001|ISO\/IEC\s*27001|27001)\s*[:-]\s*2013\s*[:\s-]\s*/i, "iso27001-2013"],
  [/^(?:ISO\s*27001|ISO\/IEC\s*27001|27001)(?::2022)?\s*[:\s-]\s*/i, "iso27001"],
  [/^(?:SP\s*800-53|NIST\s*(?:SP\s*)?800-53)(?:\s*r(?:ev\.?\s*)?5)?\s*[:\s-]\s*/i, "sp800-53"],
];

function stripNamespace(text: string): { framework?: FrameworkId; rest: string } {
  for (const [pattern, framework] of NAMESPACES) {
    const m = pattern.exec(text);
    if (m) return { framework, rest: text.slice(m[0].length).trim() };
  }
  return { rest: text };
}

const FUNCTION_NAMES: Readonly<Record<string, string>> = {
  GOVERN: "GOVERN",
  GV: "GOVERN",
  MAP: "MAP",
  MP: "MAP",
  MEASURE: "MEASURE",
  MS: "MEASURE",
  MANAGE: "MANAGE",
  MG: "MANAGE",
};

const READERS: Readonly<Record<FrameworkId, (text: string) => Candidate[]>> = {
  "ai-rmf": readAiRmf,
  iso42001: (text) => readIso("iso42001", text),
  iso27001: (text) => readIso("iso27001", text),
  "sp800-53": readSp80053,
  "iso27001-2013": (text) => readIso("iso27001-2013", text),
};

function readAiRmf(text: string): Candidate[] {
  const m = /^(GOVERN|GV|MAP|MP|MEASURE|MS|MANAGE|MG)(?:\s*[-.\s]?\s*(\d{1,2})(?:\s*[.\-]\s*(\d{1,2}))?(?:\s*-\s*(\d{3}))?)?$/i.exec(text);
  if (!m) return [];
  const fn = FUNCTION_NAMES[m[1]!.toUpperCase()]!;
  if (m[2] === undefined) return [{ framework: "ai-rmf", ref: fn }];
  const category = `${fn} ${Number(m[2])}`;
  if (m[3] === undefined) return [{ framework: "ai-rmf", ref: category }];
  const ref = `${category}.${Number(m[3])}`;
  return m[4] ? [{ framework: "ai-rmf", ref, correction: `AI 600-1 action ${text} read as its subcategory` }] : [{ framework: "ai-rmf", ref }];
}

function readIso(framework: "iso42001" | "iso27001" | "iso27001-2013", raw: string): Candidate[] {
  const text = raw.replace(/^(?:clause|cl\.?|§|section|control|ctrl\.?)\s*/i, "").replace(/^annex\s*/i, "");
  const annex = /^([AB])\s*[.\s]?\s*(\d{1,2}(?:\s*\.\s*\d{1,2}){0,3})$/i.exec(text);
  if (annex) {
    const numbers = annex[2]!.split(".").map((n) => Number(n.trim()));
    const ref = `A.${numbers.join(".")}`;
    if (annex[1]!.toUpperCase() === "B") {
      // Only ISO 42001 numbers its implementation guidance as Annex B, mirroring Annex A.
      return framework === "iso42001" ? [{ framework, ref, correction: `Annex B guidance number ${text} read as control ${ref}` }] : [];
    }
    return [{ framework, ref }];
  }
  const clause = /^(\d{1,2}(?:\s*\.\s*\d{1,2}){0,3})$/.exec(text);
  if (clause) {
    const numbers = clause[1]!.split(".").map((n) => Number(n.trim()));
    const out: Candidate[] = [{ framework, ref: numbers.join(".") }];
    // "72" for 7.2: a dropped dot is a common printing defect in crosswalk tables.
    if (numbers.length === 1 && numbers[0]! >= 40 && numbers[0]! <= 109) {
      const s = String(numbers[0]);
      const ref = `${s.slice(0, s.length - 1)}.${s.slice(-1)}`;
      out.push({ framework, ref, correction: `"${text}" read as ${ref} (a dropped dot)` });
    }
    return out;
  }
  return [];
}

function readSp80053(text: string): Candidate[] {
  const m = /^([A-Z]{2})\s*-?\s*0*(\d{1,2})(?:\s*(?:\(\s*0*(\d{1,3})\s*\)|\.\s*0*(\d{1,3})))?$/i.exec(text);
  if (!m) {
    const family = /^([A-Z]{2})$/i.exec(text);
    return family ? [{ framework: "sp800-53", ref: family[1]!.toUpperCase() }] : [];
  }
  const base = `${m[1]!.toUpperCase()}-${Number(m[2])}`;
  const enhancement = m[3] ?? m[4];
  return [{ framework: "sp800-53", ref: enhancement ? `${base}(${Number(enhancement)})` : base }];
}

function scopeFor(text: string, options: ParseIdOptions): readonly FrameworkId[] {
  const { framework } = stripNamespace(text);
  if (framework) return [framework];
  return options.framework ? [options.framework] : CURRENT_FRAMEWORKS;
}

/**
 * Up to three catalog ids closest to the probe: fewest edits first; among equals, the same
 * length, then the nearest number in the last position (`A.5.38` → `A.5.37` before `A.5.3`).
 */
function nearMisses(probes: readonly string[], frameworks: readonly FrameworkId[]): NamespacedId[] {
  const scored: { id: NamespacedId; distance: number; tie: number; order: number }[] = [];
  let order = 0;
  for (const framework of frameworks) {
    for (const item of itemsOf(framework)) {
      order++;
      const ref = upperRef(item);
      for (const raw of probes) {
        const probe = raw.toUpperCase();
        const limit = Math.max(2, Math.floor(probe.length / 4));
        // Edit distance is at least the length difference: skip the 1,400 catalog ids that cannot be near.
        if (Math.abs(probe.length - ref.length) > limit) continue;
        const distance = editDistance(probe, ref, limit);
        if (distance > limit) continue;
        const tie = Math.abs(probe.length - ref.length) * 1000 + Math.min(999, lastNumberGap(probe, ref));
        scored.push({ id: item.id, distance, tie, order });
      }
    }
  }
  scored.sort((a, b) => a.distance - b.distance || a.tie - b.tie || a.order - b.order);
  return [...new Set(scored.map((s) => s.id))].slice(0, 3);
}

const upperRefs = new WeakMap<CatalogItem, string>();

function upperRef(item: CatalogItem): string {
  let ref = upperRefs.get(item);
  if (ref === undefined) upperRefs.set(item, (ref = item.ref.toUpperCase()));
  return ref;
}

function lastNumberGap(a: string, b: string): number {
  const na = /(\d+)\D*$/.exec(a);
  const nb = /(\d+)\D*$/.exec(b);
  return na && nb ? Math.abs(Number(na[1]) - Number(nb[1])) : 999;
}
