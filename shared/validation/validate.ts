import { z } from "zod";
import { type Issue, Severity } from "../issues/issue";
import { DEFAULT_MATRIX_SIZE, type Located, type ValidationInput } from "./input";
import type { Report, Rule } from "./rule";
import { RULES } from "./rules/index";

/**
 * Which rules run and how loud they are: a team switches a rule off or changes its severity in
 * a small JSON file (`{ "rules": { "soa-owner-missing": "off", "risk-review-overdue": "error" } }`).
 */
export const RuleConfig = z.object({
  rules: z.record(z.string().max(100), z.union([z.literal("off"), Severity])).optional(),
});
export type RuleConfig = z.infer<typeof RuleConfig>;

export interface ValidateOptions {
  /** The date overdue checks are made against, `YYYY-MM-DD`. Without it they are skipped. */
  readonly asOf?: string;
  readonly config?: RuleConfig;
  /** The rule set; defaults to `RULES`. */
  readonly rules?: readonly Rule[];
}

export interface RuleOutcome {
  readonly code: string;
  readonly enabled: boolean;
  readonly issues: number;
}

export interface ValidationResult {
  readonly issues: readonly Issue[];
  readonly counts: Readonly<Record<Severity, number>>;
  readonly rules: readonly RuleOutcome[];
}

function cellOf(at: Located<unknown>, field: string | undefined): string {
  const letter = (field !== undefined ? at.columns[field] : undefined) ?? at.columns.id ?? firstColumn(at.columns);
  return letter + String(at.row);
}

function firstColumn(columns: Located<unknown>["columns"]): string {
  for (const key in columns) {
    const letter = columns[key];
    if (letter !== undefined) return letter;
  }
  return "A";
}

/**
 * Runs every enabled rule over the records and returns their issues, each pointing at a cell.
 * Pure and total: it never throws for any input, and a rule that fails is reported as an issue.
 */
export function validate(input: ValidationInput, options: ValidateOptions = {}): ValidationResult {
  const rules = options.rules ?? RULES;
  const settings = options.config?.rules ?? {};
  const matrix = input.matrix ?? DEFAULT_MATRIX_SIZE;
  const asOf = options.asOf && /^\d{4}-\d{2}-\d{2}$/.test(options.asOf) ? options.asOf : undefined;
  const issues: Issue[] = [];
  const outcomes: RuleOutcome[] = [];
  for (const rule of rules) {
    const setting = settings[rule.code];
    if (setting === "off") {
      outcomes.push({ code: rule.code, enabled: false, issues: 0 });
      continue;
    }
    const severity = setting ?? rule.severity;
    const before = issues.length;
    const code = rule.code;
    // One object per issue: validation of large registers is dominated by allocation.
    const report: Report = (at, field, message, hint) => {
      issues.push(
        hint === undefined
          ? { code, severity, sheet: at.sheet, cell: cellOf(at, field), message }
          : { code, severity, sheet: at.sheet, cell: cellOf(at, field), message, hint },
      );
    };
    const reportAt = (sheet: string, cell: string, message: string, hint?: string) => {
      issues.push(hint === undefined ? { code, severity, sheet, cell, message } : { code, severity, sheet, cell, message, hint });
    };
    try {
      rule.check({ input, matrix, asOf, reportAt }, report);
    } catch (error) {
      issues.push({
        code: "rule-failed",
        severity: "error",
        sheet: "",
        cell: "A1",
        message: `The check ${rule.code} could not run (${error instanceof Error ? error.message : String(error)})`,
      });
    }
    outcomes.push({ code: rule.code, enabled: true, issues: issues.length - before });
  }
  const counts = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity]++;
  return { issues, counts, rules: outcomes };
}
