import type { Issue } from "../issues/issue";
import type { ColumnMapping } from "./column-mapping";
import type { DetectedKind, SheetKind } from "./kinds/index";

/** A value the importer puts in a record field. Dates are `YYYY-MM-DD` strings. */
export type FieldValue = string | number | boolean | readonly string[];

/** Columns no field took, by header (or column letter), so nothing a user typed is lost. */
export type ExtraBag = Readonly<Record<string, string | number | boolean>>;

/** One imported row: `sourceRow` is 1-based as Excel shows it; fields as named in the model. */
export type ImportedRecord = { readonly sourceRow: number; readonly extra?: ExtraBag } & {
  readonly [field: string]: FieldValue | ExtraBag | undefined;
};

/** One column of the mapping as `import --json` prints it. */
export interface ImportedColumn {
  /**
   * Unique within a result: the column letter, or letter and field for each field a column that
   * carries two fields feeds (`N`, `N:status`), so lists of columns can be keyed by it.
   */
  readonly key: string;
  readonly header: string;
  /** Column letter as Excel shows it. */
  readonly column: string;
  readonly field: string | null;
  readonly confidence: number;
}

/** The `key` of an imported column: its letter, with the field after it for a column's second field. */
export function importedColumnKey(column: string, secondField?: string): string {
  return secondField === undefined ? column : `${column}:${secondField}`;
}

export interface ImportStats {
  readonly records: number;
  /** Non-blank rows under the header that were not read as records. */
  readonly skipped: number;
}

/** The result of importing one sheet. */
export interface SheetImport {
  readonly kind: DetectedKind;
  readonly sheet: string;
  /** 1-based row of the (last) header row, or null when none was found. */
  readonly headerRow: number | null;
  readonly columns: readonly ImportedColumn[];
  readonly records: readonly ImportedRecord[];
  readonly issues: readonly Issue[];
  readonly stats: ImportStats;
  /** For `unknown` sheets: why, in a sentence or two (also the first issue's message). */
  readonly explanation?: string;
  /** The detailed mapping (grid columns, field specs), for templates and the add-in. */
  readonly mapping: readonly ColumnMapping[];
  /** 1-based first header row (differs from `headerRow` for two-row headers). */
  readonly headerStartRow: number | null;
  /** How strongly the sheet matched its kind (Σ field weight × confidence). */
  readonly score: number;
  /** Sheet position of grid cell (0, 0): add it to `mapping[].column` for the sheet column. */
  readonly origin: { readonly row: number; readonly column: number };
  /** Other kinds this sheet's header would also pass for, with their scores (best first). */
  readonly alternatives?: readonly KindScore[];
  /** The GRC tool's export format the sheet was read as, when one was detected. */
  readonly template?: { readonly id: string; readonly label: string };
  /** For sheets that are not registers: what the sheet is (a control self-assessment …). */
  readonly declined?: { readonly what: string; readonly label: string };
}

/** How well a sheet's header matches one kind. */
export interface KindScore {
  readonly kind: SheetKind;
  readonly score: number;
}
