import * as z from "zod";
import { API_ID_PATTERN, API_ID_RULE } from "../model/api-id";

/** Team, workbook and org ids (the pattern's one home is shared/model/api-id.ts). */
export const SLUG_PATTERN = API_ID_PATTERN;

export const slugSchema = z
  .string()
  .regex(SLUG_PATTERN, `use ${API_ID_RULE}`);

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
