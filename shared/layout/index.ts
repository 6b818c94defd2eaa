import { AI_RMF_PROFILE_LAYOUT } from "./ai-rmf-profile";
import { AI_SYSTEMS_LAYOUT } from "./ai-systems";
import { IMPACT_ASSESSMENTS_LAYOUT } from "./impact-assessments";
import { MANAGEMENT_SYSTEM_LAYOUTS } from "./management-system";
import { RISK_REGISTER_LAYOUT } from "./risk-register";
import type { SheetLayout } from "./sheet-layout";
import { SOA_LAYOUT } from "./soa";

export * from "./sheet-layout";
export { AI_RMF_PROFILE_LAYOUT, AI_SYSTEMS_LAYOUT, IMPACT_ASSESSMENTS_LAYOUT, MANAGEMENT_SYSTEM_LAYOUTS, RISK_REGISTER_LAYOUT, SOA_LAYOUT };

/** Every sheet of a Crosswalk workbook, in tab order. */
export const SHEET_LAYOUTS: readonly SheetLayout[] = [
  AI_SYSTEMS_LAYOUT,
  RISK_REGISTER_LAYOUT,
  SOA_LAYOUT,
  IMPACT_ASSESSMENTS_LAYOUT,
  AI_RMF_PROFILE_LAYOUT,
  ...MANAGEMENT_SYSTEM_LAYOUTS,
];

/** The layout of the sheet an importer kind lands on. */
export function layoutForKind(kind: string): SheetLayout | undefined {
  return SHEET_LAYOUTS.find((l) => l.kind === kind);
}
