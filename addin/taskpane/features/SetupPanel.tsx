import { Badge, Button, Checkbox, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { SetupOutcome, SetupReport, WorkbookPlan } from "../../port/workbook-plan";
import { LISTS_KIND } from "../../port/workbook-plan";
import { OperationStatus } from "../components/OperationStatus";
import { usePanelStyles } from "../components/styles";
import { useOperation } from "../components/use-operation";
import { useServices } from "../services";

interface Conflict {
  readonly sheet: string;
}

/** Sheets the plan would create whose names are taken by sheets Crosswalk did not make. */
export function conflictsOf(plan: WorkbookPlan, sheets: readonly { name: string; crosswalkKind?: string }[]): Conflict[] {
  const wanted = [...plan.sheets.map((s) => ({ name: s.name, kind: s.kind })), { name: plan.listsSheet, kind: LISTS_KIND }];
  return wanted.flatMap((w) => {
    const existing = sheets.find((s) => s.name.toLowerCase() === w.name.toLowerCase());
    return existing && existing.crosswalkKind !== w.kind ? [{ sheet: existing.name }] : [];
  });
}

export function SetupPanel() {
  const styles = usePanelStyles();
  const { port, plan } = useServices();
  const op = useOperation<SetupReport>();
  const [conflicts, setConflicts] = useState<Conflict[] | undefined>();
  const [consent, setConsent] = useState<ReadonlySet<string>>(new Set());

  const start = () =>
    op.run(async (progress) => {
      const [p, info] = await Promise.all([plan(), port.inspect()]);
      const found = conflictsOf(p, info.sheets);
      if (found.length > 0 && conflicts === undefined) {
        setConflicts(found);
        progress({ done: 0, total: 1, label: "Waiting for your choice" });
        return { sheets: [] };
      }
      setConflicts(undefined);
      return port.setUpWorkbook(p, { replace: [...consent], onProgress: progress });
    });

  const report = op.result && op.result.sheets.length > 0 ? op.result : undefined;
  return (
    <section className={styles.panel} aria-labelledby="setup-heading">
      <Text as="h2" id="setup-heading" weight="semibold" size={400}>
        Set up workbook
      </Text>
      <Text className={styles.muted}>
        Creates the Crosswalk sheets as Excel tables: AI Systems, Risk Register, Statement of Applicability (38 Annex A
        controls), Impact Assessments, AI RMF Profile (72 subcategories), the management-system records (AI policy,
        objectives, internal audits, management reviews, metrics, nonconformities) and a read-only Crosswalk reference.
        Running it again completes what is missing and never removes your data.
      </Text>
      {conflicts && conflicts.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <Text block weight="semibold">
              These sheets exist and were not made by Crosswalk. They are left alone unless you tick them: a ticked sheet is
              renamed (kept, with “(old)” added) and a new one is created.
            </Text>
            {conflicts.map((c) => (
              <Checkbox
                key={c.sheet}
                label={`Move “${c.sheet}” aside`}
                checked={consent.has(c.sheet)}
                onChange={(_, d) => {
                  const next = new Set(consent);
                  if (d.checked) next.add(c.sheet);
                  else next.delete(c.sheet);
                  setConsent(next);
                }}
              />
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void start()} disabled={op.running}>
          {conflicts ? "Continue set-up" : "Set up workbook"}
        </Button>
      </div>
      <OperationStatus running={op.running} progress={op.progress} error={op.error} label="Set-up" />
      {report && <SetupResult report={report} />}
    </section>
  );
}

function SetupResult({ report }: { report: SetupReport }) {
  const styles = usePanelStyles();
  return (
    <div>
      <Text as="h3" weight="semibold">
        Result
      </Text>
      <ul className={styles.list} aria-label="Set-up result">
        {report.sheets.map((s) => (
          <li key={s.sheet} className={styles.item}>
            <span className={styles.row}>
              <OutcomeBadge outcome={s} />
              <Text weight="semibold">{s.sheet}</Text>
            </span>
            <Text size={200} className={styles.muted}>
              {detail(s)}
            </Text>
          </li>
        ))}
      </ul>
    </div>
  );
}

function OutcomeBadge({ outcome }: { outcome: SetupOutcome }) {
  const color = outcome.outcome === "skipped" ? "warning" : outcome.outcome === "created" ? "success" : "informative";
  return (
    <Badge appearance="tint" color={color}>
      {outcome.outcome}
    </Badge>
  );
}

function detail(s: SetupOutcome): string {
  switch (s.outcome) {
    case "created":
      return "New table with dropdowns and formats.";
    case "completed":
      return s.columnsAdded.length === 0 && s.rowsAdded === 0
        ? "Already set up; formats refreshed."
        : `Added ${s.columnsAdded.length} column(s) and ${s.rowsAdded} row(s).`;
    case "skipped":
      return s.reason;
    case "replaced":
      return `Your sheet was kept as “${s.movedTo}”.`;
  }
}
