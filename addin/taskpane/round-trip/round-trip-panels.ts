// The round trip's panels, in one chunk loaded on first use (see panels.tsx).
export { HistoryPanel } from "./HistoryPanel";
export { PushPanel } from "./PushPanel";
export { ReportPanel } from "./ReportPanel";
export { SettingsPanel } from "./SettingsPanel";
