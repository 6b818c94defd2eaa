import aiRmfData from "./data/ai-rmf.json";

/** The seven characteristics of trustworthy AI (AI RMF 1.0 §3): a risk's category in the register. */
export interface TrustworthinessCharacteristic {
  readonly id: string;
  readonly title: string;
  readonly section: string;
}

export const TRUSTWORTHINESS_CHARACTERISTICS: readonly TrustworthinessCharacteristic[] = aiRmfData.characteristics;
