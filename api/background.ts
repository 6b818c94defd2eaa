/**
 * Work done after an answer, without holding it up: an org's report stored or rebuilt. Where it
 * runs decides when it starts and when it is done:
 * - `immediate` (the local server): it starts on the next turn of the event loop and shares the
 *   process with later requests (a rebuild of a large org holds them up while it computes);
 * - `deferred` (the Lambda streaming entry): it waits until the entry has ended the answer's
 *   stream and calls `start`, and the entry then waits for it (`idle`) before the invocation
 *   ends, as Lambda freezes an instance between invocations.
 */
export interface Background {
  /** Queues the task; its failure is reported to `failed`, never thrown. */
  run(what: string, task: () => Promise<void>): void;
  /** Starts the tasks queued (deferred mode; immediate mode starts them by itself). */
  start(): void;
  /** Resolves once no task is running, those started meanwhile included; tasks queued and not started (deferred mode) are not waited for. */
  idle(): Promise<void>;
}

/** `failed` hears of each task that failed, e.g. `(message, error) => log({ level: "warn", message, error })`. */
export function createBackground(failed: (message: string, error: unknown) => void, mode: "immediate" | "deferred" = "immediate"): Background {
  const queued: Array<{ what: string; task: () => Promise<void> }> = [];
  const running = new Set<Promise<void>>();
  const launch = (what: string, task: () => Promise<void>) => {
    const done: Promise<void> = Promise.resolve()
      .then(task)
      .catch((error: unknown) => failed(`${what} failed`, error))
      .finally(() => running.delete(done));
    running.add(done);
  };
  const background: Background = {
    run(what, task) {
      if (mode === "deferred") {
        queued.push({ what, task });
        return;
      }
      launch(what, () => new Promise<void>((resolve) => setImmediate(resolve)).then(task));
    },
    start() {
      for (const { what, task } of queued.splice(0)) launch(what, task);
    },
    async idle() {
      while (running.size > 0) await Promise.all(running);
    },
  };
  return background;
}
