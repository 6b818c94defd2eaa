/**
 * Where the import reads from: a sheet of this workbook (not Crosswalk's own) or a file's sheet,
 * and the grid read from it once the user asks for the analysis.
 */
import { useEffect, useState } from "react";
import type { SheetGrid } from "../../../../shared/file-reader/grid";
import type { SheetInfo } from "../../../port/workbook-port";
import { useOperation } from "../../components/use-operation";
import { useServices } from "../../services";

export type SourceKind = "sheet" | "file";

export interface ImportSource {
  readonly from: SourceKind;
  readonly label: string;
  readonly grid: SheetGrid;
}

export interface FileGrids {
  readonly fileName: string;
  readonly sheets: readonly SheetGrid[];
}

export function useImportSource() {
  const services = useServices();
  const { port } = services;
  const [from, setFrom] = useState<SourceKind>("sheet");
  const [sheets, setSheets] = useState<readonly SheetInfo[]>([]);
  const [sheetName, setSheetName] = useState<string>("");
  const [fileGrids, setFileGrids] = useState<FileGrids | undefined>();
  const [fileSheet, setFileSheet] = useState<string>("");
  const reading = useOperation<void>();

  useEffect(() => {
    void reading.run(async () => {
      const info = await port.inspect();
      const candidates = info.sheets.filter((s) => s.visible && s.crosswalkKind === undefined);
      setSheets(candidates);
      if (candidates[0]) setSheetName((current) => current || (candidates[0]?.name ?? ""));
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [port]);

  const onFile = (file: File | undefined) =>
    void reading.run(async () => {
      if (!file) return;
      const read = await services.readFile(file);
      const filled = read.sheets.filter((s) => s.values.length > 0);
      // The sheet `crosswalk import` would choose; a hidden sheet is listed only when it is that one.
      const chosen = (await services.importer()).chooseSheet(filled);
      const listed = filled.filter((s) => !s.hidden || s.name === chosen);
      if (listed.length === 0) throw new Error(`“${file.name}” has no sheet with data.`);
      setFileGrids({ fileName: read.fileName, sheets: listed });
      setFileSheet(chosen ?? listed[0]?.name ?? "");
    });

  /** Reads the chosen sheet (the workbook's, or the file's) as the import's source. */
  const readSource = async (): Promise<ImportSource> => {
    if (from === "sheet") {
      if (!sheetName) throw new Error("Choose a sheet to import.");
      return { from, label: `sheet “${sheetName}”`, grid: await port.readSheet(sheetName) };
    }
    const grid = fileGrids?.sheets.find((s) => s.name === fileSheet);
    if (!grid || !fileGrids) throw new Error("Choose a file and one of its sheets.");
    return { from, label: `“${fileGrids.fileName}”, sheet “${grid.name}”`, grid };
  };

  return { from, setFrom, sheets, sheetName, setSheetName, fileGrids, fileSheet, setFileSheet, onFile, reading, readSource };
}

export type ImportSourceState = ReturnType<typeof useImportSource>;
