/**
 * Writing a preview into its table: how (append, replace with a backup, merge by id), the ids
 * already there, and the write itself — once per preview, so a second click adds no duplicates.
 * Into a workbook not set up yet, set-up runs first in the same click (`use-import-target.ts`).
 */
import { useState } from "react";
import type { WriteMode, WriteRecordsReport } from "../../../port/workbook-port";
import type { ImportPreview } from "../../../services/import-engine";
import { useOperation } from "../../components/use-operation";
import { useServices } from "../../services";
import { backupSheetName } from "./backup-sheet-name";
import { useImportTarget } from "./use-import-target";
import { useLandingCheck } from "./use-landing-check";

/**
 * `toWrite` gives the rows actually written for a preview (the preview itself, or with the
 * suggested references the user switched on accepted into it).
 */
export function useImportWrite(preview: ImportPreview | undefined, toWrite: (shown: ImportPreview) => ImportPreview = (shown) => shown) {
  const services = useServices();
  const { port } = services;
  // The user's pick for this preview; until then the default below. Derived, not set by an
  // effect, so a late look at the table never overrides what the user chose.
  const [picked, setPicked] = useState<{ readonly for: ImportPreview; readonly mode: WriteMode } | undefined>();
  // The preview last written: the same preview again is not offered for writing (no duplicates).
  const [writtenFor, setWrittenFor] = useState<ImportPreview | undefined>();
  const target = useImportTarget(preview);
  const overlap = target.target.state === "present" ? target.target.overlap : undefined;
  const writing = useOperation<WriteRecordsReport | undefined>();

  // Ids already there: merging is the choice that adds no duplicates, so it is offered first.
  const canMerge = overlap !== undefined && overlap.present > 0;
  const pickedMode = picked && picked.for === preview ? picked.mode : undefined;
  const mode: WriteMode = pickedMode === "merge" && !canMerge ? "append" : (pickedMode ?? (canMerge ? "merge" : "append"));
  const setMode = (next: WriteMode) => {
    if (preview) setPicked({ for: preview, mode: next });
  };

  const writePreview = async (previewed: ImportPreview, how: WriteMode, progress: Parameters<typeof port.writeRecords>[1]) => {
    const shown = toWrite(previewed);
    if (how === "merge" && !overlap) throw new Error("Merging by id needs the table's id column among the records' columns.");
    const taken = how === "replace" ? (await port.inspect()).sheets.map((sh) => sh.name) : [];
    const backupSheet = backupSheetName(shown.sheet, services.now(), taken);
    const report = await port.writeRecords(
      {
        table: shown.table,
        columns: shown.columns,
        rows: shown.rows,
        mode: how,
        ...(how === "replace" ? { backupSheet } : {}),
        ...(how === "merge" && overlap ? { idColumn: overlap.idColumn, ...(shown.filledCells ? { filledCells: shown.filledCells } : {}) } : {}),
        ...(shown.calculated ? { calculated: shown.calculated } : {}),
      },
      progress,
    );
    setWrittenFor(previewed);
    // Show what was written (Excel and the preview grid follow the selection); not worth failing over.
    await port.selectCell({ sheet: report.sheet, row: report.firstRow, column: 0 }).catch(() => undefined);
    return report;
  };

  const write = () =>
    writing.run(async (progress) => {
      if (!preview) throw new Error("Preview the records first.");
      return writePreview(preview, mode, progress);
    });

  /** Set-up, then the write into the new table (appending: it has no rows of the user's). */
  const setUpAndWrite = () =>
    writing.run(async (progress) => {
      if (!preview) throw new Error("Preview the records first.");
      progress({ done: 0, total: 2, label: "Setting up the workbook" });
      const report = await target.setUp();
      if (!report) return undefined;
      progress({ done: 1, total: 2, label: `Writing ${preview.rows.length} records` });
      return writePreview(preview, "append", progress);
    });

  const landing = useLandingCheck(preview, target.target, mode, overlap);
  const written = writtenFor !== undefined && writtenFor === preview;
  return { mode, setMode, overlap, target, landing, writing, write, setUpAndWrite, written };
}

export type ImportWriteState = ReturnType<typeof useImportWrite>;
