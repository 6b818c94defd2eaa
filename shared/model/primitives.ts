import * as z from "zod";

/**
 * Size limits. A workbook cell holds at most 32,767 characters, so no text that came from Excel
 * is ever longer; anything longer is hostile or broken input and is refused (or, on restore,
 * truncated with an issue) instead of being carried through the API, the store and the reports.
 */
export const LIMITS = {
  /** Excel's own cell limit. */
  text: 32_767,
  id: 256,
  /** Items in one list field (refs, evidence, controls, actions …). */
  list: 1_000,
  /** Keys in a record's `extra` bag. */
  extraKeys: 200,
  /** Records in one collection. Generous: the API's body limit bounds real snapshots first. */
  records: 1_000_000,
} as const;

function isNotBlank(value: string): boolean {
  return value.trim().length > 0;
}

/**
 * Free text (title, description, owner …). Never blank: an empty cell is an absent field, so a
 * record either has an owner or has none and no consumer has to treat `""` as missing.
 */
export const Text = z
  .string()
  .max(LIMITS.text, { error: `text is longer than ${LIMITS.text} characters (the Excel cell limit)` })
  .refine(isNotBlank, { error: "text must not be blank; leave the field out instead" });
export type Text = z.infer<typeof Text>;

/** A record key (risk id, AI system id …): non-blank, without surrounding whitespace. */
export const RecordId = z
  .string()
  .min(1, { error: "id must not be empty" })
  .max(LIMITS.id, { error: `id is longer than ${LIMITS.id} characters` })
  .refine((value) => value === value.trim() && value.length > 0, {
    error: "id must not start or end with whitespace",
  });
export type RecordId = z.infer<typeof RecordId>;

/** A list of short texts (evidence items, attendees, affected parties …). */
export const TextList = z.array(Text).max(LIMITS.list, { error: `list has more than ${LIMITS.list} items` });
export type TextList = z.infer<typeof TextList>;

/** A list of record ids (links between records, e.g. SoA row → risks). */
export const IdList = z.array(RecordId).max(LIMITS.list, { error: `list has more than ${LIMITS.list} items` });
export type IdList = z.infer<typeof IdList>;

const ISO_DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (so `2025-02-29` is false). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE_SHAPE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * A calendar date as `YYYY-MM-DD`. Dates stay strings in the model: they carry no time zone,
 * sort and compare as text, and survive JSON unchanged.
 */
export const IsoDate = z.string().refine(isIsoDate, { error: "expected a calendar date written YYYY-MM-DD" });
export type IsoDate = z.infer<typeof IsoDate>;

/**
 * A level on one of the workbook's matrix scales (likelihood or impact): 1 is the lowest level.
 * Whether the level exists on *this* workbook's matrix is a validation rule, not a schema rule, so
 * a snapshot with an out-of-range value can still be stored and shown to its owner.
 */
export const Level = z.int({ error: "expected a whole-number level (1 = lowest)" }).min(1).max(99);
export type Level = z.infer<typeof Level>;

/** A scalar a spreadsheet cell can hold. */
export const CellValue = z.union([z.string().max(LIMITS.text), z.number(), z.boolean(), z.null()]);
export type CellValue = z.infer<typeof CellValue>;

/**
 * Columns of the source sheet that map to no field, kept so nothing a user typed is lost on the
 * way through the API. Flat scalars only: no nesting means no deep-nesting attacks.
 */
export const Extra = z
  .record(z.string().min(1).max(LIMITS.id), CellValue)
  .refine((value) => Object.keys(value).length <= LIMITS.extraKeys, {
    error: `extra holds more than ${LIMITS.extraKeys} fields`,
  });
export type Extra = z.infer<typeof Extra>;
