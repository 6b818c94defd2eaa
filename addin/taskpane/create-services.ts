/**
 * Builds the pane's services for a port. Heavy modules are imported on first use so the first
 * paint needs only React, Fluent and the pane itself.
 */
import type { WorkbookPort } from "../port/workbook-port";
import type { RiskMatrix } from "../../shared/scoring/matrix";
import { isLocalApiConfig } from "../services/api-settings";
import { browserStore, type KeyValueStore } from "../services/key-value-store";
import type { PaneServices } from "./services";

export function createServices(
  port: WorkbookPort,
  mode: PaneServices["mode"],
  store: KeyValueStore = browserStore(),
  now: () => Date = () => new Date(),
): PaneServices {
  const layout = async (matrix?: RiskMatrix) => (await import("../setup/shared-layout")).sharedWorkbookLayout(matrix);
  return {
    mode,
    port,
    layout,
    plan: async (matrix) => {
      const [{ buildPlan }, l] = await Promise.all([import("../setup/build-plan"), layout(matrix)]);
      return buildPlan(l);
    },
    setup: () => import("../setup/workbook-matrix"),
    crosswalk: () => import("../services/crosswalk-lookup"),
    readFile: async (file) => {
      const { readWorkbookFile } = await import("../services/read-file");
      return readWorkbookFile(file.name, await file.arrayBuffer());
    },
    importer: async (matrix) => {
      const [{ createImportEngine }, l] = await Promise.all([import("../services/import-wizard"), layout(matrix)]);
      return createImportEngine(l);
    },
    validator: async () => {
      const { createValidator } = await import("../services/pipeline-validator");
      return createValidator(now);
    },
    store,
    now,
    fetch: (input, init) => globalThis.fetch(input, init),
    schedule: (task, ms) => {
      const timer = setTimeout(task, ms);
      return () => clearTimeout(timer);
    },
    localApiConfig: async () => {
      // Only `npm start` serves this file, next to the pane; inside Excel there is none.
      if (mode !== "preview" || typeof location === "undefined" || !/^https?:$/.test(location.protocol)) return undefined;
      try {
        const response = await globalThis.fetch(new URL("local-config.json", location.href).href, { cache: "no-store" });
        const body: unknown = response.ok ? await response.json() : undefined;
        return isLocalApiConfig(body) ? body : undefined;
      } catch {
        return undefined;
      }
    },
  };
}
