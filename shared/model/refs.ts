import * as z from "zod";
import { FRAMEWORK_PREFIX } from "../catalog/framework";
import { LIMITS } from "./primitives";

/*
 * Framework references are namespaced id strings (`AIRMF:GOVERN 1.1`, `ISO42001:A.5.2`,
 * `ISO27001:A.5.1`, `SP800-53:AC-2`). The schema checks the shape only; whether the id exists in a
 * catalog is a validation rule with its own issue and suggestion, so a mistyped id is stored and
 * reported rather than refused.
 */

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function refOf(prefix: string) {
  const shape = new RegExp(`^${escapeRegExp(prefix)}:\\S(?:.*\\S)?$`, "s");
  return z
    .string()
    .max(LIMITS.id, { error: `reference is longer than ${LIMITS.id} characters` })
    .regex(shape, { error: `expected a reference written ${prefix}:<id>, e.g. ${EXAMPLE[prefix] ?? `${prefix}:X`}` });
}

const EXAMPLE: Readonly<Record<string, string>> = {
  AIRMF: "AIRMF:GOVERN 1.1",
  ISO42001: "ISO42001:A.5.2",
  ISO27001: "ISO27001:A.5.1",
  "SP800-53": "SP800-53:AC-2",
};

/** `AIRMF:GOVERN 1.1` — an AI RMF function, category or subcategory. */
export const AiRmfRef = refOf(FRAMEWORK_PREFIX["ai-rmf"]);
export type AiRmfRef = z.infer<typeof AiRmfRef>;

/** `ISO42001:A.5.2` or `ISO42001:6.1.3` — an ISO/IEC 42001 Annex A control or clause. */
export const Iso42001Ref = refOf(FRAMEWORK_PREFIX.iso42001);
export type Iso42001Ref = z.infer<typeof Iso42001Ref>;

/** `ISO27001:A.5.1` or `ISO27001:6.1.3` — an ISO/IEC 27001 Annex A control or clause. */
export const Iso27001Ref = refOf(FRAMEWORK_PREFIX.iso27001);
export type Iso27001Ref = z.infer<typeof Iso27001Ref>;

/** `SP800-53:AC-2`. */
export const Sp80053Ref = refOf(FRAMEWORK_PREFIX["sp800-53"]);
export type Sp80053Ref = z.infer<typeof Sp80053Ref>;

/**
 * Any namespaced control id: a framework's (`ISO42001:A.5.2`, `ISO27001:A.8.1`) or an
 * organisation's own additional control under a prefix of its choosing (`ORG:AI-07`).
 * The prefix is upper case letters, digits and hyphens, starting with a letter.
 */
export const ControlRef = z
  .string()
  .max(LIMITS.id, { error: `control id is longer than ${LIMITS.id} characters` })
  .regex(/^[A-Z][A-Z0-9-]{0,31}:\S(?:.*\S)?$/s, {
    error: "expected a namespaced control id such as ISO42001:A.5.2 (or ORG:<id> for your own controls)",
  });
export type ControlRef = z.infer<typeof ControlRef>;

const refList = <T extends z.ZodType>(ref: T) =>
  z.array(ref).max(LIMITS.list, { error: `list has more than ${LIMITS.list} items` });

export const AiRmfRefs = refList(AiRmfRef);
export const Iso42001Refs = refList(Iso42001Ref);
export const Iso27001Refs = refList(Iso27001Ref);
