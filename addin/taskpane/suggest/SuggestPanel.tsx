import { Button, Caption1, Dropdown, Field, Input, Option, SpinButton, Switch, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { SuggestionDecision } from "../../../shared/suggest/decide";
import { usePanelStyles } from "../components/styles";
import type { SuggestCollection } from "./sheet-suggestions";
import { SuggestionList } from "./SuggestionList";
import { SuggestStatus } from "./SuggestStatus";
import { loadSheetSuggestions, useAcceptedBy, useSheetSuggestions } from "./use-suggestions";

const SCOPES: readonly { readonly value: string; readonly label: string; readonly collections: readonly SuggestCollection[] }[] = [
  { value: "risks", label: "Risk Register", collections: ["risks"] },
  { value: "aiSystems", label: "AI Systems", collections: ["aiSystems"] },
  { value: "impactAssessments", label: "Impact Assessments", collections: ["impactAssessments"] },
  { value: "all", label: "All three sheets", collections: ["risks", "aiSystems", "impactAssessments"] },
];

/**
 * "Suggest references": ranked AI RMF subcategories, ISO 42001 controls, AI 600-1 risks and
 * trustworthiness characteristics per record of the Risk Register (or the AI Systems and Impact
 * Assessments sheets), from the record's own words; accept or reject each, a record's all, or
 * everything above a score.
 */
export function SuggestPanel() {
  const styles = usePanelStyles();
  const [scope, setScope] = useState("risks");
  const [onlyUnreferenced, setOnlyUnreferenced] = useState(true);
  const [threshold, setThreshold] = useState(0.5);
  const [by, setBy] = useAcceptedBy();
  const { suggesting, deciding, suggest, decide } = useSheetSuggestions();
  const chosen = SCOPES.find((s) => s.value === scope) ?? SCOPES[0]!;
  const result = suggesting.result;
  const above = result?.records.flatMap((r) => r.suggestions).filter((s) => s.score >= threshold).length ?? 0;
  const busy = suggesting.running || deciding.running;

  const onDecide = (decisions: SuggestionDecision[]) => void decide(decisions, by);
  const acceptAbove = async () => {
    if (!result) return;
    const { acceptAtOrAbove } = await loadSheetSuggestions();
    await decide(acceptAtOrAbove(result.records, threshold), by);
  };

  return (
    <section className={styles.panel} aria-labelledby="suggest-heading">
      <Text as="h2" id="suggest-heading" weight="semibold" size={400}>
        Suggest references
      </Text>
      <Text className={styles.muted}>
        Finds the AI RMF subcategories, ISO 42001 controls, AI 600-1 risks and trustworthiness characteristics a record&apos;s own words point to. What you accept goes into
        that row&apos;s reference columns, marked as accepted suggestions; no other cell changes.
      </Text>
      <Field label="Sheet">
        <Dropdown value={chosen.label} selectedOptions={[chosen.value]} onOptionSelect={(_, d) => setScope(d.optionValue ?? "risks")}>
          {SCOPES.map((s) => (
            <Option key={s.value} value={s.value}>
              {s.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Switch label="Only records without references" checked={onlyUnreferenced} onChange={(_, d) => setOnlyUnreferenced(d.checked)} />
      <Field label="Accepted by" hint="Written in Suggestions Accepted By (the API key's name once connected).">
        <Input value={by} onChange={(_, d) => setBy(d.value)} />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={() => void suggest({ collections: chosen.collections, onlyUnreferenced })}>
          Suggest
        </Button>
      </div>
      <SuggestStatus suggesting={suggesting} deciding={deciding} />
      {result && (
        <>
          <Caption1 aria-live="polite">{`${result.records.length} of ${result.considered} record${result.considered === 1 ? "" : "s"} with suggestions.`}</Caption1>
          {result.records.length > 0 && (
            <div className={styles.row}>
              <Field label="Accept everything scoring at least">
                <SpinButton min={0} max={1} step={0.05} value={threshold} displayValue={threshold.toFixed(2)} onChange={(_, d) => setThreshold(clampScore(d.value ?? Number(d.displayValue), threshold))} />
              </Field>
              <Button disabled={busy || above === 0} onClick={() => void acceptAbove()}>{`Accept ${above}`}</Button>
            </div>
          )}
          <SuggestionList records={result.records} disabled={busy} onDecide={onDecide} />
        </>
      )}
    </section>
  );
}

function clampScore(value: number | null | undefined, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) ? Math.min(1, Math.max(0, Math.round(value * 100) / 100)) : fallback;
}
