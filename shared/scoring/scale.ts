import * as z from "zod";

const Label = z
  .string()
  .max(64, { error: "label is longer than 64 characters" })
  .refine((s) => s.trim().length > 0, { error: "label must not be blank" });

/** One level of a likelihood or impact scale: its value (1 = lowest), its label and other words for it. */
export const ScaleLevel = z.object({
  value: z.int().min(1).max(99),
  label: Label,
  /** Other words a sheet may use for this level ("Almost certain", "Very likely" …). */
  synonyms: z.array(Label).max(20).optional(),
  description: z.string().max(1_000).optional(),
});
export type ScaleLevel = z.infer<typeof ScaleLevel>;

export const SCALE_MIN_LEVELS = 2;
export const SCALE_MAX_LEVELS = 10;

/**
 * A likelihood or impact scale: levels ordered lowest first, valued 1..n, so a level *is* its
 * position and word scales need no separate numbering. Every label and synonym names one level.
 */
export const Scale = z
  .object({
    name: z.string().max(64).optional(),
    levels: z.array(ScaleLevel).min(SCALE_MIN_LEVELS).max(SCALE_MAX_LEVELS),
  })
  .superRefine((scale, ctx) => {
    scale.levels.forEach((level, index) => {
      if (level.value !== index + 1) {
        ctx.addIssue({
          code: "custom",
          path: ["levels", index, "value"],
          message: `levels must be valued 1..${scale.levels.length} lowest first; expected ${index + 1}, found ${level.value}`,
        });
      }
    });
    const seen = new Map<string, number>();
    scale.levels.forEach((level, index) => {
      for (const word of [level.label, ...(level.synonyms ?? [])]) {
        const key = wordKey(word);
        const other = seen.get(key);
        if (other !== undefined && other !== index) {
          ctx.addIssue({
            code: "custom",
            path: ["levels", index],
            message: `"${word}" names two levels (${other + 1} and ${index + 1})`,
          });
        }
        seen.set(key, index);
      }
    });
  });
export type Scale = z.infer<typeof Scale>;

/** Case-, accent- and spacing-insensitive form of a word, so "Très élevé" matches "tres  ELEVE". */
export function wordKey(word: string): string {
  return word
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\s_-]+/g, " ")
    .trim();
}

/**
 * The level a cell names on this scale: a whole number in range (`3`, `"3"`, `"3.0"`), a label or
 * a synonym (any case, accents, spacing); undefined for anything else — never a guess.
 *
 * @example resolveLevel(MATRIX_3X3.likelihood, "high") // 3
 * @example resolveLevel(MATRIX_3X3.likelihood, 4)      // undefined (off the scale)
 */
export function resolveLevel(scale: Scale, input: unknown): number | undefined {
  const size = scale.levels.length;
  if (typeof input === "number") {
    return Number.isInteger(input) && input >= 1 && input <= size ? input : undefined;
  }
  if (typeof input !== "string" || input.length > 200) return undefined;
  const text = input.trim();
  if (/^\d+(\.0+)?$/.test(text)) {
    const value = Number(text);
    return value >= 1 && value <= size ? value : undefined;
  }
  const key = wordKey(text);
  if (key.length === 0) return undefined;
  const level = scale.levels.find(
    (candidate) => wordKey(candidate.label) === key || (candidate.synonyms ?? []).some((s) => wordKey(s) === key),
  );
  return level?.value;
}

/** The label of a level, or undefined when the level is off the scale. */
export function levelLabel(scale: Scale, value: number): string | undefined {
  return scale.levels[value - 1]?.label;
}
