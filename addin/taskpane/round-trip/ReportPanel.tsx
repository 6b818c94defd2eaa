import { Button, Caption1, Checkbox, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import { useState } from "react";
import { REPORT_SHEET } from "../../../shared/workbook-snapshot/report-sheet";
import { ForeignSheetError } from "../../port/workbook-port";
import { reportFailureWords } from "../../services/api-words";
import { writeReport } from "../../services/round-trip";
import { recordInJournal } from "../../services/workflow-journal";
import { OperationStatus } from "../components/OperationStatus";
import { usePanelStyles } from "../components/styles";
import { useOperation } from "../components/use-operation";
import { useServices } from "../services";
import { localTime } from "./dates";
import { clientFor } from "./queue";

/**
 * Pull report: the consolidated dual-conformance report of every team the key can see, written
 * into the "Consolidated Report" sheet (Crosswalk's own; a same-named sheet of the user's is
 * only moved aside on consent).
 */
export function ReportPanel() {
  const styles = usePanelStyles();
  const services = useServices();
  const [teams, setTeams] = useState("");
  const [asOf, setAsOf] = useState("");
  const [foreign, setForeign] = useState(false);
  const [consent, setConsent] = useState(false);
  const pull = useOperation<{ sections: number; rows: number; movedAside?: string; org: string; teams: number }>();

  const run = () =>
    pull.run(async (progress) => {
      const client = clientFor(services);
      if (!client) throw new Error("Enter the API's URL and key in Settings first.");
      progress({ done: 0, total: 2, label: "Asking the API for the report" });
      const list = teams.split(/[\s,;]+/).filter((t) => t !== "");
      const report = await client.report({ ...(list.length ? { teams: list } : {}), ...(asOf ? { asOf } : {}) }).catch((error: unknown) => {
        throw new Error(reportFailureWords(error));
      });
      progress({ done: 1, total: 2, label: `Writing “${REPORT_SHEET}”` });
      try {
        const written = await writeReport(services.port, report, { pulledAt: localTime(services.now()), source: client.baseUrl, replaceForeign: consent });
        setForeign(false);
        recordInJournal(services.store, { reportPulled: { at: services.now().toISOString() } });
        return { sections: written.sections, rows: written.rows, org: report.org.name, teams: report.summary.teams, ...(written.movedAside ? { movedAside: written.movedAside } : {}) };
      } catch (error) {
        if (error instanceof ForeignSheetError) {
          setForeign(true);
          throw new Error(`${error.message} Tick the box below to move it aside (it is kept, renamed), then pull again.`);
        }
        throw error;
      }
    });

  return (
    <section className={styles.panel} aria-labelledby="report-heading">
      <Text as="h2" id="report-heading" weight="semibold" size={400}>
        Pull report
      </Text>
      <Caption1 className={styles.muted}>
        The consolidated NIST AI RMF and ISO/IEC 42001 report across the teams this key can see, written into the “{REPORT_SHEET}” sheet as values.
        Pulling again replaces that sheet.
      </Caption1>
      <Field label="Teams (optional)" hint="Team ids separated by commas; empty for every team">
        <Input value={teams} onChange={(_, d) => setTeams(d.value)} />
      </Field>
      <Field label="As of (optional)" hint="The newest versions on that date; empty for today">
        <Input type="date" value={asOf} onChange={(_, d) => setAsOf(d.value)} />
      </Field>
      {foreign && <Checkbox label={`Move my “${REPORT_SHEET}” sheet aside`} checked={consent} onChange={(_, d) => setConsent(d.checked === true)} />}
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void run()} disabled={pull.running}>
          Pull the consolidated report
        </Button>
      </div>
      <OperationStatus running={pull.running} progress={pull.progress} error={pull.error} label="Pulling the report" />
      {pull.result && (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>Report written</MessageBarTitle>
            {`${pull.result.org}, ${pull.result.teams} team${pull.result.teams === 1 ? "" : "s"}: ${pull.result.sections} sections (${pull.result.rows} rows) in “${REPORT_SHEET}”.`}
            {pull.result.movedAside ? ` Your sheet was kept as “${pull.result.movedAside}”.` : ""}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
