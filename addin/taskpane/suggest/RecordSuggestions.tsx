import { Caption1, Field, Input } from "@fluentui/react-components";
import { useEffect } from "react";
import { usePanelStyles } from "../components/styles";
import { SuggestionList } from "./SuggestionList";
import { SuggestStatus } from "./SuggestStatus";
import { useAcceptedBy, useSheetSuggestions } from "./use-suggestions";

/** The suggestions for the one record on a sheet row, to accept or reject where the note was shown. */
export function RecordSuggestions({ sheet, row }: { sheet: string; row: number }) {
  const styles = usePanelStyles();
  const [by, setBy] = useAcceptedBy();
  const { suggesting, deciding, suggest, decide } = useSheetSuggestions();
  useEffect(() => {
    void suggest({ at: { sheet, row } });
    // One record, read when opened; decisions read it again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sheet, row]);
  const records = suggesting.result?.records ?? [];
  return (
    <div className={styles.item}>
      <SuggestStatus suggesting={suggesting} deciding={deciding} />
      {suggesting.result && records.length === 0 && <Caption1>No suggestion scores high enough for this record; add words to its description or type the references.</Caption1>}
      {records.length > 0 && (
        <>
          <Field label="Accepted by" size="small">
            <Input size="small" value={by} onChange={(_, d) => setBy(d.value)} />
          </Field>
          <SuggestionList records={records} disabled={suggesting.running || deciding.running} onDecide={(d) => void decide(d, by)} />
        </>
      )}
    </div>
  );
}
