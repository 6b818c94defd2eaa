/**
 * The grid the importer reads (one worksheet as 2-D cell values): the port produces exactly the
 * shared importer's type, under the names the add-in uses.
 */
export type {
  CellRange as GridRange,
  GridValue,
  DateCell,
  ErrorCell,
  SheetGrid,
} from "../../shared/import/grid";
export { isDateNumberFormat as isDateFormat } from "../../shared/import/grid";
