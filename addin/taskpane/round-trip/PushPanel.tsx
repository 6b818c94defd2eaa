import { Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import { v4 as uuidV4 } from "uuid";
import { useEffect, useState, useSyncExternalStore } from "react";
import type { Conflict, PushPlan } from "../../services/push-flow";
import { conflictSentence, preparePush, sendPush } from "../../services/push-flow";
import { pushFailureWords } from "../../services/api-words";
import { recordInJournal } from "../../services/workflow-journal";
import type { QueuedPush } from "../../services/push-queue";
import { backupSheetName, pullVersion } from "../../services/round-trip";
import { ForeignSheetError } from "../../port/workbook-port";
import { OperationStatus } from "../components/OperationStatus";
import { usePanelStyles } from "../components/styles";
import { useOperation } from "../components/use-operation";
import { useServices } from "../services";
import { localDate, localTime } from "./dates";
import { DiffView } from "./DiffView";
import { IssueList } from "./IssueList";
import { clientFor, pushQueueFor } from "./queue";

/** Rethrows an API failure as the pane says it (no HTTP vocabulary). */
function inPlainWords(error: unknown): never {
  throw new Error(pushFailureWords(error));
}

type Outcome =
  | { readonly kind: "pushed"; readonly version: number; readonly recorded: boolean }
  | { readonly kind: "queued" }
  | { readonly kind: "pulled"; readonly version: number; readonly backup?: string };

/**
 * Push: read the structured sheets into a snapshot, check it, compare it with the server's newest
 * version, and send it against the version the workbook is in step with. A conflict shows what
 * changed upstream and offers to pull that version (the sheets are backed up first) or to push
 * on top of it. Offline, the push waits and is retried when the API answers.
 */
export function PushPanel() {
  const styles = usePanelStyles();
  const services = useServices();
  const { port, now } = services;
  const queue = pushQueueFor(services);
  const waiting = useSyncExternalStore(
    (listener) => queue.subscribe(listener),
    () => services.store.get("push-queue") ?? "",
  );
  const pending: QueuedPush | undefined = waiting ? queue.pending : undefined;
  const prepare = useOperation<PushPlan>();
  const send = useOperation<Outcome>();
  const [conflict, setConflict] = useState<Conflict | undefined>();
  const [foreignSettings, setForeignSettings] = useState(false);
  // The snapshot last pushed from this pane, as JSON: the same snapshot again is nothing to send.
  const [lastPushed, setLastPushed] = useState<{ readonly version: number; readonly json: string } | undefined>();
  const plan = prepare.result;
  const planJson = plan?.snapshot ? JSON.stringify(plan.snapshot) : undefined;
  const upToDate = lastPushed !== undefined && planJson === lastPushed.json;

  useEffect(
    () =>
      queue.subscribe((event) => {
        if (event.kind === "pushed") {
          recordInJournal(services.store, { pushed: { at: now().toISOString(), version: event.version } });
          void send.run(async () => ({ kind: "pushed", version: event.version, recorded: true }));
        }
      }),
    // The queue lives as long as the pane.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [queue],
  );

  const client = () => {
    const c = clientFor(services);
    if (!c) throw new Error("Enter the API's URL and key in Settings first.");
    return c;
  };

  const check = () => {
    setConflict(undefined);
    send.reset();
    return prepare.run(async (progress) => {
      progress({ done: 0, total: 2, label: "Reading the sheets" });
      const result = await preparePush(port, client(), localDate(now())).catch(inPlainWords);
      if (result.conflict) setConflict(result.conflict);
      return result;
    });
  };

  const push = (ifMatch?: string) =>
    send.run(async (progress) => {
      if (!plan) throw new Error("Check the workbook first.");
      const json = JSON.stringify(plan.snapshot);
      if (lastPushed && json === lastPushed.json) return { kind: "pushed", version: lastPushed.version, recorded: true };
      progress({ done: 0, total: 1, label: "Sending" });
      // One key for this push: if its answer is lost, the queue's retries send the same key.
      const idempotencyKey = uuidV4();
      const result = await sendPush(port, client(), plan, { ...(ifMatch !== undefined ? { ifMatch } : {}), idempotencyKey }).catch(inPlainWords);
      if (result.kind === "conflict") {
        setConflict(result.conflict);
        throw new Error(`Not pushed: ${conflictSentence(result.conflict, localTime)} See what changed below.`);
      }
      if (result.kind === "offline") {
        const { team, workbook, snapshot } = plan;
        if (team && workbook && snapshot) queue.enqueue({ team, workbook, snapshot, idempotencyKey, ...((ifMatch ?? plan.ifMatch) ? { ifMatch: ifMatch ?? plan.ifMatch } : {}) }, result.message);
        return { kind: "queued" };
      }
      setConflict(undefined);
      setLastPushed({ version: result.version.version, json });
      recordInJournal(services.store, { pushed: { at: now().toISOString(), version: result.version.version } });
      return { kind: "pushed", version: result.version.version, recorded: result.recorded };
    });

  const pull = (current: Conflict["current"]) =>
    send.run(async (progress) => {
      progress({ done: 0, total: 1, label: `Writing version ${current.version} into the sheets` });
      try {
        const report = await pullVersion(port, current.snapshot, { version: current.version, backupSheet: backupSheetName(now()), replaceForeign: foreignSettings });
        setConflict(undefined);
        prepare.reset();
        return { kind: "pulled", version: current.version, ...(report.backupSheet ? { backup: report.backupSheet } : {}) };
      } catch (error) {
        if (error instanceof ForeignSheetError) setForeignSettings(true);
        throw error;
      }
    });

  const canPush = plan && !plan.blocked && !plan.conflict && !plan.offline && !conflict && (plan.diff?.total ?? 0) > 0 && !upToDate;
  const showPush = canPush || (upToDate && send.result?.kind === "pushed");
  const wait = () => {
    if (!plan?.team || !plan.workbook || !plan.snapshot) return;
    queue.enqueue({ team: plan.team, workbook: plan.workbook, snapshot: plan.snapshot, ...(plan.ifMatch ? { ifMatch: plan.ifMatch } : {}) }, plan.offline ?? "The API cannot be reached.");
    prepare.reset();
    void send.run(async () => ({ kind: "queued" }));
  };
  return (
    <section className={styles.panel} aria-labelledby="push-heading">
      <Text as="h2" id="push-heading" weight="semibold" size={400}>
        Push
      </Text>
      <Caption1 className={styles.muted}>
        Sends this workbook to the API as the next version of its team's workbook, after checking it and showing what would change.
      </Caption1>
      {pending && <WaitingPush pending={pending} onRetry={() => void queue.retryNow()} onCancel={() => queue.cancel()} />}
      <div className={styles.row}>
        <Button appearance={canPush ? "secondary" : "primary"} onClick={() => void check()} disabled={prepare.running || send.running}>
          Check and compare
        </Button>
        {showPush && plan && (
          <Button appearance="primary" onClick={() => void push()} disabled={send.running || !canPush}>
            {upToDate ? "Push" : `Push ${plan.diff?.total ?? 0} change${plan.diff?.total === 1 ? "" : "s"}`}
          </Button>
        )}
      </div>
      <OperationStatus running={prepare.running} progress={prepare.progress} error={prepare.error} label="Checking the workbook" />
      {plan && <PlanView plan={plan} upToDate={upToDate ? lastPushed?.version : undefined} quiet={send.result?.kind === "pushed"} />}
      {plan?.offline && !plan.blocked && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The API cannot be reached</MessageBarTitle>
            {plan.offline} The push can wait here and is sent when the API answers{plan.base !== undefined ? `, against version ${plan.base}` : ""}.
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={wait}>
              Push when the API answers
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {conflict && (
        <ConflictView
          conflict={conflict}
          busy={send.running}
          foreign={foreignSettings}
          onPull={() => void pull(conflict.current)}
          onPushOnTop={() => void push(conflict.current.etag)}
        />
      )}
      <OperationStatus running={send.running} progress={send.progress} error={send.error} label="Push" />
      {send.result && <OutcomeView outcome={send.result} />}
    </section>
  );
}

/** `upToDate`: the version this very snapshot was pushed as; `quiet`: the push outcome below says so already. */
function PlanView({ plan, upToDate, quiet }: { plan: PushPlan; upToDate: number | undefined; quiet: boolean }) {
  const styles = usePanelStyles();
  const where = plan.team && plan.workbook ? `${plan.team}/${plan.workbook}` : "this workbook";
  return (
    <div className={styles.panel} style={{ padding: 0 }}>
      {plan.blocked && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>Not pushed</MessageBarTitle>
            {plan.blocked}
          </MessageBarBody>
        </MessageBar>
      )}
      <IssueList issues={plan.build.issues} />
      {upToDate !== undefined && !quiet && (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>{`Up to date (version ${upToDate})`}</MessageBarTitle>
            The workbook has not changed since it was pushed: there is nothing to send.
          </MessageBarBody>
        </MessageBar>
      )}
      {upToDate === undefined && !plan.blocked && !plan.conflict && !plan.offline && plan.diff && (
        <div>
          <Text as="h3" weight="semibold">
            {plan.latest ? `Compared with version ${plan.latest.version} of ${where}` : `${where} has no version yet: this will be the first`}
          </Text>
          {plan.latest && plan.base === undefined && (
            <Caption1 block>This workbook has not been pushed or pulled before: pushing puts it on top of version {plan.latest.version}.</Caption1>
          )}
          {plan.diff.total === 0 ? <Text block>Nothing to push: the workbook matches version {plan.latest?.version}.</Text> : <DiffView diff={plan.diff} label="Changes to push" />}
        </div>
      )}
    </div>
  );
}

function ConflictView(props: { conflict: Conflict; busy: boolean; foreign: boolean; onPull: () => void; onPushOnTop: () => void }) {
  const { conflict } = props;
  const current = conflict.current.version;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Someone pushed version {current} first</MessageBarTitle>
        {`${conflictSentence(conflict, localTime)} `}
        What changed in it:
        <DiffView diff={conflict.upstream} label="Changes upstream" />
        Pull version {current} into the sheets (what they hold now is copied to a backup sheet first), then make your changes again and push; or push
        yours on top of it, replacing those changes in the newest version (they stay in the history).
        {props.foreign && " A sheet named “Crosswalk Settings” that Crosswalk did not make is in the way; rename it and pull again."}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={props.onPull} disabled={props.busy}>
          {`Pull version ${current}`}
        </Button>
        <Button onClick={props.onPushOnTop} disabled={props.busy}>
          Push mine on top
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

function WaitingPush({ pending, onRetry, onCancel }: { pending: QueuedPush; onRetry: () => void; onCancel: () => void }) {
  const title =
    pending.state === "waiting"
      ? `Waiting to push ${pending.team}/${pending.workbook}`
      : pending.state === "conflict"
        ? `The waiting push of ${pending.team}/${pending.workbook} met a newer version`
        : `The waiting push of ${pending.team}/${pending.workbook} failed`;
  return (
    <MessageBar intent={pending.state === "waiting" ? "info" : "warning"} layout="multiline" aria-live="polite">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {pending.state === "waiting"
          ? `The API could not be reached (${pending.attempts} attempt${pending.attempts === 1 ? "" : "s"}); trying again${pending.nextAttemptAt ? ` at ${localTime(pending.nextAttemptAt).slice(11)}` : " soon"}. `
          : "Check and compare again to see what changed. "}
        {pending.lastError}
      </MessageBarBody>
      <MessageBarActions>
        {pending.state === "waiting" && <Button onClick={onRetry}>Retry now</Button>}
        <Button onClick={onCancel}>{pending.state === "waiting" ? "Cancel" : "Dismiss"}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

function OutcomeView({ outcome }: { outcome: Outcome }) {
  switch (outcome.kind) {
    case "pushed":
      return (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>{`Up to date (version ${outcome.version})`}</MessageBarTitle>
            {`Pushed as version ${outcome.version}. Push again once the workbook changes.`}
          </MessageBarBody>
        </MessageBar>
      );
    case "queued":
      return (
        <MessageBar intent="info">
          <MessageBarBody>The API cannot be reached: the push waits and is sent when it answers.</MessageBarBody>
        </MessageBar>
      );
    case "pulled":
      return (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>Pulled version {outcome.version}</MessageBarTitle>
            {outcome.backup ? `What the sheets held is kept in “${outcome.backup}”. ` : ""}Make your changes again, then check and push.
          </MessageBarBody>
        </MessageBar>
      );
  }
}
