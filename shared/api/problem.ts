import * as z from "zod";
import { versionSummarySchema } from "./version";

export const problemFieldSchema = z.object({
  in: z.enum(["body", "path", "query", "header"]),
  pointer: z.string().describe("JSON Pointer into the body, or the parameter/header name."),
  message: z.string(),
});

export const problemSchema = z
  .object({
    type: z.string().describe("Relative URI of the problem type; its anchor on /docs explains it."),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional().describe("The request path."),
    errors: z.array(problemFieldSchema).optional().describe("Each bad field, for validation problems."),
    requestId: z.string().optional().describe("On 500s: the id under which the fault was logged."),
    limit: z.number().optional().describe("On 413 and nesting problems: the limit that was exceeded."),
  })
  .catchall(z.unknown())
  .meta({ id: "Problem", description: "RFC 9457 problem details (application/problem+json)." });

export const conflictProblemSchema = problemSchema
  .extend({
    currentVersion: z.number().int().nullable().describe("The newest version now; null when the workbook has none."),
    current: versionSummarySchema.nullable(),
  })
  .meta({ id: "ConflictProblem", description: "A 409 or 428 problem, saying which version is current." });

/**
 * A problem as a client receives it: the same schema, with `type` and `title` optional (a proxy
 * or an older server may leave them out) and the 409/428 members typed when present.
 */
export const receivedProblemSchema = problemSchema.partial({ type: true, title: true }).extend({
  errors: z.array(problemFieldSchema.partial()).optional(),
  currentVersion: z.number().int().nullable().optional(),
  current: versionSummarySchema.nullable().optional(),
});
export type Problem = z.infer<typeof receivedProblemSchema>;
