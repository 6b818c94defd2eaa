/**
 * Pushing the open workbook, step by step, so the pane can show each one: prepare (read the
 * sheets into a snapshot, check it, fetch the server's newest version and compare), then send
 * with `If-Match` the version the workbook was last synced with. Someone else's push in between is
 * a conflict, shown as what changed upstream, never silently overwritten.
 */
import { emptySnapshot, type WorkbookSnapshot } from "../../shared/model/snapshot";
import type { VersionSummary } from "../../shared/api/version";
import type { WorkbookRead } from "../../shared/workbook-pipeline/read-crosswalk-workbook";
import type { SettingsRead } from "../../shared/workbook-snapshot/settings-sheet";
import type { WorkbookPort } from "../port/workbook-port";
import { type ApiClient, ApiError, type VersionedSnapshot } from "../../shared/api/client";
import { pushFailureWords } from "./api-words";
import { diffBetween, type DiffSummary, readLocalSnapshot, recordSyncedVersion } from "./round-trip";

export interface Conflict {
  /** The version the workbook is based on, when known. */
  readonly base?: number;
  readonly current: VersionedSnapshot;
  /** What changed on the server since the base (or, without a base, everything the server has that the workbook has not). */
  readonly upstream: DiffSummary;
  /** Who committed the current version and when, when the API's version list answers. */
  readonly pushedBy?: { readonly name: string; readonly at: string };
}

export interface PushPlan {
  readonly team?: string;
  readonly workbook?: string;
  readonly build: WorkbookRead;
  readonly settings?: SettingsRead;
  /** Why the workbook cannot be pushed as it is (errors, no team …). */
  readonly blocked?: string;
  readonly snapshot?: WorkbookSnapshot;
  /** The server's newest version, when it has one. */
  readonly latest?: VersionedSnapshot;
  /** The version the workbook was last pulled from or pushed as. */
  readonly base?: number;
  /** What pushing would change on the server (this workbook against its newest version). */
  readonly diff?: DiffSummary;
  /** The server moved on since the workbook's version: pull (or push on top) first. */
  readonly conflict?: Conflict;
  /** Sent as If-Match. */
  readonly ifMatch?: string;
  /** The API could not be reached to compare: the push can wait in the queue. */
  readonly offline?: string;
}

export async function preparePush(port: WorkbookPort, client: ApiClient, asOf: string): Promise<PushPlan> {
  const { build, settings } = await readLocalSnapshot(port, { asOf });
  const snapshot = build.snapshot;
  const team = snapshot?.workbook.team ?? settings?.meta.team;
  const workbook = snapshot?.workbook.name ?? settings?.meta.name;
  const base = settings?.syncedVersion;
  const common = { build, ...(settings ? { settings } : {}), ...(team ? { team } : {}), ...(workbook ? { workbook } : {}), ...(base !== undefined ? { base } : {}) };
  if (!snapshot || !team || !workbook) {
    return { ...common, blocked: build.issues.find((i) => i.severity === "error")?.message ?? "The workbook cannot be read as a snapshot." };
  }
  if (build.counts.error > 0) {
    return { ...common, snapshot, blocked: `The workbook has ${build.counts.error} error${build.counts.error === 1 ? "" : "s"} (below). Fix them and push again: pushing now would leave those cells out.` };
  }
  let latest: VersionedSnapshot | undefined;
  try {
    latest = await client.latest(team, workbook);
  } catch (error) {
    if (!(error instanceof ApiError) || !error.offline) throw error;
    // Offline: the push can still wait, sent against the version the workbook is in step with.
    return { ...common, snapshot, offline: pushFailureWords(error), ...(base !== undefined ? { ifMatch: `"v${base}"` } : {}) };
  }
  if (!latest) return { ...common, snapshot, diff: diffBetween(emptySnapshot(snapshot.workbook, snapshot.matrix), snapshot) };
  const diff = diffBetween(latest.snapshot, snapshot);
  if (base !== undefined && base !== latest.version) {
    return { ...common, snapshot, latest, diff, conflict: await conflictOf(client, team, workbook, base, latest) };
  }
  return { ...common, snapshot, latest, diff, ifMatch: latest.etag };
}

/** What changed on the server from `base` to `current` (the base fetched; versions are immutable). */
export async function conflictOf(client: ApiClient, team: string, workbook: string, base: number | undefined, current: VersionedSnapshot): Promise<Conflict> {
  const before = base !== undefined && base < current.version ? await client.version(team, workbook, base).catch(() => undefined) : undefined;
  const from = before?.snapshot ?? emptySnapshot(current.snapshot.workbook, current.snapshot.matrix);
  // Who and when is a courtesy: a failing list leaves the conflict without it rather than failing.
  const summary = await client
    .versions(team, workbook, { limit: 1 })
    .then((list) => list.items.find((item) => item.version === current.version))
    .catch(() => undefined);
  return {
    ...(base !== undefined ? { base } : {}),
    current,
    upstream: diffBetween(from, current.snapshot),
    ...(summary ? { pushedBy: { name: summary.author.name, at: summary.createdAt } } : {}),
  };
}

export type SendResult =
  | { readonly kind: "pushed"; readonly version: VersionSummary; readonly recorded: boolean }
  | { readonly kind: "conflict"; readonly conflict: Conflict }
  | { readonly kind: "offline"; readonly message: string };

/** The plain sentence for a conflict: who pushed which version when (never the API's own wording). */
export function conflictSentence(conflict: Conflict, formatTime: (iso: string) => string): string {
  const by = conflict.pushedBy ? ` by ${conflict.pushedBy.name} at ${formatTime(conflict.pushedBy.at)}` : "";
  const since = conflict.base !== undefined ? `after version ${conflict.base}, which this workbook was based on` : "while this workbook was being prepared";
  return `Version ${conflict.current.version} was pushed${by}, ${since}.`;
}

/**
 * Sends the prepared snapshot (with `idempotencyKey`, which a queued retry must send again). A
 * 409/428 becomes a conflict; an unreachable API (or its store
 * down) `offline`, for the caller to queue; anything else is thrown as the ApiError it is (the
 * pane says it with `pushFailureWords`).
 * On success the new version is recorded in the settings sheet (one cell write).
 */
export async function sendPush(
  port: WorkbookPort,
  client: ApiClient,
  plan: PushPlan,
  options: { readonly ifMatch?: string; readonly idempotencyKey?: string } = {},
): Promise<SendResult> {
  const { team, workbook, snapshot } = plan;
  if (!team || !workbook || !snapshot || plan.blocked) throw new Error(plan.blocked ?? "Nothing to push.");
  const ifMatch = options.ifMatch ?? plan.ifMatch;
  try {
    const version = await client.push(team, workbook, snapshot, ifMatch, options.idempotencyKey);
    const recorded = await recordSyncedVersion(port, plan.settings, version.version);
    return { kind: "pushed", version, recorded };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.offline) return { kind: "offline", message: pushFailureWords(error) };
    if (error.status === 409 || error.status === 428) {
      const current = await client.latest(team, workbook);
      if (!current) throw error;
      return { kind: "conflict", conflict: await conflictOf(client, team, workbook, plan.base ?? plan.latest?.version, current) };
    }
    throw error;
  }
}
