import type { CliIo } from "../../cli/io";

/** A CliIo that records what a command prints, for in-process CLI tests. */
export function captureIo(env: Record<string, string> = {}): CliIo & { out: () => string; err: () => string; outBytes: () => Buffer; waits: () => readonly number[] } {
  const out: Buffer[] = [];
  const waits: number[] = [];
  let err = "";
  return {
    stdout: (t) => void out.push(Buffer.from(t, "utf8")),
    stdoutBytes: (b) => void out.push(Buffer.from(b)),
    stderr: (t) => void (err += t),
    env,
    cwd: process.cwd(),
    wait: async (ms) => void waits.push(ms),
    waits: () => waits,
    out: () => Buffer.concat(out).toString("utf8"),
    outBytes: () => Buffer.concat(out),
    err: () => err,
  };
}

/**
 * Resolves once `ready` holds for what the command has printed so far. It waits on the condition,
 * not on a number of tries, so a busy machine only makes it slower; the test's timeout bounds it.
 */
export async function untilPrinted(io: { out: () => string; err: () => string }, ready: (out: string) => boolean): Promise<string> {
  while (!ready(io.out())) await new Promise((resolve) => setTimeout(resolve, 20));
  return io.out();
}
