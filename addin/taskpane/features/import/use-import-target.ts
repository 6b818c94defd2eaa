/**
 * Where the previewed records would land: the target table if the workbook has it (with the ids
 * already there), or that it is missing — a workbook not set up yet — and then the set-up that
 * the Import panel offers to run before writing: the Set up panel's own plan, on the workbook's
 * risk matrix or, without a settings sheet, the one chosen here. A sheet of the user's that
 * stands in the way is moved aside only when ticked, as in the Set up panel.
 */
import { useEffect, useState } from "react";
import type { MatrixPresetId } from "../../../../shared/scoring/presets";
import type { SetupReport } from "../../../port/workbook-plan";
import type { SheetGrid } from "../../../../shared/file-reader/grid";
import type { TableInfo, WorkbookInfo, WorkbookPort } from "../../../port/workbook-port";
import type { Validator } from "../../../services/validator";
import type { ImportPreview } from "../../../services/import-engine";
import { type PaneServices, useServices } from "../../services";
import { type Conflict, conflictsOf, DEFAULT_CHOICE } from "../setup-choices";
import { findTable, type IdOverlap, idOverlap } from "./existing-ids";

/** What the preview's check needs: the sheets Validate reads as they are, and the target's table. */
export interface LandingInputs {
  readonly grids: readonly SheetGrid[];
  readonly current?: { readonly grid: SheetGrid; readonly table: TableInfo };
  readonly validate: Validator["validate"];
  /** The check itself, loaded with the validator (it brings the layouts; not for the first paint). */
  readonly check: typeof import("../../../services/landing-check");
}

export type ImportTarget =
  | { readonly state: "checking" }
  | { readonly state: "present"; readonly overlap: IdOverlap | undefined; readonly landing?: LandingInputs }
  /** `needsMatrix`: the workbook has no settings sheet, so set-up follows the matrix chosen here. */
  | { readonly state: "missing"; readonly needsMatrix: boolean; readonly landing?: LandingInputs };

export function useImportTarget(preview: ImportPreview | undefined) {
  const services = useServices();
  const { port } = services;
  const [target, setTarget] = useState<ImportTarget>({ state: "checking" });
  const [matrix, setMatrix] = useState<MatrixPresetId>(DEFAULT_CHOICE);
  const [conflicts, setConflicts] = useState<readonly Conflict[] | undefined>();
  const [consent, setConsent] = useState<ReadonlySet<string>>(new Set());
  // Bumped after a set-up, so the target is looked at again.
  const [checks, setChecks] = useState(0);

  useEffect(() => {
    setTarget({ state: "checking" });
    if (!preview) return;
    let current = true;
    lookAtTarget(port, preview, services).then(
      (found) => current && setTarget(found),
      // Without the look the write still works; the port reports a missing table when writing.
      () => current && setTarget({ state: "present", overlap: undefined }),
    );
    return () => {
      current = false;
    };
  }, [port, preview, services, checks]);

  /**
   * Runs set-up for the import. Undefined when sheets of the user's stand in the way and the user
   * has not yet been asked: they are listed, and the next call goes on with what was ticked.
   */
  const setUp = async (): Promise<SetupReport | undefined> => {
    if (!preview) throw new Error("Preview the records first.");
    const flow = await services.setup();
    const prepared = await flow.prepareSetup(port, matrix);
    const found = conflictsOf(prepared.plan, prepared.info.sheets);
    if (found.length > 0 && conflicts === undefined) {
      setConflicts(found);
      return undefined;
    }
    const blocking = found.find((c) => c.sheet.toLowerCase() === preview.sheet.toLowerCase() && !consent.has(c.sheet));
    // Set-up would leave that sheet alone and the records have nowhere to go: change nothing at all.
    if (blocking) throw new Error(nowhereToGo(blocking.sheet));
    const report = await port.setUpWorkbook(prepared.plan, { replace: [...consent], inspected: prepared.info });
    setConflicts(undefined);
    setChecks((n) => n + 1);
    const skipped = report.sheets.find((s) => s.sheet.toLowerCase() === preview.sheet.toLowerCase() && s.outcome === "skipped");
    if (skipped) throw new Error(nowhereToGo(skipped.sheet));
    return report;
  };

  const toggleConsent = (sheet: string, on: boolean) => {
    const next = new Set(consent);
    if (on) next.add(sheet);
    else next.delete(sheet);
    setConsent(next);
  };

  return { target, matrix, setMatrix, conflicts, consent, toggleConsent, setUp };
}

function nowhereToGo(sheet: string): string {
  return `“${sheet}” is a sheet of yours, left as it is, so the records have nowhere to go. Tick “Move “${sheet}” aside” and try again, or rename your sheet.`;
}

export type ImportTargetState = ReturnType<typeof useImportTarget>;

async function lookAtTarget(port: WorkbookPort, preview: ImportPreview, services: PaneServices): Promise<ImportTarget> {
  const info = await port.inspect();
  const found = findTable(info, preview.table);
  const landing = await landingInputs(port, info, found, services).catch(() => undefined);
  const extra = landing ? { landing } : {};
  // The target sheet was read for the landing check: the ids are counted on that read.
  if (found) return { state: "present", overlap: await idOverlap(port, preview, info, landing?.current?.grid), ...extra };
  const matrix = await (await services.setup()).readWorkbookMatrix(port);
  return { state: "missing", needsMatrix: matrix.source === "none", ...extra };
}

/** The sheets Validate reads that exist (one read, as Validate does), the target's among them. */
async function landingInputs(port: WorkbookPort, info: WorkbookInfo, found: ReturnType<typeof findTable>, services: PaneServices): Promise<LandingInputs> {
  const [validator, check] = await Promise.all([services.validator(), import("../../../services/landing-check")]);
  const exists = (name: string) => info.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase());
  const names = [...validator.sheets, ...(validator.alsoRead ?? [])].filter(exists);
  if (found && !names.some((n) => n.toLowerCase() === found.sheet.name.toLowerCase())) names.push(found.sheet.name);
  const grids = names.length > 0 ? await port.readSheets(names) : [];
  const grid = found && grids.find((g) => g.name.toLowerCase() === found.sheet.name.toLowerCase());
  return { grids, validate: validator.validate, check, ...(found && grid ? { current: { grid, table: found.table } } : {}) };
}
