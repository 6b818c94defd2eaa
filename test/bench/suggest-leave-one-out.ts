import { GENAI_ACTIONS } from "../../shared/catalog/genai-profile";
import { aiRmfSubcategories } from "../../shared/catalog/catalogs";
import { playbookFor } from "../../shared/catalog/playbook";
import { genAiActionKey, playbookActionKey } from "../../shared/suggest/corpus";
import { createSuggester, type PreparedCorpus, type SuggesterOptions } from "../../shared/suggest/suggester";
import { targetId } from "../../shared/suggest/target";

/** One text whose subcategory the suggester must find with the text itself out of the index. */
export interface HeldOut {
  readonly key: string;
  readonly source: "playbook" | "genai";
  readonly text: string;
  readonly subcategory: string;
}

/** The 606 Playbook suggested actions and the 212 AI 600-1 actions, each with its subcategory. */
export function heldOutActions(): HeldOut[] {
  const out: HeldOut[] = [];
  for (const sub of aiRmfSubcategories()) {
    playbookFor(sub.ref)?.actions.forEach((text, i) => out.push({ key: playbookActionKey(sub.ref, i), source: "playbook", text, subcategory: sub.id }));
  }
  for (const action of GENAI_ACTIONS) {
    out.push({ key: genAiActionKey(action.id), source: "genai", text: action.text, subcategory: targetId("ai-rmf", action.subcategory) });
  }
  return out;
}

/** Jaccard similarity of two sets of stems. */
function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** Stem-set Jaccard at or above this counts as a near-duplicate text. */
export const NEAR_DUPLICATE = 0.8;

/**
 * Keys of the other passages whose text nearly repeats each held-out text (any target, any
 * kind). Left in, a near-duplicate under the right subcategory would leak the answer.
 */
export function nearDuplicates(prepared: PreparedCorpus, items: readonly HeldOut[]): Map<string, { key: string; target: string }[]> {
  const sets = prepared.stems.map((s) => new Set(s));
  const byKey = new Map<string, number>();
  prepared.corpus.passages.forEach((p, i) => byKey.has(p.key) || byKey.set(p.key, i));
  const out = new Map<string, { key: string; target: string }[]>();
  for (const item of items) {
    const own = sets[byKey.get(item.key)!]!;
    const found: { key: string; target: string }[] = [];
    prepared.corpus.passages.forEach((p, i) => {
      if (p.key === item.key || p.kind !== "ai-rmf") return;
      if (jaccard(own, sets[i]!) >= NEAR_DUPLICATE && !found.some((f) => f.key === p.key)) found.push({ key: p.key, target: p.target });
    });
    if (found.length > 0) out.set(item.key, found);
  }
  return out;
}

export interface LeaveOneOutResult {
  readonly items: number;
  readonly top1: number;
  readonly top3: number;
  readonly top5: number;
  /** Held-out texts with at least one near-duplicate elsewhere in the index. */
  readonly withNearDuplicates: number;
  /** …of which a near-duplicate sits under the held-out text's own subcategory. */
  readonly nearDuplicatesSameSubcategory: number;
}

/**
 * Leave-one-out accuracy: for each held-out action, an index built without that action's text
 * (under every target it describes) and, when `strict`, without its near-duplicates too; the
 * action's text is the query; a hit at rank k counts for top-k.
 */
export function leaveOneOut(prepared: PreparedCorpus, items: readonly HeldOut[], strict: boolean, tuning: SuggesterOptions = {}): LeaveOneOutResult {
  const dups = nearDuplicates(prepared, items);
  let top1 = 0;
  let top3 = 0;
  let top5 = 0;
  let same = 0;
  for (const item of items) {
    const near = dups.get(item.key) ?? [];
    if (near.some((d) => d.target === item.subcategory)) same += 1;
    const exclude = new Set([item.key, ...(strict ? near.map((d) => d.key) : [])]);
    const suggester = createSuggester(prepared, { ...tuning, excludeKeys: exclude, kinds: ["ai-rmf"] });
    const ranked = suggester.suggest(item.text, { kinds: ["ai-rmf"], top: 5, minScore: 0 }).map((s) => s.target);
    const rank = ranked.indexOf(item.subcategory);
    if (rank === 0) top1 += 1;
    if (rank >= 0 && rank < 3) top3 += 1;
    if (rank >= 0 && rank < 5) top5 += 1;
  }
  const n = items.length;
  return { items: n, top1: top1 / n, top3: top3 / n, top5: top5 / n, withNearDuplicates: dups.size, nearDuplicatesSameSubcategory: same };
}
