/**
 * Excel custom functions, namespace CROSSWALK (set in the manifest). The JSDoc tags here are
 * what custom-functions-metadata reads to write functions.json; each function only adapts a
 * pure implementation to Excel (errors become #N/A or #VALUE! with the message as tooltip).
 */
import { excelResult } from "./excel-error";
import { mapIds } from "./map";
import { titleOf } from "./title";

/**
 * The ids an id maps to in another framework, one per row (spills down).
 * @customfunction
 * @param id A framework id such as "GOVERN 1.1", "GV-1.1", "A.6.2.4" or "AC-2".
 * @param framework Target framework: "ai-rmf", "iso42001", "iso27001" or "sp800-53".
 * @returns The mapped ids.
 */
export function map(id: string, framework: string): string[][] {
  return excelResult(mapIds(id, framework));
}

/**
 * The short title of a framework id (for AI RMF subcategories, its statement).
 * @customfunction
 * @param id A framework id such as "ISO42001:A.2.2", "GV-1.1" or "AC-2".
 * @returns The title.
 */
export function title(id: string): string {
  return excelResult(titleOf(id));
}
