import { cellFormula, type GridValue, isBlank, isDateCell, isErrorCell, type SheetGrid } from "../file-reader/grid";
import { isEmptyMarker, isPlaceholder } from "./normalise/empty";
import { fold } from "./text";

/**
 * Telling records from the other rows found under a header: blank rows, section headings,
 * summary and total rows, legends, template banners and placeholder rows (`[R-XX-01]`),
 * attestation and signature blocks, rows holding only formulas, repeated headers.
 */
export type RowKind =
  | "record"
  | "blank"
  | "heading"
  | "summary"
  | "legend"
  | "template"
  | "placeholder"
  | "attestation"
  | "formula-only"
  | "repeated-header";

/** Rows after which no further records are expected (the table has ended). */
export const TERMINAL_ROWS: ReadonlySet<RowKind> = new Set(["summary", "legend", "template", "attestation"]);

const SUMMARY = /^(?:total|totals|grand total|sub-?total|sum|summary|count|average|mean|overall|register summary|gesamt|summe|insgesamt|total general|somme|synthese|resume|resumen|totale|riepilogo|sommario|totaal|samenvatting|resumo|soma)\b/;
const ATTESTATION = /^(?:i certify|i confirm|i hereby|we certify|signed|signature|sign-?off|attestation|certified by|approved by|declaration|je certifie|signe|signature|unterschrift|unterzeichnet|bestatigt|firmado|firma|certifico|ondertekend|handtekening|assinado|assinatura|certifico)\b/;
const LEGEND = /^(?:legend|key|notes?\s*:|source\s*:|sources\s*:|legende|leyenda|legenda|hinweis|hinweise|nota\s*:|opmerking)\b/;
/** A lone heading that introduces a scale or matrix under the data ("Risk tier scale", "Scoring matrix:"). */
const SCALE_HEADING = /^(?:[a-z ]{0,40}\s)?(?:scale|scales|scoring|matrix|legend|criteria|echelle|skala|escala|scala|schaal)\s*:?$|^(?:scale|scoring|rating)\s+(?:of|for|used)\b/;
const TEMPLATE = /^(?:template|templates|example|examples|sample|instructions?|e\.?\s?g\.?|for example|how to|exemple|modele|beispiel|vorlage|ejemplo|plantilla|esempio|modello|voorbeeld|sjabloon|exemplo|modelo)\b/;

export interface RowContext {
  readonly grid: SheetGrid;
  /** Grid columns of the table (those under a header). */
  readonly columns: readonly number[];
  /** Grid column of the record id (or title, when there is no id), if mapped. */
  readonly identityColumn: number | undefined;
  /** Lower-cased header texts, to spot a repeated header. */
  readonly foldedHeaders: ReadonlySet<string>;
  /** Lengths of the trimmed header texts, a cheap filter before folding a cell. */
  readonly headerLengths: ReadonlySet<number>;
  /** Grid columns covered by a merge that spans at least three table columns, per row. */
  readonly wideMerges: ReadonlyMap<number, number>;
}

function text(value: GridValue): string | undefined {
  if (typeof value === "string") return value.trim();
  return undefined;
}

const looksLikeId = (t: string) => t.length <= 24 && /^[\p{L}\d][\p{L}\d._\-/#:]*$/u.test(t) && /\d/.test(t);

export function classifyRow(context: RowContext, row: number): RowKind {
  const { grid, columns } = context;
  const values = grid.values[row] ?? [];
  let nonBlank = 0;
  let constants = 0;
  let formulasWithoutValue = 0;
  let formulaValues = 0;
  let placeholders = 0;
  let stringCells = 0;
  let headerEchoes = 0;
  let first: string | undefined;
  let firstColumn = -1;
  for (const column of columns) {
    const value = values[column] ?? null;
    const formula = cellFormula(grid, row, column);
    if (isBlank(value)) {
      if (formula !== undefined) formulasWithoutValue++;
      continue;
    }
    nonBlank++;
    if (formula !== undefined) {
      formulaValues++;
      continue;
    }
    constants++;
    const t = text(value);
    if (t !== undefined) {
      stringCells++;
      if (first === undefined) {
        first = t;
        firstColumn = column;
      }
      if (t.length <= 200 && isPlaceholder(t)) placeholders++;
      // Repeated headers are copies of the header: compare without folding accents (cheaper).
      if (context.headerLengths.has(t.length) && context.foldedHeaders.has(t.toLowerCase())) headerEchoes++;
    } else if (first === undefined && !isDateCell(value) && !isErrorCell(value)) {
      firstColumn = column;
    }
  }
  if (nonBlank === 0) return formulasWithoutValue > 0 ? "formula-only" : "blank";
  if (constants === 0) {
    // Only computed cells: a record only if they compute something real.
    const meaningful = columns.some((c) => {
      const v = values[c] ?? null;
      return !isBlank(v) && v !== 0 && !(typeof v === "string" && isEmptyMarker(v));
    });
    if (!meaningful || formulaValues === 0) return "formula-only";
  }
  if (headerEchoes >= Math.max(2, Math.ceil(stringCells * 0.6))) return "repeated-header";
  if (constants > 0 && placeholders === constants) return "placeholder";
  if (context.identityColumn !== undefined) {
    const identity = text(values[context.identityColumn] ?? null);
    if (identity !== undefined && isPlaceholder(identity) && placeholders >= Math.ceil(constants / 2)) return "placeholder";
  }
  if (first !== undefined && (stringCells <= 2 || first.length > 80)) {
    const folded = fold(first.slice(0, 60));
    const textLight = stringCells <= 2;
    if (textLight && SUMMARY.test(folded)) return "summary";
    if (ATTESTATION.test(folded) && (textLight || first.length > 80)) return "attestation";
    if (textLight && LEGEND.test(folded)) return "legend";
    if (textLight && TEMPLATE.test(folded) && !looksLikeId(first)) return "template";
  }
  const wide = context.wideMerges.get(row);
  if (nonBlank === 1 && first !== undefined && first.length <= 60 && SCALE_HEADING.test(fold(first))) return "legend";
  if (nonBlank === 1) {
    if (wide !== undefined) return "heading";
    const only = first ?? "";
    const isIdentity = firstColumn === context.identityColumn && context.identityColumn !== undefined;
    if (!(isIdentity && looksLikeId(only))) return "heading";
  }
  return "record";
}
