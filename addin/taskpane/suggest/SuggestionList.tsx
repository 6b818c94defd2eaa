import { Badge, Button, Caption1, Text } from "@fluentui/react-components";
import type { SuggestionDecision } from "../../../shared/suggest/decide";
import type { Suggestion } from "../../../shared/suggest/suggester";
import type { TargetKind } from "../../../shared/suggest/target";
import { usePanelStyles } from "../components/styles";
import type { SheetRecordSuggestions } from "./sheet-suggestions";

const KIND_LABEL: Readonly<Record<TargetKind, string>> = { "ai-rmf": "AI RMF", iso42001: "ISO 42001", "genai-risk": "AI 600-1", trustworthiness: "Trustworthy AI" };

/** What a person reads for a target: the bare id where there is one (`MAP 1.1`, `A.6.2.4`), then the short title. */
export function targetLabel(s: Suggestion): string {
  const ref = s.target.slice(s.target.indexOf(":") + 1);
  return s.kind === "ai-rmf" || s.kind === "iso42001" ? `${ref} — ${s.title}` : s.title;
}

const decision = (r: SheetRecordSuggestions, target: string, verdict: SuggestionDecision["verdict"]): SuggestionDecision => ({ collection: r.collection, id: r.id, target, verdict });

/**
 * Per record, its ranked suggestions with score and matched words, each to accept or reject,
 * and "Accept all" for the record. One column, so it reads at the task pane's 320 px.
 */
export function SuggestionList(props: { records: readonly SheetRecordSuggestions[]; disabled: boolean; onDecide: (decisions: SuggestionDecision[]) => void }) {
  const styles = usePanelStyles();
  const { records, disabled, onDecide } = props;
  return (
    <ul className={styles.list} aria-label="Suggested references">
      {records.map((r) => (
        <li key={`${r.collection}:${r.id}`} className={styles.item} aria-label={`Suggestions for ${r.id}`}>
          <Text weight="semibold">{`${r.id} — ${r.title}`}</Text>
          <div className={styles.row}>
            <Caption1 className={styles.muted}>{`${r.sheet}, row ${r.row + 1}`}</Caption1>
            <Button size="small" disabled={disabled} onClick={() => onDecide(r.suggestions.map((s) => decision(r, s.target, "accept")))} aria-label={`Accept all ${r.suggestions.length} for ${r.id}`}>
              {`Accept all (${r.suggestions.length})`}
            </Button>
          </div>
          <ul className={styles.list}>
            {r.suggestions.map((s) => (
              <li key={s.target} className={styles.item}>
                <Text>{targetLabel(s)}</Text>
                <div className={styles.row}>
                  <Badge appearance="outline">{KIND_LABEL[s.kind]}</Badge>
                  <Badge appearance="tint" color="informative" title="How strongly the record's words point here (0–1), not a probability">
                    {s.score.toFixed(2)}
                  </Badge>
                  {s.matched.length > 0 && <Caption1 className={styles.muted}>{`matched: ${s.matched.join(", ")}`}</Caption1>}
                </div>
                {s.via && s.via.length > 0 && <Caption1 className={styles.muted}>{`via ${s.via.map((v) => v.slice(v.indexOf(":") + 1)).join(", ")}`}</Caption1>}
                <div className={styles.row}>
                  <Button size="small" appearance="primary" disabled={disabled} onClick={() => onDecide([decision(r, s.target, "accept")])} aria-label={`Accept ${s.target} for ${r.id}`}>
                    Accept
                  </Button>
                  <Button size="small" disabled={disabled} onClick={() => onDecide([decision(r, s.target, "reject")])} aria-label={`Reject ${s.target} for ${r.id}`}>
                    Reject
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
