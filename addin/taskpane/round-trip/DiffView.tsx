import { Caption1, Text } from "@fluentui/react-components";
import type { DiffSummary, ModifiedLine } from "../../services/round-trip";
import { usePanelStyles } from "../components/styles";

const MAX_IDS = 12;

function ids(list: readonly string[]): string {
  return list.length <= MAX_IDS ? list.join(", ") : `${list.slice(0, MAX_IDS).join(", ")} and ${list.length - MAX_IDS} more`;
}

/**
 * What changed between two versions, per collection, with ids and changed fields; with `values`,
 * also each changed field's old → new value (History), for the first records changed.
 */
export function DiffView({ diff, label, values = false }: { diff: DiffSummary; label: string; values?: boolean }) {
  const styles = usePanelStyles();
  if (diff.total === 0) return <Text>No differences.</Text>;
  return (
    <ul className={styles.list} aria-label={label}>
      {diff.workbook.length > 0 && (
        <li className={styles.item}>
          <Text weight="semibold">Workbook details</Text>
          <Caption1>{diff.workbook.join(", ")} changed</Caption1>
        </li>
      )}
      {diff.matrix.length > 0 && (
        <li className={styles.item}>
          <Text weight="semibold">Risk matrix</Text>
          <Caption1>{diff.matrix.join(", ")} changed</Caption1>
        </li>
      )}
      {diff.lines.map((line) => (
        <li key={line.collection} className={styles.item}>
          <Text weight="semibold">
            {line.label}: {[line.added.length && `${line.added.length} added`, line.modified.length && `${line.modified.length} changed`, line.removed.length && `${line.removed.length} removed`].filter(Boolean).join(", ")}
          </Text>
          {line.added.length > 0 && <Caption1>Added: {ids(line.added)}</Caption1>}
          {line.modified.length > 0 && (
            <Caption1>
              Changed: {line.modified.slice(0, MAX_IDS).map((m) => `${m.id} (${m.fields.join(", ")})`).join("; ")}
              {line.modified.length > MAX_IDS ? ` and ${line.modified.length - MAX_IDS} more` : ""}
            </Caption1>
          )}
          {values && line.modified.length > 0 && <ChangedValues label={line.label} modified={line.modified} />}
          {line.removed.length > 0 && <Caption1>Removed: {ids(line.removed)}</Caption1>}
        </li>
      ))}
    </ul>
  );
}

/** One line per changed field: "CR-R01 · owner: Ana → Ben". */
function ChangedValues({ label, modified }: { label: string; modified: readonly ModifiedLine[] }) {
  const styles = usePanelStyles();
  return (
    <ul className={styles.list} aria-label={`${label}: old and new values`}>
      {modified.slice(0, MAX_IDS).flatMap((m) =>
        m.values.map((value, i) => (
          <li key={`${m.id}\u0000${m.fields[i] ?? i}`}>
            <Caption1>{`${m.id} · ${value}`}</Caption1>
          </li>
        )),
      )}
    </ul>
  );
}
