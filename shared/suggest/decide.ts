import type { AiSystem } from "../model/ai-system";
import { GENAI_RISKS, type GenAiRisk } from "../model/genai-risk";
import type { ImpactAssessment } from "../model/impact-assessment";
import type { ReferenceSuggestions } from "../model/reference-suggestions";
import type { Risk } from "../model/risk";
import type { WorkbookSnapshot } from "../model/snapshot";
import { TRUSTWORTHINESS_CHARACTERISTICS, type TrustworthinessCharacteristic } from "../model/trustworthiness";
import { canAccept, heldTargets, KINDS_HELD, recordId, type RecordSuggestions } from "./record-suggestions";
import type { Suggestable, SuggestableRecordMap } from "./record-text";
import { splitTarget } from "./target";

/** A user's verdict on one suggestion for one record. */
export interface SuggestionDecision {
  readonly collection: Suggestable;
  /** The record's id. */
  readonly id: string;
  readonly target: string;
  readonly verdict: "accept" | "reject";
}

export interface DecisionProblem {
  readonly decision: SuggestionDecision;
  readonly message: string;
}

type Decidable = Exclude<Suggestable, "soa">;
type DecidableRecord = SuggestableRecordMap[Decidable];

const addTo = <T>(list: readonly T[] | undefined, item: T): T[] => (list?.includes(item) ? [...list] : [...(list ?? []), item]);

function withSuggestions<R extends DecidableRecord>(record: R, next: ReferenceSuggestions): R {
  const clean: ReferenceSuggestions = {
    ...(next.accepted && next.accepted.length > 0 ? { accepted: next.accepted } : {}),
    ...(next.acceptedBy !== undefined ? { acceptedBy: next.acceptedBy } : {}),
    ...(next.rejected && next.rejected.length > 0 ? { rejected: next.rejected } : {}),
  };
  const { suggestions: _old, ...rest } = record;
  return (Object.keys(clean).length > 0 ? { ...rest, suggestions: clean } : rest) as R;
}

/**
 * The record with `target` accepted: the reference added to its field (`aiRmfRefs`,
 * `iso42001Refs`, a risk's `genAiRisks` or `trustworthiness`) and listed as accepted, so its
 * source reads "suggested, accepted"; a rejection of it is withdrawn. A reference the record
 * already holds stays as it was (typed stays typed). Returns a message instead when the record
 * cannot hold the target.
 */
export function acceptSuggestion<C extends Decidable>(collection: C, record: SuggestableRecordMap[C], target: string, by?: string): SuggestableRecordMap[C] | string {
  const split = splitTarget(target);
  if (!split) return `"${target}" is not a suggestion target (AIRMF:…, ISO42001:…, GAI:… or TRUST:…)`;
  if (!KINDS_HELD[collection].includes(split.kind)) return `a record of ${collection} holds no ${split.kind} references`;
  if (heldTargets(collection, record).includes(target)) return record;
  let next = { ...record } as SuggestableRecordMap[C];
  switch (split.kind) {
    case "ai-rmf":
      next = { ...next, aiRmfRefs: addTo(record.aiRmfRefs, target) };
      break;
    case "iso42001":
      next = { ...next, iso42001Refs: addTo(record.iso42001Refs, target) };
      break;
    case "genai-risk": {
      if (!(GENAI_RISKS as readonly string[]).includes(split.ref)) return `"${split.ref}" is not an AI 600-1 risk`;
      next = { ...next, genAiRisks: addTo((record as Risk).genAiRisks, split.ref as GenAiRisk) };
      break;
    }
    case "trustworthiness": {
      if (!(TRUSTWORTHINESS_CHARACTERISTICS as readonly string[]).includes(split.ref)) return `"${split.ref}" is not a trustworthiness characteristic`;
      next = { ...next, trustworthiness: addTo((record as Risk).trustworthiness, split.ref as TrustworthinessCharacteristic) };
      break;
    }
  }
  const previous = record.suggestions ?? {};
  return withSuggestions(next, {
    ...previous,
    accepted: addTo(previous.accepted, target),
    ...(by !== undefined && by.trim() !== "" ? { acceptedBy: by.trim() } : {}),
    rejected: (previous.rejected ?? []).filter((t) => t !== target),
  });
}

/** The record with `target` remembered as rejected, so it is not offered again. */
export function rejectSuggestion<C extends Decidable>(collection: C, record: SuggestableRecordMap[C], target: string): SuggestableRecordMap[C] | string {
  if (!splitTarget(target)) return `"${target}" is not a suggestion target (AIRMF:…, ISO42001:…, GAI:… or TRUST:…)`;
  if (heldTargets(collection, record).includes(target)) return `${target} is a reference of this record; remove it from the record instead`;
  const previous = record.suggestions ?? {};
  return withSuggestions(record, { ...previous, rejected: addTo(previous.rejected, target) });
}

export interface DecisionsOutcome {
  readonly snapshot: WorkbookSnapshot;
  /** Decisions that changed a record. */
  readonly applied: number;
  readonly problems: readonly DecisionProblem[];
}

/** The records that can hold references, per collection (a snapshot's, or those read from sheets). */
export interface DecidableRecords {
  readonly risks: readonly Risk[];
  readonly aiSystems: readonly AiSystem[];
  readonly impactAssessments: readonly ImpactAssessment[];
}

export interface RecordsOutcome {
  /** New arrays (the input is left as it was); a snapshot takes them as they are. */
  readonly records: { readonly risks: Risk[]; readonly aiSystems: AiSystem[]; readonly impactAssessments: ImpactAssessment[] };
  /** Decisions that changed a record. */
  readonly applied: number;
  readonly problems: readonly DecisionProblem[];
}

/**
 * Records with the decisions applied, record by record, in order. A decision naming no record,
 * a record that cannot hold its target, or an SoA row is reported and changes nothing. A record
 * no decision changed is the same object as before, so callers can tell what to write.
 */
export function decideRecords(records: DecidableRecords, decisions: readonly SuggestionDecision[], options: { readonly by?: string | undefined } = {}): RecordsOutcome {
  const problems: DecisionProblem[] = [];
  let applied = 0;
  const collections: RecordsOutcome["records"] = {
    risks: [...records.risks],
    aiSystems: [...records.aiSystems],
    impactAssessments: [...records.impactAssessments],
  };
  for (const decision of decisions) {
    if (!canAccept(decision.collection)) {
      problems.push({ decision, message: "an SoA row holds no references; suggestions for it are for reading" });
      continue;
    }
    const collection = decision.collection as Decidable;
    const list = collections[collection] as DecidableRecord[];
    const at = list.findIndex((r) => recordId(collection, r) === decision.id);
    if (at < 0) {
      problems.push({ decision, message: `no ${collection} record with id ${decision.id}` });
      continue;
    }
    const before = list[at]!;
    const after =
      decision.verdict === "accept" ? acceptSuggestion(collection, before, decision.target, options.by) : rejectSuggestion(collection, before, decision.target);
    if (typeof after === "string") {
      problems.push({ decision, message: after });
      continue;
    }
    if (after !== before) applied += 1;
    list[at] = after;
  }
  return { records: collections, applied, problems };
}

/**
 * A snapshot with the decisions applied, record by record, in order (`decideRecords`).
 */
export function applyDecisions(snapshot: WorkbookSnapshot, decisions: readonly SuggestionDecision[], options: { readonly by?: string } = {}): DecisionsOutcome {
  const { records, applied, problems } = decideRecords(snapshot, decisions, options);
  return { snapshot: { ...snapshot, ...records }, applied, problems };
}

/**
 * Bulk acceptance: an "accept" decision for every suggestion scoring at least `minScore`, for
 * records that can hold references.
 */
export function acceptAtOrAbove(results: readonly RecordSuggestions[], minScore: number): SuggestionDecision[] {
  return results.flatMap((r) =>
    canAccept(r.collection) ? r.suggestions.filter((s) => s.score >= minScore).map((s) => ({ collection: r.collection, id: r.id, target: s.target, verdict: "accept" as const })) : [],
  );
}
