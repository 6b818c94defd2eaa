import * as z from "zod";
import { versionSummarySchema } from "./version";

export const workbookSummarySchema = z.object({
  team: z.string(),
  workbook: z.string(),
  createdAt: z.string(),
  latest: versionSummarySchema.nullable().describe("The newest version; null if its first push never committed."),
}).meta({ id: "WorkbookSummary" });

export const workbookListSchema = z.object({
  items: z.array(workbookSummarySchema).describe("Ordered by team, then workbook."),
  nextCursor: z.string().nullable(),
}).meta({ id: "WorkbookList" });
