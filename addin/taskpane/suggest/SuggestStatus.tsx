import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { OperationStatus } from "../components/OperationStatus";
import { decidedSentence } from "./decided-sentence";
import type { useSheetSuggestions } from "./use-suggestions";

type SheetSuggestions = ReturnType<typeof useSheetSuggestions>;

/** Progress of suggesting and of writing decisions, and what the last write decided. */
export function SuggestStatus({ suggesting, deciding }: Pick<SheetSuggestions, "suggesting" | "deciding">) {
  return (
    <>
      <OperationStatus running={suggesting.running} progress={suggesting.progress} error={suggesting.error} label="Suggesting" />
      <OperationStatus running={deciding.running} progress={deciding.progress} error={deciding.error} label="Writing the decisions" />
      {deciding.result && (
        <MessageBar intent={deciding.result.problems.length > 0 ? "warning" : "success"}>
          <MessageBarBody>{decidedSentence(deciding.result)}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
