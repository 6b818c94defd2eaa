import { ARCHER_RISK_REGISTER } from "./archer";
import { CISO_ASSISTANT_RISK_ASSESSMENT } from "./ciso-assistant";
import { DRATA_RISK_REGISTER } from "./drata";
import { ERAMBA_RISKS } from "./eramba";
import { ONETRUST_RISKS } from "./onetrust";
import { SERVICENOW_IRM_RISKS } from "./servicenow";
import type { ToolTemplate } from "./tool-template";
import { VANTA_RISK_SCENARIOS } from "./vanta";

/** The GRC tools whose export formats the importer knows, tried in this order. */
export const TOOL_TEMPLATES: readonly ToolTemplate[] = [
  CISO_ASSISTANT_RISK_ASSESSMENT,
  ERAMBA_RISKS,
  VANTA_RISK_SCENARIOS,
  DRATA_RISK_REGISTER,
  ONETRUST_RISKS,
  SERVICENOW_IRM_RISKS,
  ARCHER_RISK_REGISTER,
];

export { detectToolTemplate, type ToolTemplate } from "./tool-template";
