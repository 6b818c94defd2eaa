import { render } from "@testing-library/react";
import { MemoryWorkbook } from "../../../addin/port/memory-workbook";
import { type LocalApiConfig, saveApiSettings } from "../../../addin/services/api-settings";
import { type KeyValueStore, memoryStore } from "../../../addin/services/key-value-store";
import { buildPlan } from "../../../addin/setup/build-plan";
import { sharedWorkbookLayout } from "../../../addin/setup/shared-layout";
import { App } from "../../../addin/taskpane/App";
import { createServices } from "../../../addin/taskpane/create-services";
import { planWithSnapshot, settingsWithSnapshot } from "../../../addin/taskpane/preview/demo-data";
import { ALL_PANELS } from "../../../addin/taskpane/round-trip/panels";
import type { PaneServices } from "../../../addin/taskpane/services";
import { demoSnapshots } from "../../../shared/demo/demo-snapshots";
import { parseSnapshot } from "../../../shared/model/parse-snapshot";
import type { WorkbookSnapshot } from "../../../shared/model/snapshot";
import "../taskpane/render-pane";
import { TestApi, KEY } from "./test-api";

export const API_URL = "https://api.test";

export function demo(index = 0): WorkbookSnapshot {
  const parsed = parseSnapshot(demoSnapshots({ asOf: "2026-06-30" })[index]);
  if (!parsed.success) throw new Error("demo snapshot");
  return parsed.snapshot;
}

/** The demo team's workbook in memory, as "Load the demo team workbook" makes it. */
export async function demoWorkbook(snapshot = demo()): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await wb.setUpWorkbook(planWithSnapshot(buildPlan(sharedWorkbookLayout()), snapshot));
  await wb.writeSheet(settingsWithSnapshot(snapshot));
  return wb;
}

/** Timers the test runs by hand. */
export class ManualTimers {
  readonly tasks: { task: () => void; ms: number; cancelled: boolean }[] = [];
  readonly schedule = (task: () => void, ms: number) => {
    const entry = { task, ms, cancelled: false };
    this.tasks.push(entry);
    return () => void (entry.cancelled = true);
  };
  runDue(): number {
    const due = this.tasks.filter((t) => !t.cancelled);
    for (const t of due) t.cancelled = true;
    for (const t of due) t.task();
    return due.length;
  }
}

export interface RoundTripPane {
  workbook: MemoryWorkbook;
  api: TestApi;
  store: KeyValueStore;
  timers: ManualTimers;
  services: PaneServices;
}

/** The whole pane with the round-trip panels, on a workbook, against the stub API. */
export function renderRoundTrip(
  workbook: MemoryWorkbook,
  options: { configured?: boolean; api?: TestApi; localApi?: LocalApiConfig } = {},
): RoundTripPane & ReturnType<typeof render> {
  const api = options.api ?? new TestApi();
  const store = memoryStore();
  if (options.configured !== false) saveApiSettings(store, { baseUrl: API_URL, key: KEY });
  const timers = new ManualTimers();
  const services: PaneServices = {
    ...createServices(workbook, "preview", store, () => new Date("2026-06-30T10:15:00")),
    fetch: api.fetch,
    schedule: timers.schedule,
    localApiConfig: async () => options.localApi,
  };
  const view = render(<App services={services} panels={ALL_PANELS} />);
  return { ...view, workbook, api, store, timers, services };
}
