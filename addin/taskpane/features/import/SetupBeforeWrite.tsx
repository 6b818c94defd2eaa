import { Button, Caption1, Checkbox, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { MATRIX_PRESETS } from "../../../../shared/scoring/presets";
import type { ImportPreview } from "../../../services/import-engine";
import { usePanelStyles } from "../../components/styles";
import { MatrixSelect } from "../MatrixSelect";
import { describeMatrix } from "../setup-choices";
import type { ImportWriteState } from "./use-import-write";

/**
 * The target table is missing (the workbook is not set up): said before the write, with set-up
 * and the write in one click — the matrix chosen in one line where the workbook has none, and
 * sheets of the user's in the way moved aside only when ticked.
 */
export function SetupBeforeWrite({ preview, state, needsMatrix, suggesting = false }: { preview: ImportPreview; state: ImportWriteState; needsMatrix: boolean; suggesting?: boolean }) {
  const styles = usePanelStyles();
  const { target, writing, written } = state;
  const { conflicts } = target;
  return (
    <section aria-label="Write" className={styles.list}>
      <MessageBar intent="warning">
        <MessageBarBody>
          {`This workbook is not set up yet: there is no ${preview.sheet} to write into. Set-up creates Crosswalk's sheets, as the Set up panel does, and then the records are written.`}
        </MessageBarBody>
      </MessageBar>
      {needsMatrix && (
        <MatrixSelect value={target.matrix} disabled={writing.running} onChoose={target.setMatrix} hint={`${describeMatrix(MATRIX_PRESETS[target.matrix])}. Saved in a new “Crosswalk Settings” sheet.`} />
      )}
      {conflicts && conflicts.length > 0 && (
        <div role="group" aria-label="Sheets in the way">
          <Text block weight="semibold">
            These sheets exist and were not made by Crosswalk. They are left alone unless you tick them: a ticked sheet is renamed (kept, with “(old)” added) and a new one is created.
          </Text>
          {conflicts.map((c) => (
            <Checkbox key={c.sheet} label={`Move “${c.sheet}” aside`} checked={target.consent.has(c.sheet)} onChange={(_, d) => target.toggleConsent(c.sheet, d.checked === true)} />
          ))}
        </div>
      )}
      <Caption1 block className={styles.muted}>
        Your source is only read, never changed.
      </Caption1>
      <div className={styles.row}>
        <Button appearance="primary" disabled={writing.running || written || preview.rows.length === 0 || suggesting} onClick={() => void state.setUpAndWrite()}>
          {conflicts ? "Continue set-up and write" : "Set up the workbook and write"}
        </Button>
      </div>
    </section>
  );
}
