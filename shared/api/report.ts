import * as z from "zod";
import { isIsoDate } from "../model/primitives";
import { TEXT_FORMATS } from "../report/render/index";
import { REPORT_SECTIONS, type ReportSectionName, SECTION_HINTS } from "../report/report-sections";
import { teamIdSchema } from "./ids";

/** Every format a report can be pulled in: the text formats of shared/report and XLSX. */
export const REPORT_FORMATS = [...TEXT_FORMATS, "xlsx"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

/** Teams a report may name at once. */
export const MAX_REPORT_TEAMS = 500;

/**
 * Query of GET /v1/reports/dual-conformance. The route refuses parameters not named here: a
 * misspelt one (`team=` for `teams=`) must not silently widen the report to every team.
 */
export const reportQuerySchema = z.object({
  format: z.enum(REPORT_FORMATS, { error: `expected one of ${REPORT_FORMATS.join(", ")}` }).default("json"),
  teams: z
    .string()
    .max(MAX_REPORT_TEAMS * 66)
    .transform((value) => [...new Set(value.split(",").map((team) => team.trim()).filter((team) => team !== ""))])
    .pipe(z.array(teamIdSchema).min(1, "name at least one team, or leave `teams` out for every team").max(MAX_REPORT_TEAMS, `at most ${MAX_REPORT_TEAMS} teams`))
    .optional(),
  asOf: z.string().refine(isIsoDate, { error: "expected a calendar date written YYYY-MM-DD" }).optional(),
  /** `format=json` only: these top-level sections (and the envelope), comma-separated. */
  sections: z
    .string()
    .max(400)
    .transform((value, ctx) => {
      const names = [...new Set(value.split(",").map((name) => name.trim()).filter((name) => name !== ""))];
      const unknown = names.filter((name) => !(REPORT_SECTIONS as readonly string[]).includes(name));
      for (const name of unknown) {
        const hint = SECTION_HINTS[name];
        ctx.addIssue({
          code: "custom",
          message: `no section ${JSON.stringify(name)}${hint ? ` (it is part of ${hint})` : ""}; expected any of ${REPORT_SECTIONS.join(", ")}`,
        });
      }
      if (names.length === 0) ctx.addIssue({ code: "custom", message: `name at least one section of ${REPORT_SECTIONS.join(", ")}, or leave \`sections\` out` });
      return names as ReportSectionName[];
    })
    .optional(),
  csvTable: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "expected a table id such as `gaps`")
    .optional(),
});
export type ReportQuery = z.output<typeof reportQuerySchema>;

/**
 * `format=json`: the report model of shared/report, checked at the top (its version and the
 * sections a client writes) rather than field by field.
 */
export const reportResponseSchema = z
  .object({
    reportVersion: z.number().int(),
    org: z.object({ id: z.string(), name: z.string() }).loose(),
    asOf: z.string(),
    teams: z.array(z.unknown()),
    summary: z.object({ teams: z.number().int() }).loose(),
  })
  .loose();
