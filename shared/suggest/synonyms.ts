import { type Token, tokens } from "./text";

/**
 * Words risk registers use that the NIST texts say differently. Each entry: the register's word
 * or phrase (space-separated words, matched on their stems) → the framework's words. Written for
 * Crosswalk; it holds no standard's text. Add a line when a benchmark or a user shows a miss.
 */
const SYNONYMS: readonly (readonly [string, string])[] = [
  ["hallucination", "confabulation false content"],
  ["hallucinate", "confabulation false content"],
  ["fabrication", "confabulation"],
  ["bias", "fairness harmful bias discrimination"],
  ["biased", "fairness harmful bias discrimination"],
  ["discrimination", "bias fairness"],
  ["discriminatory", "bias fairness"],
  ["unfair", "fairness bias"],
  ["fairness", "bias"],
  ["disparate", "bias demographic"],
  ["protected characteristic", "demographic bias"],
  ["pii", "privacy personal data"],
  ["personal data", "privacy"],
  ["gdpr", "privacy personal data legal"],
  ["ccpa", "privacy legal"],
  ["data protection", "privacy"],
  ["confidential", "privacy security"],
  ["leak", "privacy security disclosure"],
  ["leakage", "privacy security disclosure"],
  ["drift", "monitoring performance deployment change"],
  ["degradation", "performance monitoring"],
  ["accuracy", "valid reliable performance"],
  ["robustness", "reliable resilient"],
  ["vendor", "third party supplier"],
  ["supplier", "third party"],
  ["outsourced", "third party"],
  ["procured", "third party"],
  ["open source", "third party software"],
  ["foundation model", "third party generative pre-trained"],
  ["llm", "generative large language model"],
  ["chatbot", "generative"],
  ["genai", "generative"],
  ["gen ai", "generative"],
  ["human oversight", "human ai configuration oversight"],
  ["human in the loop", "human oversight"],
  ["override", "human oversight"],
  ["automation bias", "human ai configuration"],
  ["overreliance", "human ai configuration"],
  ["explainability", "explainable interpretable"],
  ["explain", "explainable interpretable"],
  ["black box", "explainable interpretable transparency"],
  ["transparency", "transparent accountable"],
  ["jailbreak", "security attack prompt injection"],
  ["prompt injection", "security attack"],
  ["adversarial", "security attack resilient"],
  ["poisoning", "security attack data integrity"],
  ["cyber", "security"],
  ["breach", "security incident"],
  ["copyright", "intellectual property"],
  ["ip", "intellectual property"],
  ["plagiarism", "intellectual property"],
  ["deepfake", "information integrity synthetic content"],
  ["misinformation", "information integrity"],
  ["disinformation", "information integrity"],
  ["toxic", "harmful content"],
  ["hate speech", "hateful content"],
  ["csam", "abusive content"],
  ["energy", "environmental"],
  ["carbon", "environmental"],
  ["regulation", "legal regulatory"],
  ["regulator", "legal regulatory"],
  ["compliance", "legal regulatory"],
  ["lawsuit", "legal"],
  ["kpi", "metrics"],
  ["incident", "incident response"],
  ["outage", "incident failure"],
  ["decommission", "decommissioning retire"],
  ["retire", "decommissioning"],
  ["training data", "data provenance quality"],
  ["data quality", "data provenance"],
  ["lineage", "provenance"],
  ["audit", "accountability review"],
  ["accountable", "accountability roles responsibilities"],
  ["owner", "roles responsibilities"],
  ["complaint", "feedback"],
  ["appeal", "recourse feedback"],
  ["impact assessment", "impacts"],
  ["red team", "adversarial testing"],
  ["pen test", "security testing"],
  ["weapon", "cbrn"],
  ["chemical", "cbrn"],
  ["biological", "cbrn"],
];

interface Entry {
  readonly phrase: readonly string[];
  readonly stems: readonly string[];
}

// The same tokenizer as the texts, so stopwords inside a phrase ("human in the loop") drop alike.
const stemWords = (text: string) => tokens(text).map((t) => t.stem);

let byFirstStem: ReadonlyMap<string, readonly Entry[]> | undefined;
/** Entries grouped by the stem their phrase starts with, in table order. */
function table(): ReadonlyMap<string, readonly Entry[]> {
  if (!byFirstStem) {
    const map = new Map<string, Entry[]>();
    for (const [phrase, expansion] of SYNONYMS) {
      const entry = { phrase: stemWords(phrase), stems: stemWords(expansion) };
      const first = entry.phrase[0];
      if (first === undefined) continue;
      const list = map.get(first);
      if (list) list.push(entry);
      else map.set(first, [entry]);
    }
    byFirstStem = map;
  }
  return byFirstStem;
}

/**
 * The synonym expansions a text's tokens call for, each with the (first) word that triggered it.
 * Phrases match consecutive tokens.
 */
export function expansionsOf(found: readonly Token[]): { readonly stems: readonly string[]; readonly word: string }[] {
  const out: { stems: readonly string[]; word: string }[] = [];
  const used = new Set<Entry>();
  const entries = table();
  for (let i = 0; i < found.length; i += 1) {
    for (const entry of entries.get(found[i]!.stem) ?? []) {
      if (used.has(entry) || !entry.phrase.every((stem, k) => found[i + k]?.stem === stem)) continue;
      used.add(entry);
      const n = entry.phrase.length;
      out.push({ stems: entry.stems, word: n > 1 ? found.slice(i, i + n).map((t) => t.word).join(" ") : found[i]!.word });
    }
  }
  return out;
}
