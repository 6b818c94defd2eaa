import { catalogItem } from "../catalog/catalogs";
import type { AiSystem } from "../model/ai-system";
import type { ImpactAssessment } from "../model/impact-assessment";
import type { Risk } from "../model/risk";
import type { SoaEntry } from "../model/soa";

/** The collections whose records get suggestions. */
export const SUGGESTABLE = ["risks", "aiSystems", "impactAssessments", "soa"] as const;
export type Suggestable = (typeof SUGGESTABLE)[number];

export interface SuggestableRecordMap {
  readonly risks: Risk;
  readonly aiSystems: AiSystem;
  readonly impactAssessments: ImpactAssessment;
  readonly soa: SoaEntry;
}

const join = (...parts: readonly (string | readonly string[] | undefined)[]) =>
  parts
    .flatMap((p) => (p === undefined ? [] : typeof p === "string" ? [p] : p))
    .join(". ");

/**
 * The words of a record that say what it is about: what people wrote, never ids, owners,
 * dates or levels. An SoA row also speaks through its control's short title.
 */
export function recordText<C extends Suggestable>(collection: C, record: SuggestableRecordMap[C]): string {
  switch (collection) {
    case "risks": {
      const r = record as Risk;
      return join(r.title, r.description, r.cause, r.event, r.consequence, r.category, r.controls, r.actions?.map((a) => a.description), r.notes);
    }
    case "aiSystems": {
      const s = record as AiSystem;
      return join(s.name, s.purpose, s.technology, s.data, s.thirdParties, s.users, s.humanOversight, s.notes);
    }
    case "impactAssessments": {
      const a = record as ImpactAssessment;
      return join(a.title, a.scope, a.intendedUse, a.foreseeableMisuse, a.affectedParties, a.impacts?.map((i) => i.description), a.impacts?.flatMap((i) => i.measures ?? []), a.measures, a.notes);
    }
    case "soa": {
      const row = record as SoaEntry;
      return join(row.title ?? catalogItem(row.controlId)?.title, row.justification, row.implementation, row.notes);
    }
  }
  return "";
}
