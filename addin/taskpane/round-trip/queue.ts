import { ApiClient } from "../../../shared/api/client";
import { loadApiSettings } from "../../services/api-settings";
import { PushQueue } from "../../services/push-queue";
import { readWorkbookSettings, recordSyncedVersion } from "../../services/round-trip";
import type { PaneServices } from "../services";

const queues = new WeakMap<PaneServices, PushQueue>();

/** The pane's one push queue (it lives as long as the pane, whichever panel is open). */
export function pushQueueFor(services: PaneServices): PushQueue {
  let queue = queues.get(services);
  if (!queue) {
    queue = new PushQueue({
      store: services.store,
      client: () => clientFor(services),
      now: services.now,
      schedule: services.schedule,
    });
    queues.set(services, queue);
    // A push that got through later: the workbook is now in step with that version.
    queue.subscribe((event) => {
      if (event.kind !== "pushed") return;
      void readWorkbookSettings(services.port)
        .then((settings) => {
          if (settings.team === event.push.team && settings.workbook === event.push.workbook) return recordSyncedVersion(services.port, settings.read, event.version);
          return false;
        })
        .catch(() => undefined);
    });
  }
  return queue;
}

export function clientFor(services: PaneServices): ApiClient | undefined {
  const settings = loadApiSettings(services.store);
  return settings ? new ApiClient(settings, services.fetch) : undefined;
}
