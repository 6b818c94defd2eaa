/**
 * Writing a preview into its table: how (append, replace with a backup, merge by id), the ids
 * already there, and the write itself — once per preview, so a second click adds no duplicates.
 */
import { useEffect, useState } from "react";
import type { WriteMode, WriteRecordsReport } from "../../../port/workbook-port";
import type { ImportPreview } from "../../../services/import-engine";
import { useOperation } from "../../components/use-operation";
import { useServices } from "../../services";
import { backupSheetName } from "./backup-sheet-name";
import { type IdOverlap, idOverlap } from "./existing-ids";

export function useImportWrite(preview: ImportPreview | undefined) {
  const services = useServices();
  const { port } = services;
  const [mode, setMode] = useState<WriteMode>("append");
  // The preview last written: the same preview again is not offered for writing (no duplicates).
  const [writtenFor, setWrittenFor] = useState<ImportPreview | undefined>();
  const [overlap, setOverlap] = useState<IdOverlap | undefined>();
  const writing = useOperation<WriteRecordsReport>();

  useEffect(() => {
    setOverlap(undefined);
    if (!preview) return;
    let current = true;
    idOverlap(port, preview).then(
      (found) => {
        if (!current) return;
        setOverlap(found);
        // Ids already there: merging is the choice that adds no duplicates, so it is offered first.
        setMode(found && found.present > 0 ? "merge" : (m) => (m === "merge" ? "append" : m));
      },
      // Without the count the write still works; the port reports a missing table when writing.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [port, preview]);

  const write = () =>
    writing.run(async (progress) => {
      if (!preview) throw new Error("Preview the records first.");
      if (mode === "merge" && !overlap) throw new Error("Merging by id needs the table's id column among the records' columns.");
      const taken = mode === "replace" ? (await port.inspect()).sheets.map((sh) => sh.name) : [];
      const backupSheet = backupSheetName(preview.sheet, services.now(), taken);
      const report = await port.writeRecords(
        {
          table: preview.table,
          columns: preview.columns,
          rows: preview.rows,
          mode,
          ...(mode === "replace" ? { backupSheet } : {}),
          ...(mode === "merge" && overlap ? { idColumn: overlap.idColumn } : {}),
          ...(preview.calculated ? { calculated: preview.calculated } : {}),
        },
        progress,
      );
      setWrittenFor(preview);
      return report;
    });

  const written = writtenFor !== undefined && writtenFor === preview;
  return { mode, setMode, overlap, writing, write, written };
}

export type ImportWriteState = ReturnType<typeof useImportWrite>;
