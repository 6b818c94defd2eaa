import type { KindSpec } from "../field-spec";
import {
  AI_RMF, AI_RMF_WEAK, CONTROL_ID, CONTROL_TITLE, DESCRIPTION, ID, ISO27001, ISO27002, ISO42001, NOTES, OWNER, SP80053, TITLE,
} from "./common-synonyms";

/**
 * An organisation's control library mapped to framework requirements (one row per control,
 * one column per framework). Not one of the workbook's sheets, but what GRC tools export and
 * what a team brings to show "this control covers these requirements".
 */
export const CONTROL_MAPPING: KindSpec = {
  kind: "control-mapping",
  label: "control mapping (controls → framework requirements)",
  needs: "a control mapping needs a control column and at least one column of framework references (ISO/IEC 42001, ISO/IEC 27001, NIST AI RMF, SP 800-53)",
  signatures: [
    ["title", "iso42001Refs"],
    ["title", "iso27001Refs"],
    ["title", "aiRmfRefs"],
    ["title", "sp80053Refs"],
    ["id", "iso42001Refs"],
    ["id", "iso27001Refs"],
  ],
  fields: [
    { name: "id", label: "control id", type: "id", weight: 0.5, synonyms: [...ID, ...CONTROL_ID] },
    {
      name: "title", label: "control", type: "text", weight: 1,
      synonyms: [...TITLE, ...CONTROL_TITLE, "=control"],
    },
    { name: "description", label: "description", type: "text", weight: 0.3, synonyms: [...DESCRIPTION, "control description"] },
    { name: "owner", label: "owner", type: "text", weight: 0.2, synonyms: OWNER },
    { name: "iso42001Refs", label: "ISO/IEC 42001 references", type: "refs", framework: "iso42001", weight: 2, multi: true, synonyms: ISO42001 },
    { name: "iso27001Refs", label: "ISO/IEC 27001 references", type: "refs", framework: "iso27001", weight: 2, multi: true, synonyms: [...ISO27001, ...ISO27002] },
    { name: "aiRmfRefs", label: "AI RMF references", type: "refs", framework: "ai-rmf", weight: 2, multi: true, synonyms: AI_RMF, weak: AI_RMF_WEAK },
    { name: "sp80053Refs", label: "SP 800-53 references", type: "refs", framework: "sp800-53", weight: 2, multi: true, synonyms: SP80053 },
    { name: "notes", label: "notes", type: "text", weight: 0, multi: true, synonyms: NOTES },
  ],
};
