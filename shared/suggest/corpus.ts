import { aiRmfSubcategories, catalogItem, iso42001AnnexAControls } from "../catalog/catalogs";
import { GENAI_ACTIONS, GENAI_RISK_DETAILS } from "../catalog/genai-profile";
import { playbookFor } from "../catalog/playbook";
import { TRUSTWORTHINESS_DETAILS } from "../catalog/trustworthiness";
import { defaultCrosswalk } from "../crosswalk/default-graph";
import { type TargetKind, targetId } from "./target";

/** Where a passage's text comes from (all NIST texts are public domain; ISO only by short title). */
export type PassageOrigin =
  | "statement"
  | "category"
  | "playbook-action"
  | "playbook-documentation"
  | "playbook-about"
  | "genai-action"
  | "genai-risk"
  | "short-title"
  | "objective-title"
  | "keywords";

/** One piece of text that describes one target. */
export interface Passage {
  readonly target: string;
  readonly kind: TargetKind;
  readonly origin: PassageOrigin;
  /**
   * Names the text itself: one AI 600-1 action feeds both its subcategory and its risks under one
   * key, so leaving the key out removes the text everywhere.
   */
  readonly key: string;
  readonly text: string;
  /** How much the passage counts against other passages of its target. */
  readonly weight: number;
}

export interface Target {
  readonly id: string;
  readonly kind: TargetKind;
  readonly title: string;
}

export interface Corpus {
  readonly targets: readonly Target[];
  readonly passages: readonly Passage[];
  /** ISO/IEC 42001 Annex A control → the AI RMF subcategories the crosswalk links it to. */
  readonly crosswalk: ReadonlyMap<string, readonly string[]>;
}

/**
 * An AI 600-1 action names several risks and speaks of all of them; it describes each only
 * lightly, or the risks' own definitions drown in shared action vocabulary.
 */
const GENAI_ACTION_WEIGHT_FOR_RISK = 0.15;

/** A statement weighs as much as three Playbook actions: it is what the subcategory asks. */
const STATEMENT_WEIGHT = 3;

/**
 * The Playbook's documentation prompts ("Does the organisation document …?") share one question
 * vocabulary across subcategories, so in a subcategory's document they weigh under a third of
 * an action. Leaving them out costs accuracy; at 0.3 top-3 on the leave-one-out benchmark gains
 * about a point over 1 (with three nearest passages).
 */
const DOCUMENTATION_WEIGHT = 0.3;

/**
 * Crosswalk's own words for each trustworthiness characteristic (the AI RMF gives each a section
 * of prose; these are the words a register uses for them).
 */
const CHARACTERISTIC_KEYWORDS: Readonly<Record<string, string>> = {
  "valid-and-reliable": "accuracy accurate error errors performance drift degradation robustness reliability validation wrong output false",
  safe: "safety harm injury physical danger dangerous hazard life health failure fail-safe shutdown",
  "secure-and-resilient": "security cyber attack adversarial breach poisoning prompt injection jailbreak resilience availability outage unauthorized access",
  "accountable-and-transparent": "accountability transparency disclosure documentation ownership responsibility audit trail governance",
  "explainable-and-interpretable": "explainability explanation interpretability black box reasons understand decision rationale",
  "privacy-enhanced": "privacy personal data pii consent anonymization de-identification confidentiality data protection leakage",
  "fair-with-harmful-bias-managed": "fairness bias discrimination demographic disparity equity protected groups unfair outcomes",
};

/**
 * The texts suggestions are made from: AI RMF subcategory statements (and their category's),
 * the Playbook's suggested actions and documentation prompts, the AI 600-1 actions and risk
 * definitions, ISO/IEC 42001 Annex A controls by Crosswalk's short titles only, and the
 * crosswalk from AI RMF subcategories to those controls. Deterministic: catalog order throughout.
 */
export function buildCorpus(): Corpus {
  const targets: Target[] = [];
  const passages: Passage[] = [];

  for (const sub of aiRmfSubcategories()) {
    const target = sub.id;
    targets.push({ id: target, kind: "ai-rmf", title: sub.title });
    passages.push({ target, kind: "ai-rmf", origin: "statement", key: `statement:${sub.ref}`, text: sub.title, weight: STATEMENT_WEIGHT });
    const category = sub.parent ? catalogItem(sub.parent) : undefined;
    if (category) passages.push({ target, kind: "ai-rmf", origin: "category", key: `category:${sub.ref}`, text: category.title, weight: 1 });
    const playbook = playbookFor(sub.ref);
    playbook?.actions.forEach((text, i) => passages.push({ target, kind: "ai-rmf", origin: "playbook-action", key: playbookActionKey(sub.ref, i), text, weight: 1 }));
    aboutSentences(playbook?.about ?? []).forEach((text, i) =>
      passages.push({ target, kind: "ai-rmf", origin: "playbook-about", key: `playbook-about:${sub.ref}:${i}`, text, weight: 1 }),
    );
    playbook?.documentation.forEach((text, i) =>
      passages.push({ target, kind: "ai-rmf", origin: "playbook-documentation", key: `playbook-doc:${sub.ref}:${i}`, text, weight: DOCUMENTATION_WEIGHT }),
    );
  }
  for (const action of GENAI_ACTIONS) {
    passages.push({ target: targetId("ai-rmf", action.subcategory), kind: "ai-rmf", origin: "genai-action", key: genAiActionKey(action.id), text: action.text, weight: 1 });
  }

  const crosswalk = new Map<string, string[]>();
  const graph = defaultCrosswalk();
  for (const control of iso42001AnnexAControls()) {
    targets.push({ id: control.id, kind: "iso42001", title: control.title });
    passages.push({ target: control.id, kind: "iso42001", origin: "short-title", key: `title:${control.ref}`, text: control.title, weight: STATEMENT_WEIGHT });
    const objective = control.parent ? catalogItem(control.parent) : undefined;
    if (objective) passages.push({ target: control.id, kind: "iso42001", origin: "objective-title", key: `objective:${control.ref}`, text: objective.title, weight: 1 });
    const linked = graph
      .lookup(control.id, { to: "ai-rmf" })
      .map((t) => t.id)
      .filter((id) => catalogItem(id)?.kind === "subcategory");
    if (linked.length > 0) crosswalk.set(control.id, [...new Set(linked)].sort());
  }

  for (const risk of GENAI_RISK_DETAILS) {
    const target = targetId("genai-risk", risk.id);
    targets.push({ id: target, kind: "genai-risk", title: risk.title });
    passages.push({ target, kind: "genai-risk", origin: "statement", key: `genai-title:${risk.id}`, text: risk.title, weight: STATEMENT_WEIGHT });
    passages.push({ target, kind: "genai-risk", origin: "genai-risk", key: `genai-risk:${risk.id}`, text: risk.description, weight: 2 });
  }
  for (const action of GENAI_ACTIONS) {
    for (const risk of action.risks) {
      passages.push({ target: targetId("genai-risk", risk), kind: "genai-risk", origin: "genai-action", key: genAiActionKey(action.id), text: action.text, weight: GENAI_ACTION_WEIGHT_FOR_RISK });
    }
  }

  for (const characteristic of TRUSTWORTHINESS_DETAILS) {
    const target = targetId("trustworthiness", characteristic.id);
    targets.push({ id: target, kind: "trustworthiness", title: characteristic.title });
    passages.push({ target, kind: "trustworthiness", origin: "statement", key: `trust-title:${characteristic.id}`, text: characteristic.title, weight: STATEMENT_WEIGHT });
    const keywords = CHARACTERISTIC_KEYWORDS[characteristic.id];
    if (keywords) passages.push({ target, kind: "trustworthiness", origin: "keywords", key: `trust-keywords:${characteristic.id}`, text: keywords, weight: 2 });
    const fold = (s: string) => s.toLowerCase().replace(/[^a-z]+/g, " ").trim();
    for (const risk of GENAI_RISK_DETAILS) {
      if (!risk.characteristics.some((c) => fold(c) === fold(characteristic.title))) continue;
      passages.push({ target, kind: "trustworthiness", origin: "genai-risk", key: `genai-risk:${risk.id}`, text: `${risk.title}. ${risk.description}`, weight: 0.3 });
    }
  }
  return { targets, passages, crosswalk };
}

/**
 * The Playbook's About text, one passage per sentence: a sentence is about as long as a
 * suggested action, so it competes fairly in the nearest-passage term (whole paragraphs would
 * win it on length alone). The About text explains what sets a subcategory apart from its
 * siblings; adding it lifted top-3 on the leave-one-out benchmark by about two points.
 */
function aboutSentences(paragraphs: readonly string[]): string[] {
  // A sentence ends at . ? or ! followed by a space and a capital letter or an opening quote ("e.g. the" does not end one).
  return paragraphs.flatMap((p) => p.split(/(?<=[.?!])\s+(?=[A-Z“"(])/)).map((s) => s.trim()).filter((s) => s.length > 0);
}

/** The key of the Playbook's `i`-th suggested action for a subcategory (bare ref). */
export function playbookActionKey(subcategoryRef: string, i: number): string {
  return `playbook:${subcategoryRef}:${i}`;
}

export function genAiActionKey(actionId: string): string {
  return `genai-action:${actionId}`;
}
