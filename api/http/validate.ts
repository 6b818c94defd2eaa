import type { z } from "zod";
import { escapePointer } from "./json-body";
import { fail, type ProblemField } from "../problem";

function pointerOf(path: readonly PropertyKey[]): string {
  return path.map((p) => `/${escapePointer(String(p))}`).join("");
}

export function zodFields(error: z.ZodError, where: ProblemField["in"]): ProblemField[] {
  return error.issues.map((issue) => ({
    in: where,
    // Parameters and headers are named, not pointed into.
    pointer: where === "body" ? pointerOf(issue.path) : issue.path.map(String).join("."),
    message: issue.message,
  }));
}

/** Parses path/query/header values; a failure is a 400 `invalid-request` naming each bad field. */
export function parseRequestPart<S extends z.ZodType>(schema: S, value: unknown, where: "path" | "query" | "header"): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    fail("invalid-request", `invalid ${where === "path" ? "path segment" : where === "query" ? "query parameter" : "header"}`, {
      errors: zodFields(result.error, where),
    });
  }
  return result.data;
}

/** Parses a JSON body against its schema; a failure is a 422 `invalid-body` with JSON Pointers. */
export function parseBody<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    fail("invalid-body", "the body does not match the request schema", { errors: zodFields(result.error, "body") });
  }
  return result.data;
}
