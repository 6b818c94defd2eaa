/**
 * A finding about the user's data, as import and validation report it (shape of
 * `shared/issues/issue.ts` on the import branch: code, severity, sheet, A1 cell, message, hint).
 */
export type Severity = "error" | "warning" | "info";

export interface Issue {
  readonly code: string;
  readonly severity: Severity;
  readonly sheet: string;
  readonly cell: string;
  readonly message: string;
  readonly hint?: string;
}
