/**
 * Crosswalk lookups for the pane: what an id in a cell names and what it maps to. Pure; the pane
 * loads this module lazily because it carries the catalogs and the crosswalk data.
 */
import { catalogItem } from "../../shared/catalog/catalogs";
import { FRAMEWORK_NAME, FRAMEWORKS, type FrameworkId } from "../../shared/catalog/framework";
import { defaultCrosswalk } from "../../shared/crosswalk/default-graph";
import type { CrosswalkTarget } from "../../shared/crosswalk/graph";
import { parseId } from "../../shared/ids/parse";

export interface LookupGroup {
  readonly framework: FrameworkId;
  readonly frameworkName: string;
  readonly targets: readonly CrosswalkTarget[];
  /**
   * For a framework reached only indirectly: the framework(s) the paths go through ("ISO/IEC
   * 42001:2023"), so the pane groups them as reached through it rather than hiding them.
   */
  readonly through?: string;
}

export type LookupResult =
  | {
      readonly ok: true;
      readonly id: string;
      readonly ref: string;
      readonly framework: FrameworkId;
      readonly title: string;
      readonly correction?: string;
      readonly groups: readonly LookupGroup[];
    }
  | { readonly ok: false; readonly message: string; readonly suggestions: readonly string[] };

export interface LookupOptions {
  /** The framework of the column the id came from, so bare shared ids such as A.5.2 resolve. */
  readonly framework?: FrameworkId;
  /** Also list indirect mappings for frameworks that have direct ones. */
  readonly transitive?: boolean;
}

export function lookupCell(value: unknown, options: LookupOptions = {}): LookupResult {
  const parsed = parseId(value, options.framework ? { framework: options.framework } : {});
  if (!parsed.ok) return { ok: false, message: parsed.message, suggestions: parsed.suggestions };
  // Every framework the crosswalk reaches is listed: direct mappings where there are some, and
  // where there are none (ISO 27001 and SP 800-53 from AI RMF, say) the indirect ones, each with
  // its path, so nothing is hidden behind a switch.
  const reached = defaultCrosswalk().lookup(parsed.id, { transitive: true });
  const groups: LookupGroup[] = [];
  for (const framework of FRAMEWORKS) {
    if (framework === parsed.framework) continue;
    const all = reached.filter((t) => t.framework === framework);
    const direct = all.filter((t) => t.path.length <= 2);
    const of = direct.length > 0 && options.transitive !== true ? direct : all;
    if (of.length === 0) continue;
    const through = of.every((t) => t.path.length > 2) ? throughOf(of) : undefined;
    groups.push({ framework, frameworkName: FRAMEWORK_NAME[framework], targets: of, ...(through ? { through } : {}) });
  }
  return {
    ok: true,
    id: parsed.id,
    ref: parsed.ref,
    framework: parsed.framework,
    title: parsed.item.title,
    ...(parsed.correction ? { correction: parsed.correction } : {}),
    groups,
  };
}

/** The frameworks of the first step of each path, by name, in the crosswalk's framework order. */
function throughOf(targets: readonly CrosswalkTarget[]): string | undefined {
  const via = new Set(targets.map((t) => catalogItem(t.path[1] ?? "")?.framework).filter((f): f is FrameworkId => f !== undefined));
  const names = FRAMEWORKS.filter((f) => via.has(f)).map((f) => FRAMEWORK_NAME[f]);
  return names.length > 0 ? names.join(" and ") : undefined;
}

export function sourceTitle(sourceId: string): string {
  return sourceId
    .split(" + ")
    .map((s) => defaultCrosswalk().sources.get(s)?.title ?? s)
    .join(" + ");
}

export function titleOfId(id: string): string | undefined {
  return catalogItem(id)?.title;
}
