import { columnLetter } from "../file-reader/cell-address";
import type { GridValue, SheetGrid } from "../file-reader/grid";
import type { Issue } from "../issues/issue";
import type { ColumnMapping } from "./column-mapping";
import type { ImportedRecord } from "./import-result";
import { convertEdition2013, ISO27001_2013_COLUMN, isIso27001Edition2013 } from "./iso27001-2013-soa";
import { sectionsOf, soaHeadings } from "./soa-sections";

/** The column a control keeps the headings it sits under in (`extra`). */
export const SECTION_COLUMN = "Section";

/**
 * What an SoA's layout says before its rows are read: which rows are headings (left out of the
 * records, their text kept as each control's section) and whether the ids are 2013 ones (read as
 * the 2022 controls they became).
 */
export interface SoaStructure {
  /** The grid to read records from: headings blanked, 2013 ids replaced. */
  readonly grid: SheetGrid;
  readonly headings: number;
  readonly issues: readonly Issue[];
  readonly decorate: (records: readonly ImportedRecord[]) => ImportedRecord[];
}

export function soaStructure(grid: SheetGrid, mapping: readonly ColumnMapping[], firstRow: number, context: readonly string[]): SoaStructure | undefined {
  const idColumn = mapping.find((m) => m.field?.name === "controlId")?.column;
  const headings = soaHeadings(grid, mapping, firstRow);
  const edition2013 = idColumn !== undefined && isIso27001Edition2013(grid, idColumn, firstRow, [grid.name, ...context]);
  if (headings.length === 0 && !edition2013) return undefined;

  const origin = { row: grid.origin?.row ?? 0, column: grid.origin?.column ?? 0 };
  const cellName = (row: number) => `${columnLetter((idColumn ?? 0) + origin.column)}${row + origin.row + 1}`;
  const sections = sectionsOf(grid, mapping, firstRow, headings);
  const headingRows = new Set(headings.map((h) => h.row));
  const converted = edition2013 && idColumn !== undefined ? convertEdition2013(grid, idColumn, firstRow, headingRows, cellName) : undefined;
  const source = converted?.grid ?? grid;
  const values: GridValue[][] = source.values.map((row, r) => (headingRows.has(r) ? row.map(() => null) : [...row]));
  const issues: Issue[] = [];
  if (converted) {
    issues.push({
      code: "iso27001-2013-soa",
      severity: "info",
      sheet: grid.name,
      cell: cellName(firstRow - 1),
      message: `The controls are ISO/IEC 27001:2013's; ${converted.original.size} were read as the ISO/IEC 27001:2022 controls they became (the 2013 id is kept as "${ISO27001_2013_COLUMN}")`,
    }, ...converted.issues);
  }
  if (headings.length > 0) {
    issues.push({
      code: "soa-headings",
      severity: "info",
      sheet: grid.name,
      cell: cellName(headings[0]?.row ?? firstRow),
      message: `${headings.length} domain and objective rows were read as headings, not controls; each control keeps its section`,
    });
  }
  const rowOf = (record: ImportedRecord) => record.sourceRow - origin.row - 1;
  return {
    grid: { ...source, values },
    headings: headings.length,
    issues,
    decorate: (records) =>
      records.map((record) => {
        const section = sections.get(rowOf(record));
        const id2013 = converted?.original.get(rowOf(record));
        if (section === undefined && id2013 === undefined) return record;
        return {
          ...record,
          extra: {
            ...(record.extra ?? {}),
            ...(section !== undefined ? { [SECTION_COLUMN]: section } : {}),
            ...(id2013 !== undefined ? { [ISO27001_2013_COLUMN]: id2013 } : {}),
          },
        };
      }),
  };
}
