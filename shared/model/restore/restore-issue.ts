/**
 * Why restore changed something. Issues are plain readonly values told apart by `code`, like
 * zod's: a consumer can count them, show them, or switch on the code.
 */
export type RestoreIssueCode =
  /** The input, or a section of it, was not the object expected; defaults stand in. */
  | "not-an-object"
  /** No `schemaVersion`; read as the current version. */
  | "schema-version-missing"
  /** A `schemaVersion` newer than this code knows; read as the current version, best effort. */
  | "schema-version-newer"
  /** A `schemaVersion` that is not a version this code can migrate from. */
  | "schema-version-unknown"
  /** Brought forward by a migration. */
  | "migrated"
  /** A required part was missing or unreadable; a default was put in its place. */
  | "default-filled"
  /** A value was converted to the field's type ("3" → 3, "Yes" → true, "a; b" → ["a", "b"]). */
  | "value-coerced"
  /** Text longer than the limit was cut to it. */
  | "value-truncated"
  /** A value that could not be read was removed; the field is left empty. */
  | "value-dropped"
  /** An element of a list could not be read and was removed. */
  | "item-dropped"
  /** A list longer than its limit was cut to it. */
  | "list-truncated"
  /** A record without a usable key was removed. */
  | "record-dropped"
  /** A record without an id was given one. */
  | "id-generated"
  /** An unknown field with a plain value was kept in the record's `extra`. */
  | "unknown-field-kept"
  /** An unknown field was removed. */
  | "unknown-field-dropped"
  /** A `__proto__`, `constructor` or `prototype` key was removed. */
  | "unsafe-key-dropped"
  /** More issues than the limit; the count is in the message. */
  | "issues-truncated";

export type RestoreIssueSeverity = "info" | "warning";

export interface RestoreIssue {
  readonly code: RestoreIssueCode;
  /** `info`: converted without loss. `warning`: something was dropped, invented or guessed. */
  readonly severity: RestoreIssueSeverity;
  /** Where in the input, e.g. `["risks", 3, "dueDate"]`. */
  readonly path: readonly (string | number)[];
  readonly message: string;
  /** A short preview of the value concerned, when one was changed or dropped. */
  readonly value?: string;
}

/** Collects issues up to a limit and then only counts, so a hostile input cannot flood memory. */
export class IssueSink {
  private readonly kept: RestoreIssue[] = [];
  private overflow = 0;

  constructor(private readonly limit: number) {}

  add(issue: RestoreIssue): void {
    if (this.kept.length < this.limit) this.kept.push(issue);
    else this.overflow += 1;
  }

  finish(): RestoreIssue[] {
    if (this.overflow === 0) return this.kept;
    return [
      ...this.kept,
      {
        code: "issues-truncated",
        severity: "warning",
        path: [],
        message: `${this.overflow} further issue(s) not listed`,
      },
    ];
  }
}

/** A short, safe description of any value: never recursive, never longer than ~`max` characters. */
export function preview(value: unknown, max = 120): string {
  try {
    if (typeof value === "string") return JSON.stringify(value.length > max ? `${value.slice(0, max)}…` : value);
    if (value === null) return "null";
    if (Array.isArray(value)) return `[list of ${value.length} item(s)]`;
    if (typeof value === "object") {
      const keys = Object.keys(value);
      const shown = keys.slice(0, 5).map((key) => (key.length > 30 ? `${key.slice(0, 30)}…` : key));
      return `{object with ${keys.length} key(s)${shown.length > 0 ? `: ${shown.join(", ")}${keys.length > 5 ? ", …" : ""}` : ""}}`;
    }
    if (typeof value === "function" || typeof value === "symbol") return `[${typeof value}]`;
    return String(value);
  } catch {
    return "[unreadable value]";
  }
}
