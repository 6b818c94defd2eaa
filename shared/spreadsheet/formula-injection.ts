/**
 * Spreadsheet (CSV / formula) injection, after OWASP's "CSV Injection" guidance: text that a
 * spreadsheet may read as a formula when it opens or re-enters the cell must not be written as
 * is by any export. The one home of "is this text dangerous" and "how it is made safe".
 *
 * Dangerous: text whose first character is `=`, `+`, `-` or `@` (or their full-width forms
 * `＝ ＋ － ＠`, which some spreadsheet applications fold to ASCII), also when spaces, tabs or line
 * breaks come first (importers trim them), and text starting with a tab, carriage return or line
 * feed (OWASP lists those as formula starts of their own).
 */
const FORMULA_TRIGGERS = new Set(["=", "+", "-", "@", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20"]);
const CONTROL_START = /^[\t\r\n]/;
/** Whitespace (including the ideographic space U+3000) and other control characters an importer may drop. */
const LEADING_BLANKS = /^[\s\u0000-\u001f\u007f]+/u;

export function startsLikeFormula(text: string): boolean {
  if (text === "") return false;
  if (CONTROL_START.test(text)) return true;
  const first = text.replace(LEADING_BLANKS, "").charAt(0);
  return FORMULA_TRIGGERS.has(first);
}

/**
 * Text for a CSV field: dangerous text gets a leading apostrophe (OWASP's remedy), which
 * spreadsheets show as text and never evaluate; anything else is returned unchanged. CSV has no
 * other way to mark a field as text, so the apostrophe becomes part of the value there.
 */
export function neutraliseCsvText(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}

/**
 * The number format that makes a spreadsheet cell text (Excel's "Text", `@`): a cell so formatted
 * keeps what it holds as text even when someone edits it and presses Enter. XLSX exports give it
 * to every dangerous text cell instead of changing the value.
 */
export const TEXT_NUMBER_FORMAT = "@";
