import { FRAMEWORK_NAME } from "../../shared/catalog/framework";
import { defaultCrosswalk } from "../../shared/crosswalk/default-graph";
import { parseId } from "../../shared/ids/parse";
import { parseFrameworkArg } from "./framework-arg";
import { type FunctionResult, fail, ok } from "./result";

/**
 * The ids `id` maps to in `framework`, one per row (so the formula spills down). Direct
 * crosswalk edges first; when there are none, what the graph reaches through another framework.
 *
 * @example mapIds("GOVERN 1.1", "iso42001") // ok([["4.1"], …])
 */
export function mapIds(id: unknown, framework: unknown): FunctionResult<string[][]> {
  const target = parseFrameworkArg(String(framework ?? ""));
  if (!target) return fail("#VALUE!", `Unknown framework "${String(framework ?? "")}"; use ai-rmf, iso42001, iso27001 or sp800-53.`);
  const parsed = parseId(id);
  if (!parsed.ok) return fail(parsed.code === "id.empty" ? "#N/A" : "#VALUE!", parsed.message);
  const graph = defaultCrosswalk();
  let targets = graph.lookup(parsed.id, { to: target });
  if (targets.length === 0) targets = graph.lookup(parsed.id, { to: target, transitive: true });
  if (targets.length === 0) return fail("#N/A", `${parsed.id} has no mapping to ${FRAMEWORK_NAME[target]} in the shipped crosswalk.`);
  return ok(targets.map((t) => [t.ref]));
}
