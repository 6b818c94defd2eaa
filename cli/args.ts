import { parseArgs, type ParseArgsConfig } from "node:util";
import { type FrameworkId, FRAMEWORKS, isFrameworkId } from "../shared/catalog/framework";
import { parseDateText } from "../shared/import/normalise/date";
import { UsageError } from "./io";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** node:util parseArgs, with its errors turned into usage errors (exit code 2). */
export function parseCommandArgs<T extends Options>(args: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

export function frameworkOption(value: string | undefined, flag: string): FrameworkId | undefined {
  if (value === undefined) return undefined;
  if (!isFrameworkId(value)) throw new UsageError(`${flag} must be one of ${FRAMEWORKS.join(", ")} (got "${value}")`);
  return value;
}

/** Today's date on this machine, `YYYY-MM-DD`: what "overdue" is measured against by default. */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

/** `--as-of`: a day written the ways people write dates (day first when ambiguous); today when absent. */
export function asOfOption(value: string | undefined): string {
  if (value === undefined) return today();
  const parsed = parseDateText(value, "dmy");
  if (!parsed || parsed.precision !== "day") throw new UsageError(`--as-of must be a date such as 2026-06-30 (got "${value}")`);
  return parsed.iso;
}

/** `--matrix LxI`: the numbers of likelihood and impact levels, each 2–10. */
export function matrixSizeOption(value: string | undefined): { likelihood: number; impact: number } | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{1,2})\s*[x×*]\s*(\d{1,2})$/i.exec(value.trim());
  const likelihood = Number(m?.[1]);
  const impact = Number(m?.[2]);
  if (!m || likelihood < 2 || likelihood > 10 || impact < 2 || impact > 10) {
    throw new UsageError(`--matrix must be likelihood×impact levels such as 5x5 or 3x4, each 2–10 (got "${value}")`);
  }
  return { likelihood, impact };
}
