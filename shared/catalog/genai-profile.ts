import genai from "./data/genai-profile.json";

/** One of the 12 risks unique to or exacerbated by generative AI (NIST AI 600-1 §2). */
export interface GenAiRiskDetail {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  readonly description: string;
  readonly section: string;
  readonly characteristics: readonly string[];
}

/** A suggested action of NIST AI 600-1 §3, linked to its AI RMF subcategory (bare ref, `GOVERN 1.1`). */
export interface GenAiAction {
  readonly id: string;
  readonly subcategory: string;
  readonly text: string;
  readonly risks: readonly string[];
}

export const GENAI_RISK_DETAILS: readonly GenAiRiskDetail[] = genai.risks;
export const GENAI_ACTIONS: readonly GenAiAction[] = genai.actions;

export function genAiActionsFor(subcategoryRef: string): readonly GenAiAction[] {
  return GENAI_ACTIONS.filter((a) => a.subcategory === subcategoryRef);
}
