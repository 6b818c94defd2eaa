import { FluentProvider, MessageBar, MessageBarBody, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import type { Root } from "react-dom/client";
import type { MemoryWorkbook } from "../../port/memory-workbook";
import { App } from "../App";
import type { PaneServices } from "../services";
import { createServices } from "../create-services";
import { demoWorkbook } from "./demo-workbook";
import { SheetView } from "./SheetView";

const useStyles = makeStyles({
  shell: { display: "flex", height: "100vh", gap: tokens.spacingHorizontalM, backgroundColor: tokens.colorNeutralBackground2, padding: tokens.spacingHorizontalS, boxSizing: "border-box" },
  pane: { width: "320px", flex: "0 0 320px", overflowY: "auto", boxShadow: tokens.shadow4, backgroundColor: tokens.colorNeutralBackground1 },
  sheet: { flex: "1 1 auto", minWidth: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

function PreviewShell({ reason, workbook, services }: { reason: string; workbook: MemoryWorkbook; services: PaneServices }) {
  const styles = useStyles();
  return (
    <div className={styles.shell}>
      <aside className={styles.pane} aria-label="Crosswalk task pane">
        <App services={services} />
      </aside>
      <FluentProvider theme={webLightTheme} className={styles.sheet}>
        <MessageBar intent="info">
          <MessageBarBody>Preview: an in-memory workbook stands in for Excel. {reason}</MessageBarBody>
        </MessageBar>
        <SheetView workbook={workbook} />
      </FluentProvider>
    </div>
  );
}
export function startPreview(root: Root, reason: string): void {
  const workbook = demoWorkbook();
  const services = createServices(workbook, "preview");
  root.render(<PreviewShell reason={reason} workbook={workbook} services={services} />);
}
