import { useCallback, useRef, useState } from "react";
import type { ProgressEvent } from "../../port/workbook-port";

export interface OperationState<T> {
  readonly running: boolean;
  readonly progress: ProgressEvent | undefined;
  readonly error: string | undefined;
  readonly result: T | undefined;
}

/**
 * Runs one long operation at a time for a panel: progress, a readable error instead of a crash,
 * and the result. A second start while running is ignored (buttons are disabled anyway).
 */
export function useOperation<T>() {
  const [state, setState] = useState<OperationState<T>>({ running: false, progress: undefined, error: undefined, result: undefined });
  const busy = useRef(false);
  const run = useCallback(async (work: (progress: (p: ProgressEvent) => void) => Promise<T>): Promise<T | undefined> => {
    if (busy.current) return undefined;
    busy.current = true;
    setState({ running: true, progress: undefined, error: undefined, result: undefined });
    try {
      const result = await work((progress) => setState((s) => ({ ...s, progress })));
      setState({ running: false, progress: undefined, error: undefined, result });
      return result;
    } catch (error) {
      setState({ running: false, progress: undefined, error: error instanceof Error ? error.message : String(error), result: undefined });
      return undefined;
    } finally {
      busy.current = false;
    }
  }, []);
  const reset = useCallback(() => setState({ running: false, progress: undefined, error: undefined, result: undefined }), []);
  return { ...state, run, reset };
}
