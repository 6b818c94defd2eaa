/**
 * Suggested framework references (issue 15): a pure, deterministic lexical engine and the
 * operations that accept and reject its suggestions. Loaded lazily by its callers (it brings the
 * Playbook and AI 600-1 texts along); nothing in the report or the API needs it.
 */
export { acceptAtOrAbove, acceptSuggestion, applyDecisions, type DecidableRecords, decideRecords, type DecisionProblem, type DecisionsOutcome, type RecordsOutcome, rejectSuggestion, type SuggestionDecision } from "./decide";
export { canAccept, heldTargets, KINDS_HELD, type RecordSuggestions, type RecordSuggestOptions, suggestForRecord, suggestForRecords, type SuggestableRecords } from "./record-suggestions";
export { recordText, SUGGESTABLE, type Suggestable } from "./record-text";
export { createSuggester, DEFAULT_MIN_SCORE, DEFAULT_TOP, type Suggester, type SuggestOptions, type Suggestion } from "./suggester";
export { splitTarget, TARGET_KINDS, TARGET_PREFIX, type TargetKind, targetId } from "./target";
export { type DecisionCell, decisionCells } from "./decision-cells";
