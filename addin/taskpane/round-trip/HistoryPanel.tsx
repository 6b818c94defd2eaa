import { Button, Caption1, Field, MessageBar, MessageBarBody, Select, Text } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { VersionSummary } from "../../../shared/api/version";
import { apiFailureWords } from "../../services/api-words";
import { readWorkbookSettings, summariseDiff, type DiffSummary } from "../../services/round-trip";
import { OperationStatus } from "../components/OperationStatus";
import { usePanelStyles } from "../components/styles";
import { useOperation } from "../components/use-operation";
import { useServices } from "../services";
import { localTime } from "./dates";
import { DiffView } from "./DiffView";
import { clientFor } from "./queue";

const PAGE = 20;

/** Rethrows an API failure as the pane says it (no HTTP vocabulary). */
function inPlainWords(error: unknown): never {
  throw new Error(apiFailureWords(error));
}

interface Loaded {
  readonly team: string;
  readonly workbook: string;
  readonly items: readonly VersionSummary[];
  readonly nextCursor: string | null;
}

/** Counts for people: "15 risks · 38 SoA rows · 3 AI systems". */
function counts(v: VersionSummary): string {
  const c = v.recordCounts;
  const parts = [
    [c.risks, "risk", "risks"],
    [c.soa, "SoA row", "SoA rows"],
    [c.aiSystems, "AI system", "AI systems"],
    [c.profile, "profile row", "profile rows"],
  ] as const;
  return parts.flatMap(([n, one, many]) => (n === undefined ? [] : [`${n} ${n === 1 ? one : many}`])).join(" · ");
}

/** History: the workbook's versions, newest first, a page at a time; what changed between any two. */
export function HistoryPanel() {
  const styles = usePanelStyles();
  const services = useServices();
  const list = useOperation<Loaded>();
  const compare = useOperation<{ from: number; to: number; diff: DiffSummary }>();
  const [from, setFrom] = useState<number | undefined>();
  const [to, setTo] = useState<number | undefined>();
  const loaded = list.result;

  const load = (more?: Loaded) =>
    list.run(async () => {
      const client = clientFor(services);
      if (!client) throw new Error("Enter the API's URL and key in Settings first.");
      const ids = more ?? (await readWorkbookSettings(services.port));
      const team = "team" in ids ? ids.team : undefined;
      const workbook = "workbook" in ids ? ids.workbook : undefined;
      if (!team || !workbook) throw new Error("Save this workbook's team and workbook ids in Settings first.");
      const page = await client.versions(team, workbook, { limit: PAGE, ...(more?.nextCursor ? { cursor: more.nextCursor } : {}) }).catch(inPlainWords);
      const items = [...(more?.items ?? []), ...page.items];
      if (!more) {
        setTo(items[0]?.version);
        setFrom(items[1]?.version ?? items[0]?.version);
      }
      return { team, workbook, items, nextCursor: page.nextCursor };
    });

  useEffect(() => {
    if (clientFor(services)) void load();
    // Once, when the panel opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const run = () =>
    compare.run(async () => {
      const client = clientFor(services);
      if (!client || !loaded || from === undefined || to === undefined) throw new Error("Load the versions first.");
      const response = await client.diff(loaded.team, loaded.workbook, from, to).catch(inPlainWords);
      return { from, to, diff: summariseDiff(response.changes) };
    });

  const option = (v: VersionSummary) => `v${v.version} · ${localTime(v.createdAt)}`;
  return (
    <section className={styles.panel} aria-labelledby="history-heading">
      <Text as="h2" id="history-heading" weight="semibold" size={400}>
        History
      </Text>
      <Caption1 className={styles.muted}>Every version pushed of this workbook, newest first. Versions never change.</Caption1>
      <div className={styles.row}>
        <Button onClick={() => void load()} disabled={list.running}>
          {loaded ? "Reload" : "Load versions"}
        </Button>
      </div>
      <OperationStatus running={list.running} progress={list.progress} error={list.error} label="Loading versions" />
      {loaded && loaded.items.length === 0 && <Text>{`${loaded.team}/${loaded.workbook} has no versions yet.`}</Text>}
      {loaded && loaded.items.length > 0 && (
        <>
          <ul className={styles.list} aria-label="Versions">
            {loaded.items.map((v) => (
              <li key={v.version} className={styles.item}>
                <Text weight="semibold">{`Version ${v.version}`}</Text>
                <Caption1>{`${v.author.name} · ${localTime(v.createdAt)}`}</Caption1>
                <Caption1 className={styles.muted}>{counts(v)}</Caption1>
              </li>
            ))}
          </ul>
          {loaded.nextCursor && (
            <Button onClick={() => void load(loaded)} disabled={list.running}>
              Load older versions
            </Button>
          )}
          <Text as="h3" weight="semibold">
            Compare two versions
          </Text>
          <div className={styles.row}>
            <Field label="From">
              <Select value={String(from ?? "")} onChange={(_, d) => setFrom(Number(d.value))}>
                {loaded.items.map((v) => (
                  <option key={v.version} value={v.version}>
                    {option(v)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="To">
              <Select value={String(to ?? "")} onChange={(_, d) => setTo(Number(d.value))}>
                {loaded.items.map((v) => (
                  <option key={v.version} value={v.version}>
                    {option(v)}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <div className={styles.row}>
            <Button appearance="primary" onClick={() => void run()} disabled={compare.running || from === undefined || to === undefined}>
              Compare
            </Button>
          </div>
          <OperationStatus running={compare.running} progress={compare.progress} error={compare.error} label="Comparing" />
          {compare.result && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>
                <Text block weight="semibold">{`From version ${compare.result.from} to version ${compare.result.to}`}</Text>
                <DiffView diff={compare.result.diff} label="Differences between the versions" values />
              </MessageBarBody>
            </MessageBar>
          )}
        </>
      )}
    </section>
  );
}
