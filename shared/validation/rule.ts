import type { Severity } from "../issues/issue";
import type { Located, MatrixSize, ValidationInput } from "./input";

/** Reports one finding about one record, at the cell of `field` (or the record's row). */
export type Report = <T>(at: Located<T>, field: string | undefined, message: string, hint?: string) => void;

export interface RuleContext {
  readonly input: ValidationInput;
  readonly matrix: MatrixSize;
  /** `YYYY-MM-DD`; date rules are skipped without it. */
  readonly asOf: string | undefined;
  /** Reports a finding that belongs to no row (a control missing from the SoA). */
  readonly reportAt: (sheet: string, cell: string, message: string, hint?: string) => void;
}

/**
 * A validation rule: a stable code, a default severity, what it checks in one sentence, and the
 * check. Rules are plain data in `RULES`, so a team can list them and switch any of them off.
 */
export interface Rule {
  readonly code: string;
  readonly severity: Severity;
  /** The sheet the rule looks at ("workbook" for cross-sheet rules). */
  readonly scope: "risks" | "soa" | "aiSystems" | "impactAssessments" | "profile" | "workbook";
  readonly description: string;
  check(context: RuleContext, report: Report): void;
}

/** True for a value that is missing or blank. */
export function isMissing(value: string | undefined | null): boolean {
  return value === undefined || value === null || value.trim() === "";
}

/** How to name a record in a message: "Risk R-07", "Control A.6.2.4", or "Row 12". */
export function nameOf(kind: string, id: string | undefined, row: number): string {
  if (id === undefined || id.trim() === "") return `${kind} on row ${row}`;
  const colon = id.indexOf(":");
  return `${kind} ${colon > 0 && /^[A-Z0-9-]+$/.test(id.slice(0, colon)) ? id.slice(colon + 1) : id}`;
}
