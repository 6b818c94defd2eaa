import type { ResponseConfig, ZodMediaTypeObject } from "@asteasolutions/zod-to-openapi";
import { SLUG_PATTERN } from "../../shared/api/ids";
import { conflictProblemSchema, problemSchema } from "../../shared/api/problem";
import { PROBLEM_TYPES, type ProblemType, problemTypeUri } from "../problem";

/** Pieces the operations' contracts share: JSON bodies, problem answers, common parameters. */

export const json = (schema: ZodMediaTypeObject["schema"]) => ({ "application/json": { schema } });

/** A request body documented by a component (validated by the handler, not by the document). */
export const bodyRef = (component: string) => ({ required: true, content: json({ $ref: `#/components/schemas/${component}` }) });

/** The problem answers of an operation, one response per status, each problem type explained. */
export function problems(...types: ProblemType[]): Record<string, ResponseConfig> {
  const out: Record<string, ResponseConfig> = {};
  for (const type of types) {
    const { status, title, when } = PROBLEM_TYPES[type];
    const key = String(status);
    const existing = out[key];
    const description = `${title} (\`${problemTypeUri(type)}\`): ${when}`;
    const schema = type === "version-conflict" || type === "precondition-required" ? conflictProblemSchema : problemSchema;
    out[key] = existing
      ? { ...existing, description: `${existing.description ?? ""}\n\n${description}` }
      : { description, content: { "application/problem+json": { schema } } };
  }
  return out;
}

export const COMMON = ["unauthorized", "invalid-request", "store-unavailable", "internal"] as const;
/** What any operation with a JSON body can answer about the body itself. */
export const BODY = ["malformed-json", "nesting-too-deep", "forbidden-property", "payload-too-large", "unsupported-media-type", "invalid-body"] as const;

const pathParam = (name: string, description: string) => ({
  name,
  in: "path" as const,
  required: true,
  description,
  schema: { type: "string" as const, pattern: SLUG_PATTERN.source },
});
export const teamParam = pathParam("team", "Team id (lower-case letters, digits, `.`, `_`, `-`).");
export const workbookParam = pathParam("workbook", "Workbook id.");
export const limitParam = {
  name: "limit",
  in: "query" as const,
  description: "Page size, 1–100 (default 20).",
  schema: { type: "integer" as const, minimum: 1, maximum: 100 },
};
export const cursorParam = {
  name: "cursor",
  in: "query" as const,
  description: "`nextCursor` from the previous page.",
  schema: { type: "string" as const },
};
export const etagHeader = { description: 'The version\'s ETag, e.g. `"v3"`.', schema: { type: "string" as const } };
