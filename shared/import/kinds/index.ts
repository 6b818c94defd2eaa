import type { KindSpec } from "../field-spec";
import { AI_INVENTORY } from "./ai-inventory";
import { AI_RMF_PROFILE } from "./ai-rmf-profile";
import { CONTROL_MAPPING } from "./control-mapping";
import { IMPACT_ASSESSMENT } from "./impact-assessment";
import { RISK_REGISTER } from "./risk-register";
import { SOA } from "./soa";

/** What a sheet can hold, as far as the importer is concerned. */
export const SHEET_KINDS = [
  "risk-register",
  "soa",
  "ai-inventory",
  "impact-assessment",
  "ai-rmf-profile",
  "control-mapping",
] as const;
export type SheetKind = (typeof SHEET_KINDS)[number];
export type DetectedKind = SheetKind | "unknown";

export const KIND_SPECS: Readonly<Record<SheetKind, KindSpec>> = {
  "risk-register": RISK_REGISTER,
  soa: SOA,
  "ai-inventory": AI_INVENTORY,
  "impact-assessment": IMPACT_ASSESSMENT,
  "ai-rmf-profile": AI_RMF_PROFILE,
  "control-mapping": CONTROL_MAPPING,
};

export function isSheetKind(value: string): value is SheetKind {
  return (SHEET_KINDS as readonly string[]).includes(value);
}

/** Accepts the kind names and a few everyday aliases (`risks`, `register`, `inventory` …). */
export function parseSheetKind(value: string): SheetKind | undefined {
  const key = value.trim().toLowerCase().replace(/[\s_]+/g, "-");
  if (isSheetKind(key)) return key;
  const aliases: Readonly<Record<string, SheetKind>> = {
    risk: "risk-register", risks: "risk-register", register: "risk-register", "risk-register": "risk-register",
    "statement-of-applicability": "soa", applicability: "soa",
    inventory: "ai-inventory", systems: "ai-inventory", "ai-systems": "ai-inventory", "ai-system-inventory": "ai-inventory",
    "impact-assessments": "impact-assessment", aia: "impact-assessment", assessment: "impact-assessment",
    profile: "ai-rmf-profile", "rmf-profile": "ai-rmf-profile",
    controls: "control-mapping", mapping: "control-mapping", "control-library": "control-mapping",
  };
  return aliases[key];
}
