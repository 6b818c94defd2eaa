/**
 * What a custom function's pure implementation returns: a value, or the Excel error it should
 * show with a message (Excel displays the message in the cell's error tooltip).
 */
export type ExcelErrorKind = "#N/A" | "#VALUE!";

export type FunctionResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: ExcelErrorKind; readonly message: string };

export function ok<T>(value: T): FunctionResult<T> {
  return { ok: true, value };
}

export function fail<T>(error: ExcelErrorKind, message: string): FunctionResult<T> {
  return { ok: false, error, message };
}
