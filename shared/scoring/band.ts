import * as z from "zod";

/** `#RRGGBB`, the form both Excel fills and HTML/SVG reports take. */
export const Colour = z.string().regex(/^#[0-9A-Fa-f]{6}$/, { error: "expected a colour written #RRGGBB" });
export type Colour = z.infer<typeof Colour>;

/**
 * A rating band: every score from `min` to `max` (inclusive) gets this rating. A matrix's bands
 * run lowest first, touch end to end and cover every possible score.
 */
/** A band's stable key, e.g. `low`, `critical`; what a risk's qualitative rating holds. */
export const BandId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,31}$/, { error: "band id must be lower-case letters, digits and hyphens" });
export type BandId = z.infer<typeof BandId>;

export const RatingBand = z.object({
  id: BandId,
  label: z
    .string()
    .max(64)
    .refine((s) => s.trim().length > 0, { error: "label must not be blank" }),
  min: z.int(),
  max: z.int(),
  colour: Colour,
});
export type RatingBand = z.infer<typeof RatingBand>;
