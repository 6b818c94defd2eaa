import { Field, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar } from "@fluentui/react-components";
import type { ProgressEvent } from "../../port/workbook-port";

/** Progress while an operation runs; its error afterwards. Announced to screen readers. */
export function OperationStatus(props: { running: boolean; progress: ProgressEvent | undefined; error: string | undefined; label: string }) {
  const { running, progress, error, label } = props;
  return (
    <div aria-live="polite">
      {running && (
        <Field validationMessage={progress?.label ?? `${label}…`} validationState="none">
          <ProgressBar
            aria-label={label}
            {...(progress && progress.total > 0 ? { value: progress.done / progress.total } : {})}
          />
        </Field>
      )}
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{label} failed</MessageBarTitle>
            {error}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
