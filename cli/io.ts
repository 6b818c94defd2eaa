/** What a command may touch of the outside world, passed in so tests can run commands in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  /** Bytes to stdout as they are: a report (XLSX included) written with `-o -`. */
  readonly stdoutBytes: (bytes: Uint8Array) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** Waits `ms` (a retry's pause); tests pass one that records the pause and resolves at once. */
  readonly wait: (ms: number) => Promise<void>;
}

export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stdoutBytes: (bytes) => process.stdout.write(bytes),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
}

/** Thrown for bad command-line usage; main() prints the message and exits with 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

export function writeJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}
