import { Badge, Caption1, Dropdown, Field, MessageBar, MessageBarBody, Option } from "@fluentui/react-components";
import type { ImportAnalysis, ImportEngine } from "../../../services/import-engine";
import { usePanelStyles } from "../../components/styles";
import { confidenceLook } from "./confidence";

/** What the sheet holds, as detected (with how sure), or as the user chooses it. */
export function KindChoice({ engine, analysis, onKind }: { engine: ImportEngine; analysis: ImportAnalysis; onKind: (kind: string) => void }) {
  const styles = usePanelStyles();
  return (
    <>
      {analysis.kind === "unknown" && (
        <MessageBar intent="warning">
          <MessageBarBody>{analysis.explanation ?? "This sheet was not recognised."} Choose what it holds to map it by hand.</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Field label="Detected kind">
          <Dropdown
            placeholder="Choose what the sheet holds"
            value={engine.kinds.find((k) => k.kind === analysis.kind)?.label ?? ""}
            selectedOptions={analysis.kind === "unknown" ? [] : [analysis.kind]}
            onOptionSelect={(_, d) => onKind(d.optionValue ?? analysis.kind)}
          >
            {engine.kinds.map((k) => (
              <Option key={k.kind} value={k.kind}>
                {k.label}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <KindConfidence confidence={analysis.kindConfidence} />
      </div>
      {analysis.explanation && analysis.kind !== "unknown" && <Caption1 block>{analysis.explanation}</Caption1>}
    </>
  );
}

function KindConfidence({ confidence }: { confidence: number }) {
  const look = confidenceLook(confidence);
  return (
    <Badge appearance={look.appearance} color={look.color} data-confidence={look.level}>
      {`${Math.round(confidence * 100)}% ${look.word}`}
    </Badge>
  );
}
