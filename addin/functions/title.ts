import { parseId } from "../../shared/ids/parse";
import { type FunctionResult, fail, ok } from "./result";

/**
 * The short title of a framework id (for AI RMF subcategories, the statement). Ids that two
 * frameworks share (`A.5.2`) need their prefix: `ISO42001:A.5.2`.
 *
 * @example titleOf("ISO42001:A.2.2") // ok("AI policy")
 */
export function titleOf(id: unknown): FunctionResult<string> {
  const parsed = parseId(id);
  if (!parsed.ok) return fail(parsed.code === "id.empty" ? "#N/A" : "#VALUE!", parsed.message);
  return ok(parsed.item.title);
}
