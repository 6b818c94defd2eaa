import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Switch,
  Text,
} from "@fluentui/react-components";
import { useState } from "react";
import { parseA1 } from "../../port/workbook-plan";
import type { HighlightMark } from "../../port/workbook-port";
import type { Issue, Severity } from "../../services/issue";
import { validateWorkbook } from "../../services/validator";
import { recordInJournal } from "../../services/workflow-journal";
import { OperationStatus } from "../components/OperationStatus";
import { usePanelStyles } from "../components/styles";
import { useOperation } from "../components/use-operation";
import { useServices } from "../services";
import { LazyRecordSuggestions } from "../suggest/lazy";
import { REFERENCES_MISSING } from "../../../shared/validation/rules/missing-reference-rules";

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
const LABEL: Readonly<Record<Severity, string>> = { error: "Errors", warning: "Warnings", info: "Notes" };
const COLOR: Readonly<Record<Severity, "danger" | "warning" | "informative">> = { error: "danger", warning: "warning", info: "informative" };
/** Cell fills for highlighting, light enough to keep the text readable. */
export const HIGHLIGHT: Readonly<Record<Severity, string>> = { error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" };

export interface IssueGroup {
  readonly severity: Severity;
  readonly count: number;
  readonly sheets: readonly { readonly sheet: string; readonly issues: readonly Issue[] }[];
}

/** Issues grouped by severity, then sheet, in the order the rules return them. */
export function groupIssues(issues: readonly Issue[]): IssueGroup[] {
  return SEVERITIES.flatMap((severity) => {
    const of = issues.filter((i) => i.severity === severity);
    if (of.length === 0) return [];
    const sheets = [...new Set(of.map((i) => i.sheet))].map((sheet) => ({ sheet, issues: of.filter((i) => i.sheet === sheet) }));
    return [{ severity, count: of.length, sheets }];
  });
}

export function ValidatePanel() {
  const styles = usePanelStyles();
  const services = useServices();
  const { port, validator } = services;
  const check = useOperation<readonly Issue[]>();
  const highlight = useOperation<void>();
  const select = useOperation<void>();
  const [highlighted, setHighlighted] = useState(false);
  // The note whose record's suggestions are open (sheet!cell).
  const [suggestingFor, setSuggestingFor] = useState<string | undefined>();

  const run = () =>
    check.run(async (progress) => {
      const rules = await validator();
      const issues = await validateWorkbook(port, rules, (sheets) => progress({ done: 0, total: 1, label: `Reading and checking ${sheets} sheets` }));
      if (highlighted) await applyHighlights(issues);
      recordInJournal(services.store, {
        validated: { at: services.now().toISOString(), errors: issues.filter((i) => i.severity === "error").length, warnings: issues.filter((i) => i.severity === "warning").length },
      });
      return issues;
    });

  const applyHighlights = async (issues: readonly Issue[]) => {
    // The most severe issue of a cell decides its colour.
    const marks = new Map<string, HighlightMark>();
    for (const severity of SEVERITIES) {
      for (const issue of issues.filter((i) => i.severity === severity)) {
        const at = parseA1(issue.cell);
        const key = `${issue.sheet}!${issue.cell}`;
        if (at && !marks.has(key)) marks.set(key, { ref: { sheet: issue.sheet, ...at }, color: HIGHLIGHT[severity] });
      }
    }
    await port.setHighlights([...marks.values()]);
  };

  const toggleHighlight = (on: boolean) => {
    setHighlighted(on);
    void highlight.run(async () => {
      if (on) await applyHighlights(check.result ?? []);
      else await port.clearHighlights();
    });
  };

  const groups = check.result ? groupIssues(check.result) : [];
  return (
    <section className={styles.panel} aria-labelledby="validate-heading">
      <Text as="h2" id="validate-heading" weight="semibold" size={400}>
        Validate
      </Text>
      <Text className={styles.muted}>Checks the Crosswalk sheets and lists what needs attention. Select an issue to go to its cell.</Text>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void run()} disabled={check.running}>
          Run checks
        </Button>
        <Switch label="Highlight in the sheet" checked={highlighted} onChange={(_, d) => toggleHighlight(d.checked)} disabled={highlight.running} />
      </div>
      <OperationStatus running={check.running} progress={check.progress} error={check.error} label="Validation" />
      <OperationStatus running={highlight.running} progress={highlight.progress} error={highlight.error} label="Highlighting" />
      <OperationStatus running={false} progress={undefined} error={select.error} label="Selecting the cell" />
      {check.result && check.result.length === 0 && (
        <MessageBar intent="success">
          <MessageBarBody>No issues found.</MessageBarBody>
        </MessageBar>
      )}
      {groups.length > 0 && (
        <>
          <div className={styles.row} aria-label="Issue counts">
            {groups.map((g) => (
              <Badge key={g.severity} color={COLOR[g.severity]} appearance="filled">
                {`${g.count} ${LABEL[g.severity].toLowerCase()}`}
              </Badge>
            ))}
          </div>
          <Accordion multiple collapsible defaultOpenItems={groups.map((g) => g.severity)}>
            {groups.map((g) => (
              <AccordionItem key={g.severity} value={g.severity}>
                <AccordionHeader>
                  {LABEL[g.severity]} ({g.count})
                </AccordionHeader>
                <AccordionPanel>
                  {g.sheets.map((s) => (
                    <div key={s.sheet}>
                      <Text weight="semibold">
                        {s.sheet} ({s.issues.length})
                      </Text>
                      <ul className={styles.list}>
                        {s.issues.map((issue, i) => (
                          <li key={`${issue.code}-${issue.cell}-${i}`} className={styles.item}>
                            <Button
                              appearance="subtle"
                              size="small"
                              style={{ justifyContent: "flex-start", textAlign: "left", height: "auto" }}
                              onClick={() =>
                                void select.run(async () => {
                                  const at = parseA1(issue.cell);
                                  if (at && issue.sheet !== "") await port.selectCell({ sheet: issue.sheet, ...at });
                                })
                              }
                            >
                              {issue.cell}: {issue.message}
                            </Button>
                            {issue.hint && <Caption1 className={styles.muted}>{issue.hint}</Caption1>}
                            {issue.code === REFERENCES_MISSING && <SuggestAction issue={issue} open={suggestingFor === `${issue.sheet}!${issue.cell}`} onToggle={setSuggestingFor} />}
                          </li>
                        ))}
                      </ul>
                    </div>
                  ))}
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>
        </>
      )}
    </section>
  );
}

/** "Suggest references" on a note about a record without references: its suggestions open below it. */
function SuggestAction({ issue, open, onToggle }: { issue: Issue; open: boolean; onToggle: (key: string | undefined) => void }) {
  const at = parseA1(issue.cell);
  if (!at) return null;
  return (
    <>
      <Button size="small" appearance="secondary" style={{ alignSelf: "flex-start" }} aria-expanded={open} onClick={() => onToggle(open ? undefined : `${issue.sheet}!${issue.cell}`)}>
        {open ? "Hide suggestions" : "Suggest references"}
      </Button>
      {open && <LazyRecordSuggestions sheet={issue.sheet} row={at.row} />}
    </>
  );
}
