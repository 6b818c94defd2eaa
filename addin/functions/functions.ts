/**
 * Excel custom functions, namespace CROSSWALK (set in the manifest). The JSDoc tags here are
 * what custom-functions-metadata reads to write functions.json; each function only adapts a
 * pure implementation to Excel (errors become #N/A or #VALUE! with the message as tooltip).
 */
import { excelResult } from "./excel-error";
import { mapIds } from "./map";
import { ratingOf } from "./rating";
import { scoreOf } from "./score";
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

/**
 * The risk score of a likelihood and an impact on a risk matrix.
 * @customfunction
 * @param likelihood Likelihood level: a number or the matrix's word (e.g. 4 or "Likely").
 * @param impact Impact level: a number or the matrix's word (e.g. 5 or "Severe").
 * @param [matrix] Matrix: "5x5" (default), "4x4" or "3x3".
 * @returns The score.
 */
export function score(likelihood: number | string, impact: number | string, matrix?: string): number {
  return excelResult(scoreOf(likelihood, impact, matrix));
}

/**
 * The rating (Low, Medium, High, Critical …) of a risk score on a risk matrix.
 * @customfunction
 * @param score The risk score.
 * @param [matrix] Matrix: "5x5" (default), "4x4" or "3x3".
 * @returns The rating.
 */
export function rating(score: number, matrix?: string): string {
  return excelResult(ratingOf(score, matrix));
}
