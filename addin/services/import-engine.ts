/**
 * What the import wizard needs from the importer (shared/import, import branch). The pane is
 * written against this seam; `import-adapter.ts` implements it over the shared importer once
 * that is on main.
 */
import type { SheetGrid } from "../../shared/file-reader/grid";
import type { CellValue, FilledCellRule } from "../port/workbook-port";
import type { Issue } from "./issue";

export interface KindOption {
  readonly kind: string;
  readonly label: string;
}

export interface FieldOption {
  readonly name: string;
  readonly label: string;
}

export interface ColumnMapping {
  /** Unique among the columns: a column read as two fields appears twice, with two keys. */
  readonly key: string;
  /** Column index in the grid. */
  readonly column: number;
  readonly header: string;
  /** Field the column feeds, or null when ignored. */
  readonly field: string | null;
  /** 0–1; 1 for a mapping the user chose. */
  readonly confidence: number;
}

export interface ImportAnalysis {
  /** The detected (or chosen) kind; "unknown" when the sheet was not recognised. */
  readonly kind: string;
  readonly kindConfidence: number;
  /** Grid row of the header (0-based). */
  readonly headerRow: number;
  readonly columns: readonly ColumnMapping[];
  readonly fields: readonly FieldOption[];
  /** Why the kind was chosen, or what is missing; shown under the kind. */
  readonly explanation?: string;
  /** Why no preview can be made of a recognised sheet (a control library naming no Annex A control). */
  readonly previewBlocked?: string;
}

export interface ImportChoices {
  /**
   * A saved mapping (the engine's own template format; for the shared importer the JSON of a
   * `MappingTemplate`, the same file `crosswalk import --template` reads). Wins over the rest.
   */
  readonly template?: string;
  readonly kind?: string;
  readonly headerRow?: number;
  /** Column index → field name (null to ignore); overrides the detected mapping. */
  readonly mapping?: ReadonlyMap<number, string | null>;
}

export interface ImportPreview {
  readonly kind: string;
  /** Records as rows for the target table, aligned with `columns`. */
  readonly table: string;
  readonly sheet: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  readonly issues: readonly Issue[];
  /** Source rows skipped (blank, banners, template placeholders, totals), with reasons. */
  readonly skipped: number;
  /** Calculated columns of the target table (scores), which the write keeps as formulas. */
  readonly calculated?: readonly { readonly column: string; readonly product: readonly [string, string] }[];
  /**
   * Merged by id, what happens to cells of existing rows that already hold something; absent, the
   * imported columns overwrite them. A pre-fill sets it: it adds to a row, never replaces the user's words.
   */
  readonly filledCells?: Readonly<Record<string, FilledCellRule>>;
}

export interface ImportEngine {
  readonly kinds: readonly KindOption[];
  /**
   * The sheet of a file to import: the one `crosswalk import` chooses (every sheet scored for
   * every kind), so the pane and the CLI start from the same sheet.
   */
  chooseSheet(sheets: readonly SheetGrid[]): string | undefined;
  analyse(grid: SheetGrid, choices?: ImportChoices): ImportAnalysis;
  preview(grid: SheetGrid, choices: ImportChoices): ImportPreview;
  /** The current mapping as a template to save, or undefined when the sheet was not recognised. */
  template(grid: SheetGrid, choices: ImportChoices): string | undefined;
}
