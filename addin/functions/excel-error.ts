/// <reference types="custom-functions-runtime" />
import type { FunctionResult } from "./result";

/**
 * Returns the value, or throws the error Excel shows in the cell. Inside Excel the runtime's
 * CustomFunctions.Error gives #N/A / #VALUE! with the message as tooltip (CustomFunctionsRuntime
 * 1.3 for the codes, which manifest.xml declares); elsewhere (tests) a plain Error carries the
 * same text.
 */
export function excelResult<T>(result: FunctionResult<T>): T {
  if (result.ok) return result.value;
  if (typeof CustomFunctions !== "undefined") {
    const code = result.error === "#N/A" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
    throw new CustomFunctions.Error(code, result.message.slice(0, 255));
  }
  throw new Error(`${result.error} ${result.message}`);
}
