import * as z from "zod";
import { LIMITS } from "../primitives";
import { candidates, splitList } from "./coerce";
import { type IssueSink, preview } from "./restore-issue";

export type Path = readonly (string | number)[];

export type Restored =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly reason: string; readonly partial?: Record<string, unknown> };

/** Keys that must never be copied from input into a new object. */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** An empty cell: nothing to keep, nothing to report. */
export function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim().length === 0);
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current: z.ZodType = schema;
  for (let depth = 0; depth < 8; depth += 1) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodDefault) current = current.unwrap() as z.ZodType;
    else break;
  }
  return current;
}

function firstMessage(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "invalid value";
  const where = issue.path.length > 0 ? `${issue.path.map(String).join(".")}: ` : "";
  return `${where}${issue.message}`;
}

export interface ObjectOptions {
  /** Unknown scalar fields go into the record's `extra` instead of being dropped. */
  readonly keepUnknownInExtra?: boolean;
}

/**
 * Brings one value into the shape of `schema`, field by field, reporting every change to `sink`.
 * The walk follows the schema, never the input, so its depth is the schema's however deeply the
 * input nests, and it reads only own keys, skipping `__proto__`, `constructor` and `prototype`.
 */
export function restoreValue(schema: z.ZodType, value: unknown, path: Path, sink: IssueSink): Restored {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodObject) return restoreObject(inner, value, path, sink);
  if (inner instanceof z.ZodArray) return restoreArray(inner, value, path, sink);
  if (inner instanceof z.ZodRecord) return restoreMap(inner, value, path, sink);
  const direct = inner.safeParse(value);
  if (direct.success) return { ok: true, value: direct.data };
  for (const candidate of candidates(value)) {
    const attempt = inner.safeParse(candidate.value);
    if (attempt.success) {
      sink.add({ code: candidate.code, severity: candidate.severity, path, message: candidate.note, value: preview(value) });
      return { ok: true, value: attempt.data };
    }
  }
  return { ok: false, reason: firstMessage(direct.error) };
}

/** True when `value` has only keys the schema knows, at every depth the schema describes. */
function isClean(schema: z.ZodType, value: unknown): boolean {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodObject) {
    if (!isPlainObject(value)) return false;
    const shape = inner.shape as Record<string, z.ZodType>;
    for (const key of Object.keys(value)) {
      const field = Object.hasOwn(shape, key) ? shape[key] : undefined;
      if (!field || UNSAFE_KEYS.has(key)) return false;
      const child = value[key];
      if (child === null) return false;
      if (typeof child === "object" && !isClean(field, child)) return false;
    }
    return true;
  }
  if (inner instanceof z.ZodArray) {
    if (!Array.isArray(value)) return false;
    const element = inner.element as z.ZodType;
    for (const item of value) if (typeof item === "object" && !isClean(element, item)) return false;
    return true;
  }
  if (inner instanceof z.ZodRecord) {
    if (!isPlainObject(value)) return false;
    for (const key of Object.keys(value)) if (UNSAFE_KEYS.has(key)) return false;
    return true;
  }
  return true;
}

export function restoreObject(
  schema: z.ZodObject,
  value: unknown,
  path: Path,
  sink: IssueSink,
  options: ObjectOptions = {},
): Restored {
  if (!isPlainObject(value)) return { ok: false, reason: `expected an object, found ${preview(value)}` };
  if (isClean(schema, value)) {
    const direct = schema.safeParse(value);
    if (direct.success) return { ok: true, value: direct.data };
  }
  const shape = schema.shape as Record<string, z.ZodType>;
  const out: Record<string, unknown> = {};
  const unknown: [string, unknown][] = [];
  for (const key of Object.keys(value)) {
    if (UNSAFE_KEYS.has(key)) {
      sink.add({ code: "unsafe-key-dropped", severity: "warning", path: [...path, key], message: `key "${key}" removed` });
      continue;
    }
    const child = value[key];
    const field = Object.hasOwn(shape, key) ? shape[key] : undefined;
    if (!field) {
      unknown.push([key, child]);
      continue;
    }
    if (isEmpty(child)) continue;
    const restored = restoreValue(field, child, [...path, key], sink);
    if (restored.ok) {
      // An extra bag left empty once its bad keys are gone is an empty cell, not a field.
      if (key === "extra" && isPlainObject(restored.value) && Object.keys(restored.value).length === 0) continue;
      out[key] = restored.value;
    } else {
      sink.add({ code: "value-dropped", severity: "warning", path: [...path, key], message: restored.reason, value: preview(child) });
    }
  }
  if (unknown.length > 0) placeUnknown(out, unknown, shape, path, sink, options.keepUnknownInExtra === true);
  const final = schema.safeParse(out);
  if (final.success) return { ok: true, value: final.data };
  return { ok: false, reason: firstMessage(final.error), partial: out };
}

function placeUnknown(
  out: Record<string, unknown>,
  unknown: readonly [string, unknown][],
  shape: Record<string, z.ZodType>,
  path: Path,
  sink: IssueSink,
  keepInExtra: boolean,
): void {
  const canKeep = keepInExtra && Object.hasOwn(shape, "extra");
  const extra: Record<string, unknown> = { ...(isPlainObject(out.extra) ? out.extra : {}) };
  let added = 0;
  for (const [key, child] of unknown) {
    const isScalar = child === null || ["string", "number", "boolean"].includes(typeof child);
    const fits =
      canKeep &&
      isScalar &&
      key.length > 0 &&
      key.length <= LIMITS.id &&
      !Object.hasOwn(extra, key) &&
      Object.keys(extra).length < LIMITS.extraKeys &&
      (typeof child !== "string" || child.length <= LIMITS.text) &&
      (typeof child !== "number" || Number.isFinite(child));
    if (fits) {
      extra[key] = child;
      added += 1;
      sink.add({ code: "unknown-field-kept", severity: "info", path: [...path, key], message: `unknown field "${key}" kept in extra` });
    } else {
      sink.add({
        code: "unknown-field-dropped",
        severity: "warning",
        path: [...path, key],
        message: canKeep ? `unknown field "${key}" removed: extra keeps only short plain values under new keys` : `unknown field "${key}" removed`,
        value: preview(child),
      });
    }
  }
  if (added > 0) out.extra = extra;
}

function restoreArray(schema: z.ZodArray, value: unknown, path: Path, sink: IssueSink): Restored {
  const element = schema.element as z.ZodType;
  let list: readonly unknown[];
  if (Array.isArray(value)) {
    if (isClean(schema, value)) {
      const direct = schema.safeParse(value);
      if (direct.success) return { ok: true, value: direct.data };
    }
    list = value;
  } else if (typeof value === "string") {
    list = splitList(value);
    sink.add({ code: "value-coerced", severity: "info", path, message: `text split into a list of ${list.length}`, value: preview(value) });
  } else {
    list = [value];
    sink.add({ code: "value-coerced", severity: "info", path, message: "single value read as a list of one", value: preview(value) });
  }
  const out: unknown[] = [];
  const limit = Math.min(list.length, LIMITS.records);
  for (let index = 0; index < limit; index += 1) {
    const item = list[index];
    if (isEmpty(item)) continue;
    const restored = restoreValue(element, item, [...path, index], sink);
    if (restored.ok) out.push(restored.value);
    else sink.add({ code: "item-dropped", severity: "warning", path: [...path, index], message: restored.reason, value: preview(item) });
  }
  if (list.length > limit) {
    sink.add({ code: "list-truncated", severity: "warning", path, message: `${list.length - limit} item(s) beyond ${limit} removed` });
  }
  const final = schema.safeParse(out);
  if (final.success) return { ok: true, value: final.data };
  const tooBig = final.error.issues.find((issue) => issue.code === "too_big" && issue.path.length === 0);
  if (tooBig && tooBig.code === "too_big" && typeof tooBig.maximum === "number") {
    const maximum = Number(tooBig.maximum);
    sink.add({ code: "list-truncated", severity: "warning", path, message: `${out.length - maximum} item(s) beyond ${maximum} removed` });
    const cut = schema.safeParse(out.slice(0, maximum));
    if (cut.success) return { ok: true, value: cut.data };
  }
  return { ok: false, reason: firstMessage(final.error) };
}

function restoreMap(schema: z.ZodRecord, value: unknown, path: Path, sink: IssueSink): Restored {
  if (!isPlainObject(value)) return { ok: false, reason: `expected an object, found ${preview(value)}` };
  if (isClean(schema, value)) {
    const direct = schema.safeParse(value);
    if (direct.success) return { ok: true, value: direct.data };
  }
  const keyType = schema.keyType as z.ZodType;
  const valueType = schema.valueType as z.ZodType;
  const out: Record<string, unknown> = {};
  let count = 0;
  for (const key of Object.keys(value)) {
    if (UNSAFE_KEYS.has(key)) {
      sink.add({ code: "unsafe-key-dropped", severity: "warning", path: [...path, key], message: `key "${key}" removed` });
      continue;
    }
    const child = value[key];
    const restored = keyType.safeParse(key).success ? restoreValue(valueType, child, [...path, key], sink) : undefined;
    if (restored?.ok && count < LIMITS.extraKeys) {
      out[key] = restored.value;
      count += 1;
    } else {
      const reason = !restored ? "key is empty or too long" : restored.ok ? `more than ${LIMITS.extraKeys} keys` : restored.reason;
      sink.add({ code: "value-dropped", severity: "warning", path: [...path, key], message: reason, value: preview(child) });
    }
  }
  const final = schema.safeParse(out);
  return final.success ? { ok: true, value: final.data } : { ok: false, reason: firstMessage(final.error) };
}
