import type { FieldChange } from "./diff-snapshots";

/** Longest value shown whole; longer text is cut with "…" (a diff line is read at 320 px). */
export const MAX_VALUE_CHARS = 60;

/** What an absent or blank value reads as. */
export const EMPTY = "(empty)";

/**
 * One value of a changed field as a person reads it: text as it is, numbers and booleans as
 * written, lists joined by ", ", anything nested as compact JSON; cut to `max` characters.
 */
export function describeValue(value: unknown, max = MAX_VALUE_CHARS): string {
  const text = valueText(value).replace(/\s+/g, " ").trim();
  if (text === "") return EMPTY;
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** "owner: Ana → Ben"; a field added reads "(empty) → …", one removed "… → (empty)". */
export function describeChange(change: FieldChange, max = MAX_VALUE_CHARS): string {
  return `${change.field}: ${describeValue(change.before, max)} → ${describeValue(change.after, max)}`;
}

function valueText(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (Array.isArray(value) && value.every((v) => v === null || typeof v !== "object")) return value.map((v) => valueText(v)).join(", ");
  return JSON.stringify(value) ?? "";
}
