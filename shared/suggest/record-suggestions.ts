import type { AiSystem } from "../model/ai-system";
import type { ImpactAssessment } from "../model/impact-assessment";
import type { Risk } from "../model/risk";
import type { SoaEntry } from "../model/soa";
import { recordText, SUGGESTABLE, type Suggestable, type SuggestableRecordMap } from "./record-text";
import { createSuggester, type Suggester, type Suggestion, type SuggestOptions } from "./suggester";
import { type TargetKind, targetId } from "./target";

/**
 * Which kinds of reference a record can hold. Risks hold all four; AI systems and impact
 * assessments AI RMF and ISO/IEC 42001 references; an SoA row is itself a control and holds
 * no references, so its suggestions (the AI RMF subcategories it serves, the Annex A control an
 * own control resembles) are for reading only.
 */
export const KINDS_HELD: Readonly<Record<Suggestable, readonly TargetKind[]>> = {
  risks: ["ai-rmf", "iso42001", "genai-risk", "trustworthiness"],
  aiSystems: ["ai-rmf", "iso42001"],
  impactAssessments: ["ai-rmf", "iso42001"],
  soa: ["ai-rmf", "iso42001"],
};

/** Whether accepting a suggestion for a record of this collection stores a reference. */
export function canAccept(collection: Suggestable): boolean {
  return collection !== "soa";
}

/** The references a record already holds, as suggestion targets. */
export function heldTargets<C extends Suggestable>(collection: C, record: SuggestableRecordMap[C]): string[] {
  if (collection === "soa") return [(record as SoaEntry).controlId];
  const r = record as Risk | AiSystem | ImpactAssessment;
  const out = [...(r.aiRmfRefs ?? []), ...(r.iso42001Refs ?? [])];
  if (collection === "risks") {
    const risk = record as Risk;
    for (const g of risk.genAiRisks ?? []) out.push(targetId("genai-risk", g));
    for (const t of risk.trustworthiness ?? []) out.push(targetId("trustworthiness", t));
  }
  return out;
}

export interface RecordSuggestions {
  readonly collection: Suggestable;
  /** The record's id (an SoA row's control id). */
  readonly id: string;
  readonly suggestions: readonly Suggestion[];
}

export interface SuggestableRecords {
  readonly risks?: readonly Risk[];
  readonly aiSystems?: readonly AiSystem[];
  readonly impactAssessments?: readonly ImpactAssessment[];
  readonly soa?: readonly SoaEntry[];
}

/** Suggestion options for records: `kinds` narrows what each record can hold. */
export type RecordSuggestOptions = Omit<SuggestOptions, "exclude">;

export function recordId<C extends Suggestable>(collection: C, record: SuggestableRecordMap[C]): string {
  return collection === "soa" ? (record as SoaEntry).controlId : (record as Risk).id;
}

/**
 * Suggestions for one record: never a reference it already holds, never one it rejected, only
 * kinds it can hold.
 */
export function suggestForRecord<C extends Suggestable>(
  collection: C,
  record: SuggestableRecordMap[C],
  options: RecordSuggestOptions = {},
  suggester: Suggester = createSuggester(),
): RecordSuggestions {
  const held = KINDS_HELD[collection];
  const kinds = options.kinds ? options.kinds.filter((k) => held.includes(k)) : held;
  const rejected = collection === "soa" ? [] : ((record as Risk).suggestions?.rejected ?? []);
  const exclude = new Set([...heldTargets(collection, record), ...rejected]);
  const suggestions = kinds.length === 0 ? [] : suggester.suggest(recordText(collection, record), { ...options, kinds, exclude });
  return { collection, id: recordId(collection, record), suggestions };
}

/**
 * Suggestions for every record of a snapshot (or of imported records), in collection order
 * (risks, AI systems, impact assessments, SoA) and record order. Records with no words get
 * none. One index serves all records.
 */
export function suggestForRecords(records: SuggestableRecords, options: RecordSuggestOptions = {}, suggester: Suggester = createSuggester()): RecordSuggestions[] {
  const out: RecordSuggestions[] = [];
  for (const collection of SUGGESTABLE) {
    for (const record of records[collection] ?? []) {
      out.push(suggestForRecord(collection, record as SuggestableRecordMap[typeof collection], options, suggester));
    }
  }
  return out;
}
