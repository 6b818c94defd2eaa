import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { WorkbookGrids } from "../../../shared/file-reader/grid";
import { readWorkbook } from "../../../shared/file-reader/read-workbook";
import type { WorkbookImportOptions } from "../../../shared/import/import-workbook";
import {
  AI_RMF_CATALOGUE, AI_RMF_CATALOGUE_ASSESSED, AI_RMF_PROFILE_TRANSPOSED, AI_RMF_PROFILE_TRANSPOSED_TITLED, ASSETS_BEFORE_RISKS,
  INCIDENT_DATABASE, INCIDENT_LIST_ALLEGED, SELF_ASSESSMENT,
} from "../../fixtures/import/workbooks";
import { FORMULA_ROWS, GROUPED_SUBHEADERS, INVENTORY_WITH_LEGEND } from "../../fixtures/import/layouts";
import { SOA_27001_2013_HIERARCHICAL, SOA_27001_2022_THEMES, SOA_42001_SECTIONS } from "../../fixtures/import/soas";
import {
  ARCHER_RISK_EXPORT, CISO_ASSISTANT_INHERENT, DRATA_RISK_EXPORT, ERAMBA_RISK_EXPORT, ONETRUST_RISK_EXPORT,
  SERVICENOW_RISK_EXPORT, VANTA_RISK_EXPORT,
} from "../../fixtures/import/tool-exports";
import { soa2013WithDateIds } from "../../fixtures/import/write-xlsx";

/**
 * The importer's corpus: every sample file and every hand-made fixture, with what a risk manager
 * should get from it — kind, sheet, header row, record count and the fields its columns map to.
 * One row per case; to add a fixture (a language, a qualitative register …), add a row.
 */

export const FIXTURES = join(import.meta.dirname, "../../fixtures");
export const SAMPLES = join(FIXTURES, "samples");
export const IMPORT_FILES = join(FIXTURES, "import");

export interface Expected {
  readonly kind: string;
  readonly sheet: string;
  readonly headerRow: number | null;
  readonly records: number;
  /** Fields the sheet's columns map to, in any order (each once). */
  readonly fields: readonly string[];
  /** The GRC tool template the sheet was read with. */
  readonly template?: string;
  /** What a declined sheet is. */
  readonly declined?: string;
}

export interface CorpusCase {
  readonly name: string;
  /** A file under test/fixtures (its name), or a workbook of grids. */
  readonly file?: string;
  readonly grids?: () => WorkbookGrids;
  readonly bytes?: () => Uint8Array;
  readonly options?: WorkbookImportOptions;
  readonly expected: Expected;
}

const RISK_FIELDS_CISO = ["id", "title", "description", "cause", "controls", "actions", "inherentLikelihood", "inherentImpact", "residualLikelihood", "residualImpact", "treatment"];

export const CORPUS: readonly CorpusCase[] = [
  // The public samples (test/fixtures/samples/SOURCES.md).
  {
    name: "Urielle ISO 42001 toolkit risk register",
    file: "samples/ai-risk-register_urielle-iso42001-toolkit.xlsx",
    expected: {
      kind: "risk-register", sheet: "Risk Register", headerRow: 5, records: 17,
      fields: ["id", "category", "description", "inherentLikelihood", "inherentImpact", "inherentRating", "controls", "residualLikelihood", "residualImpact", "residualRating", "owner", "reviewDate", "status"],
    },
  },
  {
    name: "eramba control framework mapping",
    file: "samples/control-framework-mapping_eramba.csv",
    expected: { kind: "control-mapping", sheet: "Sheet1", headerRow: 1, records: 143, fields: ["title", "iso27001Refs", "sp80053Refs", "iso42001Refs", "aiRmfRefs"] },
  },
  {
    name: "US federal AI use-case inventory 2024 (.xls)",
    file: "samples/us-federal-ai-use-case-inventory-2024_omb.xls",
    expected: {
      kind: "ai-inventory", sheet: "2024_consolidated_ai_inventory_", headerRow: 1, records: 2133,
      fields: ["name", "businessUnit", "purpose", "stage", "riskTier", "deployedDate", "data"],
    },
  },
  // Sheet choice (issue 11, item 1).
  {
    name: "instructions, an asset register, the risks, a legend and hidden lists",
    grids: () => ASSETS_BEFORE_RISKS,
    expected: { kind: "risk-register", sheet: "Risks", headerRow: 2, records: 4, fields: ["id", "title", "aiSystem", "inherentLikelihood", "inherentImpact", "treatment", "owner"] },
  },
  {
    name: "--sheet wins over the best match",
    grids: () => ASSETS_BEFORE_RISKS,
    options: { sheet: "assets" },
    expected: { kind: "unknown", sheet: "Assets", headerRow: 1, records: 0, fields: [] },
  },
  // Not a register (item 4).
  { name: "control self-assessment", grids: () => SELF_ASSESSMENT, expected: { kind: "unknown", sheet: "Self-assessment", headerRow: 2, records: 0, fields: [], declined: "control-self-assessment" } },
  { name: "AI incident database", grids: () => INCIDENT_DATABASE, expected: { kind: "unknown", sheet: "Incidents", headerRow: 1, records: 0, fields: [], declined: "incident-database" } },
  {
    name: "AI incident list with alleged deployers and harmed parties",
    grids: () => INCIDENT_LIST_ALLEGED,
    expected: { kind: "unknown", sheet: "incidents", headerRow: 1, records: 0, fields: [], declined: "incident-database" },
  },
  { name: "AI RMF catalogue, nothing assessed", grids: () => AI_RMF_CATALOGUE, expected: { kind: "unknown", sheet: "AI RMF", headerRow: 1, records: 0, fields: [], declined: "framework-catalogue" } },
  {
    name: "AI RMF catalogue with a maturity per subcategory",
    grids: () => AI_RMF_CATALOGUE_ASSESSED,
    expected: { kind: "ai-rmf-profile", sheet: "AI RMF assessment", headerRow: 1, records: 7, fields: ["subcategory", "current", "evidence", "owner"] },
  },
  {
    name: "AI RMF profile with the subcategories across the first row",
    grids: () => AI_RMF_PROFILE_TRANSPOSED,
    expected: { kind: "ai-rmf-profile", sheet: "Profile", headerRow: 1, records: 7, fields: ["subcategory", "current", "target", "owner"] },
  },
  {
    name: "AI RMF profile across row 2 under a title, levels as words",
    grids: () => AI_RMF_PROFILE_TRANSPOSED_TITLED,
    expected: { kind: "ai-rmf-profile", sheet: "Target profile", headerRow: 2, records: 5, fields: ["subcategory", "current", "target"] },
  },
  // GRC tool exports (item 3).
  {
    name: "CISO Assistant risk assessment CSV (semicolons, BOM, -- as null, comma lists)",
    file: "import/ciso-assistant-risk-assessment.csv",
    expected: { kind: "risk-register", sheet: "Sheet1", headerRow: 1, records: 3, fields: RISK_FIELDS_CISO, template: "ciso-assistant-risk-assessment" },
  },
  {
    name: "CISO Assistant XLSX export with inherent risk",
    grids: () => CISO_ASSISTANT_INHERENT,
    expected: { kind: "risk-register", sheet: "Risk assessment", headerRow: 1, records: 2, fields: RISK_FIELDS_CISO, template: "ciso-assistant-risk-assessment" },
  },
  {
    name: "eramba risk export",
    grids: () => ERAMBA_RISK_EXPORT,
    expected: { kind: "risk-register", sheet: "Asset Risks", headerRow: 1, records: 2, fields: ["title", "description", "owner", "cause", "treatment", "reviewDate"], template: "eramba-risks" },
  },
  {
    name: "Vanta risk register export",
    grids: () => VANTA_RISK_EXPORT,
    expected: {
      kind: "risk-register", sheet: "Risks", headerRow: 1, records: 2, template: "vanta-risk-scenarios",
      fields: ["id", "description", "category", "inherentLikelihood", "inherentImpact", "residualLikelihood", "residualImpact", "treatment", "owner"],
    },
  },
  {
    name: "Drata risk register export",
    grids: () => DRATA_RISK_EXPORT,
    expected: {
      kind: "risk-register", sheet: "Risk Register", headerRow: 1, records: 2, template: "drata-risk-register",
      fields: ["id", "title", "description", "category", "controls", "owner", "treatment", "inherentImpact", "inherentLikelihood", "residualImpact", "residualLikelihood"],
    },
  },
  {
    name: "OneTrust risk export",
    grids: () => ONETRUST_RISK_EXPORT,
    expected: {
      kind: "risk-register", sheet: "Risks", headerRow: 1, records: 2, template: "onetrust-risks",
      fields: ["id", "title", "description", "inherentImpact", "inherentLikelihood", "residualImpact", "residualLikelihood", "owner", "actions", "dueDate"],
    },
  },
  {
    name: "ServiceNow IRM risk export",
    grids: () => SERVICENOW_RISK_EXPORT,
    expected: {
      kind: "risk-register", sheet: "Page 1", headerRow: 1, records: 2, template: "servicenow-irm-risks",
      fields: ["id", "title", "owner", "category", "inherentLikelihood", "inherentImpact", "residualLikelihood", "residualImpact", "treatment"],
    },
  },
  {
    name: "Archer risk register export",
    grids: () => ARCHER_RISK_EXPORT,
    expected: {
      kind: "risk-register", sheet: "Risk Register", headerRow: 1, records: 2, template: "archer-risk-register",
      fields: ["id", "title", "description", "inherentLikelihood", "inherentImpact", "residualLikelihood", "residualImpact", "owner", "treatment"],
    },
  },
  // Hierarchical and 2013 SoAs (items 6 and 7).
  {
    name: "ISO/IEC 27001:2013 SoA with domain and objective rows and ids turned into dates",
    grids: () => SOA_27001_2013_HIERARCHICAL,
    expected: { kind: "soa", sheet: "SoA", headerRow: 2, records: 8, fields: ["controlId", "title", "applicable", "justification", "status"] },
  },
  {
    name: "ISO/IEC 27001:2013 SoA saved by Excel with yy.m.d dates for ids (.xlsx)",
    bytes: soa2013WithDateIds,
    expected: { kind: "soa", sheet: "SoA 2013", headerRow: 2, records: 6, fields: ["controlId", "title", "applicable", "justification"] },
  },
  {
    name: "ISO/IEC 42001 SoA with merged domain rows",
    grids: () => SOA_42001_SECTIONS,
    expected: { kind: "soa", sheet: "Statement of Applicability", headerRow: 1, records: 7, fields: ["controlId", "title", "applicable", "justification", "owner"] },
  },
  {
    name: "ISO/IEC 27001:2022 SoA with merged theme rows and 27002 numbers",
    grids: () => SOA_27001_2022_THEMES,
    expected: { kind: "soa", sheet: "SoA 2022", headerRow: 2, records: 5, fields: ["controlId", "title", "applicable", "justification"] },
  },
  // Layout quirks (item 8).
  {
    name: "sub-headers under a merged group header",
    grids: () => GROUPED_SUBHEADERS,
    expected: { kind: "impact-assessment", sheet: "Impact assessment", headerRow: 2, records: 3, fields: ["aiSystem", "impact", "affectedParties", "severity"] },
  },
  {
    name: "a title row above the header in CSV",
    file: "import/risk-register-title-row.csv",
    expected: { kind: "risk-register", sheet: "Sheet1", headerRow: 3, records: 3, fields: ["id", "title", "inherentLikelihood", "inherentImpact", "treatment", "owner"] },
  },
  {
    name: "hint text after a line break in headers, a scale under the data",
    grids: () => INVENTORY_WITH_LEGEND,
    expected: { kind: "ai-inventory", sheet: "AI inventory", headerRow: 1, records: 3, fields: ["id", "name", "purpose", "stage", "riskTier", "owner"] },
  },
  {
    name: "rows of formulas without saved values",
    grids: () => FORMULA_ROWS,
    expected: { kind: "risk-register", sheet: "Risks", headerRow: 1, records: 2, fields: ["id", "title", "inherentLikelihood", "inherentImpact", "owner"] },
  },
];

export function load(c: CorpusCase): WorkbookGrids {
  if (c.grids) return c.grids();
  if (c.bytes) return readWorkbook(c.bytes(), `${c.name}.xlsx`);
  const file = c.file as string;
  return readWorkbook(new Uint8Array(readFileSync(join(FIXTURES, file))), file);
}

