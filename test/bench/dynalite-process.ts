/**
 * dynalite in a process of its own, for the report benchmark: DynamoDB is a service of its own in
 * production, so its data and its request handling are kept out of the API server's heap and event
 * loop (in one process, the server's collector traced dynalite's whole table on every request).
 * Still dynalite, still over loopback HTTP. The child exits when its stdin closes, so it never
 * outlives the benchmark.
 */
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import type { DynaliteServer } from "../../api/local/dynalite";

const CHILD = `
const server = require("dynalite")({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
server.listen(0, "127.0.0.1", () => process.stdout.write(JSON.stringify({ port: server.address().port }) + "\\n"));
process.stdin.on("end", () => process.exit(0));
process.stdin.resume();
`;

export async function startDynaliteProcess(): Promise<DynaliteServer> {
  const child = spawn(process.execPath, ["-e", CHILD], { stdio: ["pipe", "pipe", "inherit"], cwd: process.cwd() });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    child.once("exit", (code) => reject(new Error(`dynalite's process exited (${code}) before it listened`)));
    lines.once("line", (line) => {
      const parsed = JSON.parse(line) as { port?: unknown };
      if (typeof parsed.port === "number") resolve(parsed.port);
      else reject(new Error(`dynalite's process said ${line}`));
    });
  });
  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    async stop() {
      child.stdin.end();
      await exited;
    },
    async start() {
      throw new Error("dynalite's process cannot be restarted");
    },
  };
}
