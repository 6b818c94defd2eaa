import { Caption1, Field, SpinButton, Switch } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { ImportPreview } from "../../services/import-engine";
import { OperationStatus } from "../components/OperationStatus";
import { usePanelStyles } from "../components/styles";
import type { ImportSuggestions as Suggested } from "./import-suggestions";
import { useAcceptedBy } from "./use-suggestions";

const DEFAULT_IMPORT_MIN = 0.5;

/**
 * The Import preview's "Suggest references": while on, `toWrite(preview)` gives the preview with
 * each record's suggestions at or above the chosen score accepted into its rows (source
 * "suggested, accepted", by the pane's user); off, or for another preview, the preview itself.
 */
export function useImportSuggestions(preview: ImportPreview | undefined) {
  const [on, setOn] = useState(false);
  const [minScore, setMinScore] = useState(DEFAULT_IMPORT_MIN);
  const [by] = useAcceptedBy(on);
  const [made, setMade] = useState<{ readonly for: ImportPreview; readonly suggested: Suggested } | undefined>();
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    setMade(undefined);
    setError(undefined);
    if (!on || !preview) return;
    // The newest preview and score win: an answer for older ones is dropped.
    let live = true;
    import("./import-suggestions")
      .then(({ suggestIntoPreview }) => suggestIntoPreview(preview, { minScore, by: by.trim() === "" ? undefined : by }))
      .then(
        (suggested) => live && setMade({ for: preview, suggested }),
        (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
      );
    return () => {
      live = false;
    };
  }, [on, preview, minScore, by]);
  const current = made && made.for === preview ? made.suggested : undefined;
  const toWrite = (p: ImportPreview): ImportPreview => (on && made && made.for === p ? made.suggested.preview : p);
  // Writing while suggestions are still being made would write the rows without them.
  const pending = on && preview !== undefined && !current && !error;
  return { on, setOn, minScore, setMinScore, current, error, toWrite, pending };
}

export type ImportSuggestionsState = ReturnType<typeof useImportSuggestions>;

/** The switch, the score and what will be written, under the preview. */
export function ImportSuggestions({ state }: { state: ImportSuggestionsState }) {
  const styles = usePanelStyles();
  const { on, setOn, minScore, setMinScore, current, error, pending } = state;
  return (
    <section aria-label="Suggested references" className={styles.item}>
      <Switch label="Suggest references" checked={on} onChange={(_, d) => setOn(d.checked)} />
      {on && (
        <Field label="Accept suggestions scoring at least">
          <SpinButton
            min={0}
            max={1}
            step={0.05}
            value={minScore}
            displayValue={minScore.toFixed(2)}
            onChange={(_, d) => {
              const v = d.value ?? Number(d.displayValue);
              if (typeof v === "number" && Number.isFinite(v)) setMinScore(Math.min(1, Math.max(0, Math.round(v * 100) / 100)));
            }}
          />
        </Field>
      )}
      <OperationStatus running={pending} progress={undefined} error={error} label="Suggesting references" />
      {on && current?.unavailable && <Caption1>{current.unavailable}</Caption1>}
      {on && current && !current.unavailable && (
        <>
          <Caption1 aria-live="polite">{`${current.accepted} suggested reference${current.accepted === 1 ? "" : "s"} for ${current.records.length} record${current.records.length === 1 ? "" : "s"} will be written as accepted suggestions.`}</Caption1>
          <ul className={styles.list} aria-label="References to be written">
            {current.records.map((r) => (
              <li key={r.id}>
                <Caption1>{`${r.id}: ${r.targets.map((t) => t.slice(t.indexOf(":") + 1)).join(", ")}`}</Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
