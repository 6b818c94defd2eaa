// Validation: data-driven rules over the workbook's records, each issue pointing at a cell.
export * from "./input";
export { type Report, type Rule, type RuleContext } from "./rule";
export { RULES } from "./rules/index";
export { RuleConfig, type RuleOutcome, type ValidateOptions, type ValidationResult, validate } from "./validate";
