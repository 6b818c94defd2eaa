import * as z from "zod";

/** The seven characteristics of trustworthy AI (NIST AI RMF 1.0, section 3). */
export const TRUSTWORTHINESS_CHARACTERISTICS = [
  "valid-and-reliable",
  "safe",
  "secure-and-resilient",
  "accountable-and-transparent",
  "explainable-and-interpretable",
  "privacy-enhanced",
  "fair-with-harmful-bias-managed",
] as const;

export const TrustworthinessCharacteristic = z.enum(TRUSTWORTHINESS_CHARACTERISTICS);
export type TrustworthinessCharacteristic = z.infer<typeof TrustworthinessCharacteristic>;

export const TRUSTWORTHINESS_LABEL: Readonly<Record<TrustworthinessCharacteristic, string>> = {
  "valid-and-reliable": "Valid and Reliable",
  safe: "Safe",
  "secure-and-resilient": "Secure and Resilient",
  "accountable-and-transparent": "Accountable and Transparent",
  "explainable-and-interpretable": "Explainable and Interpretable",
  "privacy-enhanced": "Privacy-Enhanced",
  "fair-with-harmful-bias-managed": "Fair – with Harmful Bias Managed",
};
