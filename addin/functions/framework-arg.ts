import { FRAMEWORKS, type FrameworkId } from "../../shared/catalog/framework";

const ALIASES: Readonly<Record<string, FrameworkId>> = {
  airmf: "ai-rmf",
  nistairmf: "ai-rmf",
  rmf: "ai-rmf",
  iso42001: "iso42001",
  isoiec42001: "iso42001",
  "42001": "iso42001",
  iso27001: "iso27001",
  isoiec27001: "iso27001",
  "27001": "iso27001",
  sp80053: "sp800-53",
  nistsp80053: "sp800-53",
  "80053": "sp800-53",
};

/**
 * Reads the framework argument of a custom function the way people type it: `iso42001`,
 * `ISO/IEC 42001`, `ISO 27001:2022`, `AI RMF`, `NIST SP 800-53 Rev. 5`, `800-53`.
 */
export function parseFrameworkArg(text: string): FrameworkId | undefined {
  const trimmed = text.trim().toLowerCase();
  if ((FRAMEWORKS as readonly string[]).includes(trimmed)) return trimmed as FrameworkId;
  const key = trimmed
    .replace(/:\s*\d{4}$/, "")
    .replace(/\brev(ision)?\.?\s*\d+$/, "")
    .replace(/\b1\.0$/, "")
    .replace(/[^a-z0-9]/g, "");
  return ALIASES[key];
}
