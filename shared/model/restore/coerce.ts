import { FRAMEWORK_PREFIX } from "../../catalog/framework";
import { isIsoDate, LIMITS } from "../primitives";
import type { RestoreIssueCode, RestoreIssueSeverity } from "./restore-issue";

/** A converted value to try against a field's schema, and what to say if it is the one taken. */
export interface Candidate {
  readonly value: unknown;
  readonly code: RestoreIssueCode;
  readonly severity: RestoreIssueSeverity;
  readonly note: string;
}

const YES = new Set(["yes", "y", "true", "x", "1", "applicable", "included", "ja", "oui", "si", "sí"]);
const NO = new Set(["no", "n", "false", "0", "not applicable", "n/a", "na", "excluded", "nein", "non"]);

// ISO 42001 first: a bare control id in an SoA is read as the SoA's own standard.
const PREFIXES = [FRAMEWORK_PREFIX.iso42001, FRAMEWORK_PREFIX["ai-rmf"], FRAMEWORK_PREFIX.iso27001, FRAMEWORK_PREFIX["sp800-53"]];

/**
 * Conversions of a value that failed its field's schema, most faithful first. The caller takes
 * the first the schema accepts; which one fits is the schema's decision, so one list serves
 * text, numbers, flags, enums, dates and references alike.
 */
export function* candidates(value: unknown): Generator<Candidate> {
  if (typeof value === "string") {
    yield* stringCandidates(value);
  } else if (typeof value === "number") {
    if (Number.isFinite(value)) yield info(String(value), "number read as text");
    if (value === 1 || value === 0) yield info(value === 1, "1/0 read as yes/no");
  } else if (typeof value === "boolean") {
    yield info(value ? "yes" : "no", "flag read as text");
  } else if (value instanceof Date && !Number.isNaN(value.getTime())) {
    yield info(value.toISOString().slice(0, 10), "date object written as YYYY-MM-DD (UTC)");
  }
}

function* stringCandidates(raw: string): Generator<Candidate> {
  const text = raw.trim();
  if (text !== raw) yield info(text, "surrounding whitespace removed");
  if (text.length <= 64) {
    if (/^[+-]?\d+(\.\d+)?$/.test(text)) yield info(Number(text), "number read from text");
    const lower = text.toLowerCase();
    if (YES.has(lower)) yield info(true, `"${text}" read as yes`);
    if (NO.has(lower)) yield info(false, `"${text}" read as no`);
    const slug = lower.replace(/[\s_/]+/g, "-");
    if (slug !== text) yield info(slug, `"${text}" read as "${slug}"`);
    const date = isoDateOf(text);
    if (date !== undefined && date !== text) yield info(date, `date "${text}" written as ${date}`);
  }
  if (text.length <= LIMITS.id) yield* referenceCandidates(text);
  if (text.length > LIMITS.text) {
    yield {
      value: text.slice(0, LIMITS.text),
      code: "value-truncated",
      severity: "warning",
      note: `text of ${text.length} characters cut to ${LIMITS.text}`,
    };
  }
}

function* referenceCandidates(text: string): Generator<Candidate> {
  const colon = text.indexOf(":");
  if (colon > 0) {
    const prefix = text.slice(0, colon).trim().toUpperCase();
    const ref = text.slice(colon + 1).trim();
    const fixed = `${prefix}:${ref}`;
    if (fixed !== text && ref.length > 0) yield info(fixed, `reference written as ${fixed}`);
    return;
  }
  if (text.length === 0) return;
  for (const prefix of PREFIXES) {
    yield {
      value: `${prefix}:${text}`,
      code: "value-coerced",
      severity: prefix === FRAMEWORK_PREFIX.iso42001 ? "warning" : "info",
      note: `bare id "${text}" read as ${prefix}:${text}`,
    };
  }
}

/** `2025-1-5`, `2025/01/05`, `2025.01.05`, `2025-01-05T10:00:00Z` → `2025-01-05`; year-first only, never a day/month guess. */
function isoDateOf(text: string): string | undefined {
  const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (!match) return undefined;
  const date = `${match[1]}-${match[2]!.padStart(2, "0")}-${match[3]!.padStart(2, "0")}`;
  return isIsoDate(date) ? date : undefined;
}

function info(value: unknown, note: string): Candidate {
  return { value, code: "value-coerced", severity: "info", note };
}

/** Splits a text written where a list belongs: on line breaks, semicolons and commas. */
export function splitList(text: string): string[] {
  return text
    .split(/\r?\n|;|,/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}
