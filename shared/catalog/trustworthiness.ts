import aiRmfData from "./data/ai-rmf.json";

/** The seven characteristics of trustworthy AI (AI RMF 1.0 §3) with titles and sections; ids as in the model. */
export interface TrustworthinessDetail {
  readonly id: string;
  readonly title: string;
  readonly section: string;
}

export const TRUSTWORTHINESS_DETAILS: readonly TrustworthinessDetail[] = aiRmfData.characteristics;
