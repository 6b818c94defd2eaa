import { Badge, Caption1, Text } from "@fluentui/react-components";
import type { Issue } from "../../../services/issue";
import { usePanelStyles } from "../../components/styles";

const SHOWN_ISSUES = 50;

/** A count's badge colour: nothing wrong is good news, in the success colour, never red. */
export function countColor(severity: Issue["severity"], count: number): "danger" | "warning" | "informative" | "success" {
  if (count === 0) return "success";
  return severity === "error" ? "danger" : severity === "warning" ? "warning" : "informative";
}

/** Counts of errors, warnings and notes. */
export function IssueBadges({ issues }: { issues: readonly Issue[] }) {
  const styles = usePanelStyles();
  const counts = { error: 0, warning: 0, info: 0 };
  for (const i of issues) counts[i.severity]++;
  return (
    <div className={styles.row}>
      <Badge color={countColor("error", counts.error)}>{`${counts.error} errors`}</Badge>
      <Badge color={countColor("warning", counts.warning)}>{`${counts.warning} warnings`}</Badge>
      <Badge color="informative">{`${counts.info} notes`}</Badge>
    </div>
  );
}

export function PreviewIssueList({ issues, label = "Import issues" }: { issues: readonly Issue[]; label?: string }) {
  const styles = usePanelStyles();
  if (issues.length === 0) return null;
  return (
    <ul className={styles.list} aria-label={label}>
      {issues.slice(0, SHOWN_ISSUES).map((i, n) => (
        <li key={n} className={styles.item}>
          <Text size={200}>
            <Badge size="small" color={i.severity === "error" ? "danger" : i.severity === "warning" ? "warning" : "informative"}>
              {i.severity}
            </Badge>{" "}
            {i.cell}: {i.message}
          </Text>
        </li>
      ))}
      {issues.length > SHOWN_ISSUES && <Caption1>{`Showing ${SHOWN_ISSUES} of ${issues.length.toLocaleString("en-US")} issues; Validate lists them all after writing.`}</Caption1>}
    </ul>
  );
}
