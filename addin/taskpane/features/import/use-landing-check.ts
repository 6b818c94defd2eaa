/**
 * Validate's findings on the previewed records as they would land, for the chosen way of
 * writing (`addin/services/landing-check.ts`, loaded lazily with the validator); "checking" while
 * the workbook is being read.
 */
import { useMemo } from "react";
import type { WriteMode } from "../../../port/workbook-port";
import type { ImportPreview } from "../../../services/import-engine";
import type { Issue } from "../../../services/issue";
import type { IdOverlap } from "./existing-ids";
import type { ImportTarget } from "./use-import-target";

export type LandingCheck = { readonly state: "checking" } | { readonly state: "done"; readonly issues: readonly Issue[] } | { readonly state: "unavailable" };

export function useLandingCheck(preview: ImportPreview | undefined, target: ImportTarget, mode: WriteMode, overlap: IdOverlap | undefined): LandingCheck {
  return useMemo((): LandingCheck => {
    if (!preview || target.state === "checking") return { state: "checking" };
    if (!target.landing) return { state: "unavailable" };
    // Into a workbook not set up, the write appends to the new table whatever is chosen.
    const how = target.state === "missing" ? "append" : mode;
    const { landedGrid, issuesAfterLanding } = target.landing.check;
    const landed = landedGrid(
      { sheet: preview.sheet, columns: preview.columns, rows: preview.rows, mode: how, ...(overlap ? { idColumn: overlap.idColumn } : {}), ...(preview.filledCells ? { filledCells: preview.filledCells } : {}) },
      target.landing.current,
    );
    return { state: "done", issues: issuesAfterLanding(target.landing.validate, target.landing.grids, landed) };
  }, [preview, target, mode, overlap]);
}
