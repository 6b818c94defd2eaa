import { Badge, FluentProvider, Tab, TabList, Text, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { useState } from "react";
import { CrosswalkPanel } from "./features/CrosswalkPanel";
import { ImportPanel } from "./features/ImportPanel";
import { SetupPanel } from "./features/SetupPanel";
import { ValidatePanel } from "./features/ValidatePanel";
import { type PaneServices, ServicesProvider } from "./services";

const TABS = [
  { id: "setup", label: "Set up" },
  { id: "import", label: "Import" },
  { id: "validate", label: "Validate" },
  { id: "crosswalk", label: "Crosswalk" },
] as const;
type TabId = (typeof TABS)[number]["id"];

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
  tabs: { overflowX: "auto" },
});

export function App({ services }: { services: PaneServices }) {
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>("setup");
  return (
    <FluentProvider theme={webLightTheme} className={styles.root}>
      <ServicesProvider value={services}>
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
        <nav aria-label="Crosswalk features" className={styles.tabs}>
          <TabList size="small" selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)}>
            {TABS.map((t) => (
              <Tab key={t.id} value={t.id} id={`tab-${t.id}`} aria-controls={`panel-${t.id}`}>
                {t.label}
              </Tab>
            ))}
          </TabList>
        </nav>
        <main id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`}>
          {tab === "setup" && <SetupPanel />}
          {tab === "import" && <ImportPanel />}
          {tab === "validate" && <ValidatePanel />}
          {tab === "crosswalk" && <CrosswalkPanel />}
        </main>
      </ServicesProvider>
    </FluentProvider>
  );
}
