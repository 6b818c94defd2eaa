import * as z from "zod";
import { FRAMEWORKS } from "../catalog/framework";
import { ApiId } from "./api-id";
import { Extra, IsoDate, Text } from "./primitives";

/**
 * Who the workbook belongs to and what it covers. `team` and `name` identify it (the API's
 * `/teams/{team}/workbooks/{name}`); the rest is for people.
 */
export const WorkbookMeta = z.object({
  /** Ids the API files the workbook under, so they follow its pattern. */
  team: ApiId,
  name: ApiId,
  org: Text.optional(),
  teamName: Text.optional(),
  title: Text.optional(),
  owner: Text.optional(),
  /** Scope of the AI management system this workbook covers (ISO/IEC 42001 4.3). */
  scope: Text.optional(),
  /** Frameworks the team reports against. */
  frameworks: z.array(z.enum(FRAMEWORKS)).max(FRAMEWORKS.length).optional(),
  /** The date the content reflects, as the team states it. */
  asOf: IsoDate.optional(),
  /** Where the snapshot came from, e.g. the source file name. */
  source: Text.optional(),
  notes: Text.optional(),
  extra: Extra.optional(),
});
export type WorkbookMeta = z.infer<typeof WorkbookMeta>;
