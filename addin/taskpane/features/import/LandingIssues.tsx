import { Caption1, Text } from "@fluentui/react-components";
import { usePanelStyles } from "../../components/styles";
import { IssueBadges, PreviewIssueList } from "./PreviewIssues";
import type { LandingCheck } from "./use-landing-check";

/** What Validate (and so Push) would report about these records once written, in its words. */
export function LandingIssues({ check, sheet }: { check: LandingCheck; sheet: string }) {
  const styles = usePanelStyles();
  return (
    <section aria-label="Validate once written" className={styles.list}>
      <Text block weight="semibold">
        Validate, once written
      </Text>
      {check.state === "checking" && <Caption1 className={styles.muted}>Checking the records as Validate would…</Caption1>}
      {check.state === "unavailable" && <Caption1 className={styles.muted}>The workbook could not be read to check these records; run Validate after writing.</Caption1>}
      {check.state === "done" && check.issues.length === 0 && <Caption1 block>{`Validate would find no new problem in ${sheet} after this write.`}</Caption1>}
      {check.state === "done" && check.issues.length > 0 && (
        <>
          <Caption1 block>{`Found on ${sheet} after this write, as Validate and Push would report them:`}</Caption1>
          <IssueBadges issues={check.issues} />
          <PreviewIssueList issues={check.issues} label="Validate issues once written" />
        </>
      )}
    </section>
  );
}
