/**
 * The API round trip's panels (Settings, Push, History, Pull report), added to the pane shell
 * after the workbook panels. They load on first use, with the snapshot builder, the diff and
 * the report tables, so the pane's first paint does not carry them.
 */
import { Spinner } from "@fluentui/react-components";
import { lazy, type ReactNode, Suspense } from "react";
import { type PanelSpec, WORKBOOK_PANELS } from "../App";
import type { PaneServices } from "../services";

const load = () => import("./round-trip-panels");
const SettingsPanel = lazy(() => load().then((m) => ({ default: m.SettingsPanel })));
const PushPanel = lazy(() => load().then((m) => ({ default: m.PushPanel })));
const HistoryPanel = lazy(() => load().then((m) => ({ default: m.HistoryPanel })));
const ReportPanel = lazy(() => load().then((m) => ({ default: m.ReportPanel })));

function loading(panel: ReactNode): ReactNode {
  return <Suspense fallback={<Spinner size="small" label="Loading…" style={{ padding: 16 }} />}>{panel}</Suspense>;
}

export const ROUND_TRIP_PANELS: readonly PanelSpec[] = [
  { id: "settings", label: "Settings", render: () => loading(<SettingsPanel />) },
  { id: "push", label: "Push", render: () => loading(<PushPanel />) },
  { id: "history", label: "History", render: () => loading(<HistoryPanel />) },
  { id: "report", label: "Report", render: () => loading(<ReportPanel />) },
];

export const ALL_PANELS: readonly PanelSpec[] = [...WORKBOOK_PANELS, ...ROUND_TRIP_PANELS];

/** A push left waiting when the pane was closed is tried again as soon as the pane opens. */
export function resumeWaitingPush(services: PaneServices): void {
  if (!services.store.get("push-queue")) return;
  void import("./queue").then((m) => m.pushQueueFor(services).start());
}
