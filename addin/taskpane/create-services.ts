/**
 * Builds the pane's services for a port. Heavy modules are imported on first use so the first
 * paint needs only React, Fluent and the pane itself.
 */
import type { WorkbookPort } from "../port/workbook-port";
import { browserStore, type KeyValueStore } from "../services/key-value-store";
import type { PaneServices } from "./services";

export function createServices(port: WorkbookPort, mode: PaneServices["mode"], store: KeyValueStore = browserStore()): PaneServices {
  const layout = async () => (await import("../setup/provisional-layout")).provisionalLayout();
  return {
    mode,
    port,
    layout,
    plan: async () => {
      const [{ buildPlan }, l] = await Promise.all([import("../setup/build-plan"), layout()]);
      return buildPlan(l);
    },
    crosswalk: () => import("../services/crosswalk-lookup"),
    readFile: async (file) => {
      const { readWorkbookFile } = await import("../services/read-file");
      return readWorkbookFile(file.name, await file.arrayBuffer());
    },
    importer: async () => {
      throw new Error("The importer is not part of this build yet (it lands with the import work); choosing a source works, mapping does not.");
    },
    validator: async () => {
      throw new Error("The validation rules are not part of this build yet (they land with the import work).");
    },
    store,
    now: () => new Date(),
  };
}
