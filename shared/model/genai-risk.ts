import * as z from "zod";

/** The twelve risks unique to or exacerbated by generative AI (NIST AI 600-1, section 2). */
export const GENAI_RISKS = [
  "cbrn",
  "confabulation",
  "dangerous-violent-hateful-content",
  "data-privacy",
  "environmental-impacts",
  "harmful-bias-homogenization",
  "human-ai-configuration",
  "information-integrity",
  "information-security",
  "intellectual-property",
  "obscene-degrading-abusive-content",
  "value-chain-component-integration",
] as const;

export const GenAiRisk = z.enum(GENAI_RISKS);
export type GenAiRisk = z.infer<typeof GenAiRisk>;

export const GENAI_RISK_LABEL: Readonly<Record<GenAiRisk, string>> = {
  cbrn: "CBRN Information or Capabilities",
  confabulation: "Confabulation",
  "dangerous-violent-hateful-content": "Dangerous, Violent, or Hateful Content",
  "data-privacy": "Data Privacy",
  "environmental-impacts": "Environmental Impacts",
  "harmful-bias-homogenization": "Harmful Bias or Homogenization",
  "human-ai-configuration": "Human-AI Configuration",
  "information-integrity": "Information Integrity",
  "information-security": "Information Security",
  "intellectual-property": "Intellectual Property",
  "obscene-degrading-abusive-content": "Obscene, Degrading, and/or Abusive Content",
  "value-chain-component-integration": "Value Chain and Component Integration",
};
