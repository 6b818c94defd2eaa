import * as z from "zod";

/** Team, workbook and org ids: lower-case letters, digits, `.`, `_`, `-`; 1–64 characters. */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9._-]{0,63}$/;

export const slugSchema = z
  .string()
  .regex(SLUG_PATTERN, "use 1–64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit");

export const teamIdSchema = slugSchema.describe("Team id, e.g. `claims-ai`.");
export const workbookIdSchema = slugSchema.describe("Workbook id, e.g. `risk-register`.");

export const versionNumberSchema = z.number().int().min(1).max(9_999_999_999);

/** A version path segment: `latest` or a positive integer. */
export const versionSelectorSchema = z.union([
  z.literal("latest"),
  z
    .string()
    .regex(/^[1-9][0-9]{0,9}$/, "expected `latest` or a version number")
    .transform(Number),
]);

export const workbookParamsSchema = z.object({ team: teamIdSchema, workbook: workbookIdSchema });

export const limitSchema = z
  .string()
  .regex(/^[0-9]{1,3}$/, "expected a whole number from 1 to 100")
  .transform(Number)
  .pipe(z.number().int().min(1, "at least 1").max(100, "at most 100"));

export const isoInstantSchema = z.iso.datetime({ offset: true }).describe("An ISO 8601 date-time.");
