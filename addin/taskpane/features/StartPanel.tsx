import { Badge, Button, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { loadApiSettings } from "../../services/api-settings";
import { readJournal } from "../../services/workflow-journal";
import { nextStep, STEP_PANEL, type WorkflowStep, workflowSteps } from "../../services/workflow-status";
import { OperationStatus } from "../components/OperationStatus";
import { usePanelStyles } from "../components/styles";
import { useOperation } from "../components/use-operation";
import { useNavigate } from "../navigation/navigate";
import { useServices } from "../services";

const useStyles = makeStyles({
  step: {
    display: "grid",
    gridTemplateColumns: "auto 1fr auto",
    alignItems: "start",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  next: { backgroundColor: tokens.colorBrandBackground2, borderRadius: tokens.borderRadiusMedium, paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  number: { minWidth: "20px" },
});

/**
 * Start: where this workbook stands in the workflow and the one thing to do next, each step a click
 * away from its panel. Read afresh each time the view opens (the workbook may have changed).
 */
export function StartPanel() {
  const styles = usePanelStyles();
  const own = useStyles();
  const services = useServices();
  const navigate = useNavigate();
  const [steps, setSteps] = useState<WorkflowStep[] | undefined>();
  const look = useOperation<void>();

  const { run } = look;
  const refresh = useCallback(
    () =>
      run(async () => {
        const workbook = await services.port.inspect();
        setSteps(workflowSteps({ workbook, connected: loadApiSettings(services.store) !== undefined, journal: readJournal(services.store) }));
      }),
    [run, services],
  );
  useEffect(() => void refresh(), [refresh]);

  const next = steps && nextStep(steps);
  return (
    <section className={styles.panel} aria-labelledby="start-heading">
      <Text as="h2" id="start-heading" weight="semibold" size={400}>
        Start
      </Text>
      <Caption1 className={styles.muted}>
        One workbook for NIST AI RMF and ISO/IEC 42001: set it up, bring in your records, check them, then share them with your organisation.
      </Caption1>
      <OperationStatus running={look.running && !steps} progress={look.progress} error={look.error} label="Reading the workbook" />
      {steps && (
        <>
          <Text weight="semibold" aria-live="polite">
            {next ? `Next: ${next.title.toLowerCase()}.` : "All done. Check again after changes, then share the new version."}
          </Text>
          <ol className={styles.list} aria-label="Workflow">
            {steps.map((step, i) => {
              const isNext = step.id === next?.id;
              return (
                <li key={step.id} className={`${own.step}${isNext ? ` ${own.next}` : ""}`} aria-current={isNext ? "step" : undefined}>
                  <Text className={own.number} weight="semibold">
                    {i + 1}.
                  </Text>
                  <div className={styles.item}>
                    <Text weight={isNext ? "semibold" : "regular"}>
                      {step.title}{" "}
                      {step.done && (
                        <Badge appearance="tint" color="success" size="small">
                          Done
                        </Badge>
                      )}
                    </Text>
                    <Caption1 className={styles.muted}>{step.status}</Caption1>
                  </div>
                  <Button
                    size="small"
                    appearance={isNext ? "primary" : "subtle"}
                    onClick={() => navigate(STEP_PANEL[step.id])}
                    aria-label={`Open: ${step.title}`}
                  >
                    Open
                  </Button>
                </li>
              );
            })}
          </ol>
          <div className={styles.row}>
            <Button size="small" onClick={() => void refresh()} disabled={look.running}>
              Check again
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
