import { Button, FluentProvider, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { useState } from "react";
import type { Root } from "react-dom/client";
import type { MemoryWorkbook } from "../../port/memory-workbook";
import { App } from "../App";
import { ALL_PANELS, resumeWaitingPush } from "../round-trip/panels";
import type { PaneServices } from "../services";
import { createServices } from "../create-services";
import { demoWorkbook } from "./demo-workbook";
import { SheetView } from "./SheetView";

const useStyles = makeStyles({
  shell: { display: "flex", height: "100vh", gap: tokens.spacingHorizontalM, backgroundColor: tokens.colorNeutralBackground2, padding: tokens.spacingHorizontalS, boxSizing: "border-box" },
  pane: { width: "320px", flex: "0 0 320px", overflowY: "auto", boxShadow: tokens.shadow4, backgroundColor: tokens.colorNeutralBackground1 },
  provider: { flex: "1 1 auto", minWidth: 0 },
  sheet: { height: "100%", minWidth: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

function PreviewShell({ reason, workbook, services }: { reason: string; workbook: MemoryWorkbook; services: PaneServices }) {
  const styles = useStyles();
  const [loading, setLoading] = useState<string | undefined>();
  // Sets the workbook up with the demo team's records in every structured sheet (Retail Credit
  // Analytics from shared/demo), as if the team had been using Crosswalk for a while.
  const loadDemo = async () => {
    setLoading("Loading…");
    try {
      const { planWithSnapshot, settingsWithSnapshot, demoSnapshot } = await import("./demo-data");
      const today = services.now();
      const asOf = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, "0")}-${String(today.getDate()).padStart(2, "0")}`;
      const snapshot = demoSnapshot(asOf);
      // Dropdowns and colours on the team's own matrix, which the settings sheet then records.
      await workbook.setUpWorkbook(planWithSnapshot(await services.plan(snapshot.matrix), snapshot));
      await workbook.writeSheet({ ...settingsWithSnapshot(snapshot), replaceForeign: false });
      setLoading("Demo loaded");
    } catch (error) {
      setLoading(undefined);
      window.alert(`The demo could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return (
    <div className={styles.shell}>
      <div role="group" className={styles.pane} aria-label="Crosswalk task pane">
        <App services={services} panels={ALL_PANELS} />
      </div>
      {/* Layout on an inner element: FluentProvider's classes are copied onto its portals. */}
      <FluentProvider theme={webLightTheme} className={styles.provider}>
        <div className={styles.sheet}>
          <MessageBar intent="info">
            <MessageBarBody>Preview: an in-memory workbook stands in for Excel. {reason}</MessageBarBody>
            <MessageBarActions>
              <Button size="small" disabled={loading !== undefined} onClick={() => void loadDemo()}>
                {loading ?? "Load the demo team workbook"}
              </Button>
            </MessageBarActions>
          </MessageBar>
          <SheetView workbook={workbook} />
        </div>
      </FluentProvider>
    </div>
  );
}
export function startPreview(root: Root, reason: string): void {
  const workbook = demoWorkbook();
  const services = createServices(workbook, "preview");
  resumeWaitingPush(services);
  root.render(<PreviewShell reason={reason} workbook={workbook} services={services} />);
}
