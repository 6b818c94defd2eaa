import { Button, MessageBar, MessageBarBody, Radio, RadioGroup, Text } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { WriteMode, WriteRecordsReport } from "../../../port/workbook-port";
import type { ImportPreview } from "../../../services/import-engine";
import { OperationStatus } from "../../components/OperationStatus";
import { ImportSuggestions, type ImportSuggestionsState } from "../../suggest/ImportSuggestions";
import { SetupBeforeWrite } from "./SetupBeforeWrite";
import type { ImportWriteState } from "./use-import-write";

/** How to write the previewed records, the Write button, and what the write did. */
export function WriteBar({ preview, state, suggested }: { preview: ImportPreview | undefined; state: ImportWriteState; suggested: ImportSuggestionsState }) {
  const { writing } = state;
  return (
    <>
      {preview && <ImportSuggestions state={suggested} />}
      {preview && state.target.target.state === "missing" ? (
        <SetupBeforeWrite preview={preview} state={state} needsMatrix={state.target.target.needsMatrix} suggesting={suggested.pending} />
      ) : (
        preview && <WriteChoice preview={preview} state={state} suggesting={suggested.pending} />
      )}
      <OperationStatus running={writing.running} progress={writing.progress} error={writing.error} label="Writing" />
      {writing.result && <WriteResult report={writing.result} />}
    </>
  );
}

function WriteChoice({ preview, state, suggesting }: { preview: ImportPreview; state: ImportWriteState; suggesting: boolean }) {
  const { overlap, mode, setMode, writing, written, write } = state;
  const present = overlap && overlap.present > 0 ? overlap : undefined;
  return (
    <section aria-label="Write">
      {present && <Text block>{`${present.present} of these ${present.total} ids are already in ${present.sheet}.`}</Text>}
      <RadioGroup value={mode} onChange={(_, d) => setMode(d.value as WriteMode)} aria-label="How to write">
        {present && (
          <Radio value="merge" label={mergeLabel(preview, present)} />
        )}
        <Radio value="append" label={present ? `Append all to ${preview.sheet} (the ${present.present} ids twice)` : `Append to ${preview.sheet}`} />
        <Radio value="replace" label={`Replace the rows of ${preview.sheet} (a copy of them is kept in a new sheet)`} />
      </RadioGroup>
      <Button appearance="primary" disabled={writing.running || written || preview.rows.length === 0 || suggesting} onClick={() => void write()}>
        {`Write ${preview.rows.length} records`}
      </Button>
    </section>
  );
}

function mergeLabel(preview: ImportPreview, present: { readonly idColumn: string; readonly present: number }): string {
  const adds = preview.filledCells && Object.values(preview.filledCells).includes("add-lines");
  const update = preview.filledCells
    ? `add to the ${present.present} rows already there (${adds ? "new lines below their own, " : ""}blank cells filled, nothing they hold replaced)`
    : `update the ${present.present} rows already there (only the columns imported)`;
  return `Merge by ${present.idColumn}: ${update}, append the rest`;
}

function WriteResult({ report }: { report: WriteRecordsReport }) {
  const shown = useRef<HTMLDivElement>(null);
  // The pane is taller than Excel's window after a long preview: the outcome must not stay below the fold.
  // Braces, not an expression: Chromium's scrollIntoView now returns a promise, and an effect may
  // return only its clean-up function.
  useEffect(() => {
    void shown.current?.scrollIntoView?.({ block: "nearest" });
  }, [report]);
  return (
    <MessageBar intent="success" ref={shown}>
      <MessageBarBody>
        {report.rowsUpdated !== undefined
          ? `Updated ${report.rowsUpdated} and added ${report.rowsWritten - report.rowsUpdated} records in ${report.sheet}`
          : `Wrote ${report.rowsWritten} records to ${report.sheet}`}
        {report.backupSheet ? `; the ${report.rowsReplaced} replaced rows are in “${report.backupSheet}”.` : "."}
      </MessageBarBody>
    </MessageBar>
  );
}
