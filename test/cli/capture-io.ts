import type { CliIo } from "../../cli/io";

/** A CliIo that records what a command prints, for in-process CLI tests. */
export function captureIo(env: Record<string, string> = {}): CliIo & { out: () => string; err: () => string } {
  let out = "";
  let err = "";
  return {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    env,
    cwd: process.cwd(),
    out: () => out,
    err: () => err,
  };
}
