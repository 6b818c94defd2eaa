// Public surface of the importer: one sheet (or workbook) as a grid in, records and issues out.
export type { CellRange, GridValue, DateCell, ErrorCell, SheetGrid, WorkbookGrids } from "../file-reader/grid";
export { cellValue, dateCell, errorCell, gridWidth, isBlank, isDateCell, isDateNumberFormat, isErrorCell } from "../file-reader/grid";
export { cellAddress, columnIndex, columnLetter } from "../file-reader/cell-address";
export type { ExtraBag, FieldValue, ImportedColumn, ImportedRecord, ImportStats, SheetImport } from "./import-result";
export { type ImportOptions, importSheet } from "./import-sheet";
export { compareSheets, importWorkbook, type RunnerUp, type SheetSummary, type WorkbookImport, type WorkbookImportOptions } from "./import-workbook";
export { applyTemplate, MappingTemplate, templateFrom } from "./mapping-template";
export { type DetectedKind, isSheetKind, KIND_SPECS, parseSheetKind, SHEET_KINDS, type SheetKind } from "./kinds/index";
export type { FieldSpec, FieldType, KindSpec } from "./field-spec";
export type { ColumnMapping } from "./column-mapping";
export type { DateOrder } from "./normalise/date";
export { isoToSerial, parseDateText, serialToIso } from "./normalise/date";
export type { RatingScale } from "./normalise/rating";
export { isFormulaLike } from "./normalise/text-value";
export { locateImports } from "./locate";
export { ratingScaleOf } from "./normalise/rating";
export { type ModelRecords, toModel } from "./to-model";
