import type { Command } from "./command";
import { COMMANDS } from "./commands/index";
import { type CliIo, processIo, UsageError } from "./io";

/** Help lists every command's summary, so it is the one path that loads them all. */
async function helpText(): Promise<string> {
  const commands: readonly Command[] = await Promise.all(COMMANDS.map((c) => c.load()));
  const width = Math.max(0, ...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    "crosswalk: NIST AI RMF 1.0 and ISO/IEC 42001 from one set of artifacts",
    "",
    "usage: crosswalk <command> [options]",
    "",
    "commands:",
    ...lines,
    "",
    "Run `crosswalk <command> --help` for a command's options.",
    "",
  ].join("\n");
}

export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    io.stdout(await helpText());
    return name === undefined ? 2 : 0;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    io.stderr(`crosswalk: unknown command "${name}"\n\n${await helpText()}`);
    return 2;
  }
  const command = await entry.load();
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`crosswalk ${name}: ${error.message}\n\n${command.usage}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`crosswalk ${name}: ${message}\n`);
    return 1;
  }
}
