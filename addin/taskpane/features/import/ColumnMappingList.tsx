import { Badge, Dropdown, Field, Option } from "@fluentui/react-components";
import type { ColumnMapping, ImportAnalysis } from "../../../services/import-engine";
import { usePanelStyles } from "../../components/styles";
import { confidenceLook } from "./confidence";

const IGNORE = "__ignore__";

/** One field picker per source column that has a header, with how sure the guess is. */
export function ColumnMappingList({ analysis, onField }: { analysis: ImportAnalysis; onField: (column: number, field: string | null) => void }) {
  const styles = usePanelStyles();
  return (
    <ul className={styles.list} aria-label="Column mapping">
      {analysis.columns
        .filter((c) => c.header.trim() !== "")
        .map((c) => (
          <li key={c.key} className={styles.item}>
            <ColumnField column={c} analysis={analysis} onField={onField} />
          </li>
        ))}
    </ul>
  );
}

function ColumnField({ column: c, analysis, onField }: { column: ColumnMapping; analysis: ImportAnalysis; onField: (column: number, field: string | null) => void }) {
  const styles = usePanelStyles();
  const header = c.header.replace(/\s+/g, " ");
  return (
    <Field label={header}>
      <div className={styles.row}>
        <Dropdown
          aria-label={`Field for column ${header}`}
          value={c.field ? (analysis.fields.find((f) => f.name === c.field)?.label ?? c.field) : "Ignore"}
          selectedOptions={[c.field ?? IGNORE]}
          onOptionSelect={(_, d) => onField(c.column, d.optionValue === IGNORE ? null : (d.optionValue ?? null))}
          style={{ minWidth: 0, flex: "1 1 140px" }}
        >
          <Option value={IGNORE}>Ignore</Option>
          {analysis.fields.map((f) => (
            <Option key={f.name} value={f.name}>
              {f.label}
            </Option>
          ))}
        </Dropdown>
        {c.field && <ColumnConfidence confidence={c.confidence} />}
      </div>
    </Field>
  );
}

function ColumnConfidence({ confidence }: { confidence: number }) {
  const look = confidenceLook(confidence);
  const percent = `${Math.round(confidence * 100)}%`;
  return (
    <Badge appearance={look.appearance} color={look.color} data-confidence={look.level} title={`${percent}: ${look.word}`} aria-label={`${percent}, ${look.word}`}>
      {percent}
    </Badge>
  );
}
