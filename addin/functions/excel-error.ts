import type { FunctionResult } from "./result";

interface CustomFunctionsRuntime {
  readonly Error: new (code: string, message?: string) => Error;
  readonly ErrorCode: { readonly notAvailable: string; readonly invalidValue: string };
}

/**
 * Returns the value, or throws the error Excel shows in the cell. Inside Excel the runtime's
 * CustomFunctions.Error gives #N/A / #VALUE! with the message as tooltip; elsewhere (tests) a
 * plain Error carries the same text.
 */
export function excelResult<T>(result: FunctionResult<T>): T {
  if (result.ok) return result.value;
  const runtime = (globalThis as { CustomFunctions?: CustomFunctionsRuntime }).CustomFunctions;
  if (runtime) {
    const code = result.error === "#N/A" ? runtime.ErrorCode.notAvailable : runtime.ErrorCode.invalidValue;
    throw new runtime.Error(code, result.message.slice(0, 255));
  }
  throw new Error(`${result.error} ${result.message}`);
}
