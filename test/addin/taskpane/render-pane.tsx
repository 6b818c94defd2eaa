import { configure, render } from "@testing-library/react";
import { MemoryWorkbook } from "../../../addin/port/memory-workbook";
import { memoryStore } from "../../../addin/services/key-value-store";
import { App } from "../../../addin/taskpane/App";
import { createServices } from "../../../addin/taskpane/create-services";
import type { PaneServices } from "../../../addin/taskpane/services";

// happy-dom's Web Animations reject with AbortError when Fluent cancels a motion; the pane's
// behaviour does not depend on animations, so they are switched off for component tests.
if (typeof Element !== "undefined") {
  Object.defineProperty(Element.prototype, "animate", { value: undefined, configurable: true, writable: true });
}

// findBy…/waitFor wait on conditions; on a busy 2-core machine the pane's lazy chunks and first
// renders can take seconds, so the wait is long (it ends as soon as the condition holds).
configure({ asyncUtilTimeout: 15_000 });

/**
 * Renders the whole pane on an in-memory workbook, with services optionally replaced, open on
 * `initialPanel` (Set up by default: the panel tests start there and click their way on).
 */
export function renderPane(overrides: Partial<PaneServices> = {}, workbook = new MemoryWorkbook(), initialPanel = "setup") {
  const now = () => new Date("2026-03-01T09:30:00Z");
  const services: PaneServices = { ...createServices(workbook, "preview", memoryStore(), now), ...overrides };
  const view = render(<App services={services} initialPanel={initialPanel} />);
  return { ...view, workbook, services };
}
