import { Badge, FluentProvider, Text, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { type ReactNode, useState } from "react";
import { CrosswalkPanel } from "./features/CrosswalkPanel";
import { ImportPanel } from "./features/import/ImportPanel";
import { SetupPanel } from "./features/SetupPanel";
import { StartPanel } from "./features/StartPanel";
import { ValidatePanel } from "./features/ValidatePanel";
import { NavigateProvider } from "./navigation/navigate";
import { PaneNav } from "./navigation/PaneNav";
import { LazySuggestPanel } from "./suggest/lazy";
import { type PaneServices, ServicesProvider } from "./services";

/**
 * The pane's features, in tab order (what does not fit the pane's width goes under "More").
 * More panels (the API round trip: Settings, Push, History, Pull report) are added by passing
 * them in, without touching the ones here.
 */
export interface PanelSpec {
  readonly id: string;
  readonly label: string;
  readonly render: () => ReactNode;
}

export const WORKBOOK_PANELS: readonly PanelSpec[] = [
  { id: "start", label: "Start", render: () => <StartPanel /> },
  { id: "setup", label: "Set up", render: () => <SetupPanel /> },
  { id: "import", label: "Import", render: () => <ImportPanel /> },
  { id: "validate", label: "Validate", render: () => <ValidatePanel /> },
  { id: "crosswalk", label: "Crosswalk", render: () => <CrosswalkPanel /> },
  { id: "suggest", label: "Suggest", render: () => <LazySuggestPanel /> },
];

// Layout lives on an inner element, never on FluentProvider: Fluent copies the provider's class
// names onto every portal (Dropdown lists, popovers), so a min-height and background there cover
// the whole pane with a white layer above the listbox (issue 9, defect 1).
const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: "100%", minWidth: 0, backgroundColor: tokens.colorNeutralBackground1 },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  nav: { minWidth: 0, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
});

export function App({ services, panels = WORKBOOK_PANELS, initialPanel }: { services: PaneServices; panels?: readonly PanelSpec[]; initialPanel?: string }) {
  const styles = useStyles();
  const [tab, setTab] = useState<string>(initialPanel ?? panels[0]?.id ?? "");
  const current = panels.find((p) => p.id === tab) ?? panels[0];
  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.root}>
        <ServicesProvider value={services}>
          <NavigateProvider value={setTab}>
            <header className={styles.header}>
              <Text as="h1" weight="semibold" size={500}>
                Crosswalk
              </Text>
              {services.mode === "preview" && (
                <Badge appearance="tint" color="brand" title="Runs on an in-memory workbook, not Excel">
                  Preview
                </Badge>
              )}
            </header>
            <nav aria-label="Crosswalk features" className={styles.nav}>
              <PaneNav items={panels} selected={current?.id ?? ""} onSelect={setTab} />
            </nav>
            <main>
              {/* A main landmark may not be a tabpanel too (axe aria-allowed-role): the panel sits inside it. */}
              <div id={`panel-${current?.id}`} role="tabpanel" aria-labelledby={`tab-${current?.id}`}>
                {current?.render()}
              </div>
            </main>
          </NavigateProvider>
        </ServicesProvider>
      </div>
    </FluentProvider>
  );
}
