import { parseArgs, type ParseArgsConfig } from "node:util";
import { type FrameworkId, FRAMEWORKS, isFrameworkId } from "../shared/catalog/framework";
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
