import * as XLSX from "@e965/xlsx";
import type { SnapshotSheets } from "../../shared/workbook-snapshot/sheets-from-snapshot";

/**
 * A Crosswalk workbook as an .xlsx file, the way Excel saves what the add-in wrote: every
 * structured sheet with its header and rows (dates date-formatted), and the settings sheet.
 * `edit` may change cells first (sheet name → row → column, 0-based with the header as row 0).
 */
export function workbookFile(content: SnapshotSheets, edit?: (sheet: string, rows: unknown[][]) => void): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const sheet of content.sheets) {
    const rows: unknown[][] = [[...sheet.headers], ...sheet.rows.map((r) => [...r])];
    edit?.(sheet.name, rows);
    const ws = XLSX.utils.aoa_to_sheet(rows);
    sheet.columns.forEach((column, c) => {
      if (column?.type !== "date") return;
      for (let r = 1; r < rows.length; r++) {
        const cell = ws[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined;
        if (cell && cell.t === "n") cell.z = "yyyy-mm-dd";
      }
    });
    XLSX.utils.book_append_sheet(book, ws, sheet.name);
  }
  const settings = content.settings.rows.map((r) => [...r]);
  edit?.(content.settings.name, settings);
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(settings), content.settings.name);
  return new Uint8Array(XLSX.write(book, { type: "buffer", bookType: "xlsx" }) as Buffer);
}
