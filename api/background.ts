/**
 * Work done after an answer, without holding it up (an org's report rebuilt after a push). Where
 * it runs decides when it is done: the local server lets it run in its process; the Lambda
 * streaming entry ends the response first and then waits for it (`idle`) before the invocation
 * ends, as Lambda freezes an instance between invocations.
 */
export interface Background {
  /** Starts the task once the current answer has gone; its failure is logged, never thrown. */
  run(what: string, task: () => Promise<void>): void;
  /** Resolves once no task is running, those started meanwhile included. */
  idle(): Promise<void>;
}

/** `failed` hears of each task that failed, e.g. `(message, error) => log({ level: "warn", message, error })`. */
export function createBackground(failed: (message: string, error: unknown) => void): Background {
  const running = new Set<Promise<void>>();
  return {
    run(what, task) {
      const done: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
        .then(task)
        .catch((error: unknown) => failed(`${what} failed`, error))
        .finally(() => running.delete(done));
      running.add(done);
    },
    async idle() {
      while (running.size > 0) await Promise.all(running);
    },
  };
}
