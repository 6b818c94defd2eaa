import { AI_SYSTEM_ROLES, AI_SYSTEM_STAGES } from "../model/ai-system";
import type { SheetLayout } from "./sheet-layout";
import { SUGGESTION_COLUMNS } from "./suggestion-columns";

export const AI_SYSTEMS_LAYOUT: SheetLayout = {
  id: "aiSystems",
  sheetName: "AI Systems",
  kind: "ai-inventory",
  group: "core",
  columns: [
    { key: "id", header: "System ID", type: "id", width: 12, required: true },
    { key: "name", header: "Name", type: "text", width: 28 },
    { key: "purpose", header: "Purpose", type: "text", width: 40 },
    { key: "owner", header: "Owner", type: "text", width: 18 },
    {
      key: "stage",
      header: "Lifecycle Stage",
      type: "enum",
      width: 14,
      values: AI_SYSTEM_STAGES,
    },
    { key: "role", header: "Role", type: "enum-list", width: 16, values: AI_SYSTEM_ROLES, note: "provider, developer, deployer, user (one per line)" },
    { key: "technology", header: "Technology", type: "text", width: 20 },
    { key: "data", header: "Data", type: "text", width: 28 },
    { key: "personalData", header: "Personal Data", type: "bool", width: 10 },
    { key: "thirdParties", header: "Third Parties", type: "list", width: 20 },
    { key: "riskTier", header: "Risk Tier", type: "text", width: 14 },
    { key: "users", header: "Intended Users", type: "text", width: 24, snapshotOnly: true },
    { key: "humanOversight", header: "Human Oversight", type: "text", width: 28, snapshotOnly: true },
    { key: "businessUnit", header: "Business Unit", type: "text", width: 18 },
    { key: "deployedDate", header: "Deployed", type: "date", width: 12 },
    { key: "reviewDate", header: "Next Review", type: "date", width: 12 },
    { key: "lastReview", header: "Last Review", type: "date", width: 12 },
    { key: "aiRmfRefs", header: "AI RMF", type: "refs", framework: "ai-rmf", width: 18 },
    { key: "iso42001Refs", header: "ISO 42001", type: "refs", framework: "iso42001", width: 18 },
    { key: "notes", header: "Notes", type: "text", width: 30 },
    ...SUGGESTION_COLUMNS,
  ],
};
