import { Badge, Button, Caption1, Text } from "@fluentui/react-components";
import type { Issue } from "../../../shared/issues/issue";
import { parseA1 } from "../../port/workbook-plan";
import { usePanelStyles } from "../components/styles";
import { useServices } from "../services";

const SHOWN = 20;

/** Errors and warnings of a snapshot build, errors first; selecting one selects its cell. */
export function IssueList({ issues }: { issues: readonly Issue[] }) {
  const styles = usePanelStyles();
  const { port } = useServices();
  const errors = issues.filter((i) => i.severity === "error");
  const warnings = issues.filter((i) => i.severity === "warning");
  if (errors.length + warnings.length === 0) return null;
  const go = (issue: Issue) => {
    const at = parseA1(issue.cell);
    if (at) void port.selectCell({ sheet: issue.sheet, ...at }).catch(() => undefined);
  };
  return (
    <div>
      <div className={styles.row}>
        {errors.length > 0 && <Badge color="danger">{`${errors.length} error${errors.length === 1 ? "" : "s"}`}</Badge>}
        {warnings.length > 0 && <Badge color="warning">{`${warnings.length} warning${warnings.length === 1 ? "" : "s"}`}</Badge>}
      </div>
      <ul className={styles.list} aria-label="Workbook issues">
        {[...errors, ...warnings].slice(0, SHOWN).map((issue, index) => (
          <li key={`${issue.sheet}!${issue.cell}:${issue.code}:${index}`} className={styles.item}>
            <Button appearance="transparent" size="small" onClick={() => go(issue)} style={{ justifyContent: "flex-start", textAlign: "left", minWidth: 0, padding: 0 }}>
              <Text size={200}>
                <Text weight="semibold" size={200}>{`${issue.severity === "error" ? "Error" : "Warning"} · ${issue.sheet}!${issue.cell}:`}</Text>{" "}
                {issue.message}
              </Text>
            </Button>
            {issue.hint && <Caption1 className={styles.muted}>{issue.hint}</Caption1>}
          </li>
        ))}
      </ul>
      {errors.length + warnings.length > SHOWN && <Caption1>{`and ${errors.length + warnings.length - SHOWN} more (Validate lists them all)`}</Caption1>}
    </div>
  );
}
