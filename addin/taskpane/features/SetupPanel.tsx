import { Badge, Button, Caption1, Checkbox, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { RiskMatrix } from "../../../shared/scoring/matrix";
import { MATRIX_PRESETS, type MatrixPresetId } from "../../../shared/scoring/presets";
import type { SetupOutcome, SetupReport } from "../../port/workbook-plan";
import type { WorkbookMatrix } from "../../setup/workbook-matrix";
import { OperationStatus } from "../components/OperationStatus";
import { usePanelStyles } from "../components/styles";
import { useOperation } from "../components/use-operation";
import { useServices } from "../services";
import { type Conflict, conflictsOf, DEFAULT_CHOICE, describeMatrix } from "./setup-choices";
import { MatrixSelect } from "./MatrixSelect";

type MatrixLook = { readonly state: "reading" } | { readonly state: "known"; readonly found: WorkbookMatrix } | { readonly state: "unknown" };

interface SetupDone {
  readonly report: SetupReport;
  readonly matrix: RiskMatrix;
  /** The settings sheet set-up made, if it made one. */
  readonly settingsSheet?: string;
}

export function SetupPanel() {
  const styles = usePanelStyles();
  const { port, setup } = useServices();
  const op = useOperation<SetupDone>();
  const [conflicts, setConflicts] = useState<Conflict[] | undefined>();
  const [consent, setConsent] = useState<ReadonlySet<string>>(new Set());
  const [look, setLook] = useState<MatrixLook>({ state: "reading" });
  const [choice, setChoice] = useState<MatrixPresetId>(DEFAULT_CHOICE);

  // What the workbook's settings say, so the matrix choice is offered only where it applies. Set-up
  // reads them again when it runs: the workbook may have changed in between.
  useEffect(() => {
    let live = true;
    setup()
      .then((flow) => flow.readWorkbookMatrix(port))
      .then(
        (found) => live && setLook({ state: "known", found }),
        () => live && setLook({ state: "unknown" }),
      );
    return () => {
      live = false;
    };
  }, [port, setup]);

  const start = () =>
    op.run(async (progress): Promise<SetupDone> => {
      const flow = await setup();
      const prepared = await flow.prepareSetup(port, choice);
      setLook({ state: "known", found: prepared.found });
      const found = conflictsOf(prepared.plan, prepared.info.sheets);
      if (found.length > 0 && conflicts === undefined) {
        setConflicts(found);
        progress({ done: 0, total: 1, label: "Waiting for your choice" });
        return { report: { sheets: [] }, matrix: prepared.matrix };
      }
      setConflicts(undefined);
      const report = await port.setUpWorkbook(prepared.plan, { replace: [...consent], inspected: prepared.info, onProgress: progress });
      const made = prepared.plan.newSheets?.find((n) => report.sheets.some((s) => s.sheet === n.name && s.outcome === "created"));
      if (made) setLook({ state: "known", found: { source: "settings", sheet: made.name, matrix: prepared.matrix } });
      return { report, matrix: prepared.matrix, ...(made ? { settingsSheet: made.name } : {}) };
    });

  const done = op.result && op.result.report.sheets.length > 0 ? op.result : undefined;
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
      <MatrixChoice look={look} choice={choice} onChoose={setChoice} disabled={op.running} />
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
      {done && <SetupResult done={done} />}
    </section>
  );
}

/** The workbook's matrix as set-up will use it, or the choice of one where the workbook has none. */
function MatrixChoice({ look, choice, onChoose, disabled }: { look: MatrixLook; choice: MatrixPresetId; onChoose: (id: MatrixPresetId) => void; disabled: boolean }) {
  const styles = usePanelStyles();
  if (look.state === "reading") return <Caption1 className={styles.muted}>Reading the workbook’s risk matrix…</Caption1>;
  if (look.state === "known" && look.found.source === "settings") {
    const { matrix, sheet } = look.found;
    return (
      <div aria-label="Risk matrix" role="group">
        <Text block>
          Risk matrix: <Text weight="semibold">{matrix.name ?? matrix.id}</Text>, from the “{sheet}” sheet.
        </Text>
        <Caption1 block className={styles.muted}>
          {describeMatrix(matrix)}. The likelihood and impact dropdowns and the score and rating colours follow it; after
          changing it there, run set-up again.
        </Caption1>
      </div>
    );
  }
  if (look.state === "known" && look.found.source === "settings-unusable") {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>
          The “{look.found.sheet}” sheet is there but {look.found.problem}. Set-up uses the {look.found.matrix.name ?? look.found.matrix.id}{" "}
          matrix, as a push would; fix the matrix on that sheet and run set-up again.
        </MessageBarBody>
      </MessageBar>
    );
  }
  const chosen = MATRIX_PRESETS[choice];
  return (
    <MatrixSelect
      value={choice}
      disabled={disabled}
      onChoose={onChoose}
      hint={`${describeMatrix(chosen)}. ${look.state === "known" ? "Saved in a new" : "Saved, if the workbook has none, in a new"} “Crosswalk Settings” sheet, which push and validation read too.`}
    />
  );
}

function SetupResult({ done }: { done: SetupDone }) {
  const styles = usePanelStyles();
  return (
    <div>
      <Text as="h3" weight="semibold">
        Result
      </Text>
      <Caption1 block className={styles.muted}>
        Dropdowns and colours follow the {done.matrix.name ?? done.matrix.id} risk matrix.
      </Caption1>
      <ul className={styles.list} aria-label="Set-up result">
        {done.report.sheets.map((s) => (
          <li key={s.sheet} className={styles.item}>
            <span className={styles.row}>
              <OutcomeBadge outcome={s} />
              <Text weight="semibold">{s.sheet}</Text>
            </span>
            <Text size={200} className={styles.muted}>
              {s.sheet === done.settingsSheet ? `Holds the risk matrix (${done.matrix.name ?? done.matrix.id}); Settings adds the team and workbook ids.` : detail(s)}
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
