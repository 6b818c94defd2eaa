import type { Command } from "../command";

/** Every subcommand, in the order `crosswalk help` lists them. Add one line per command. */
export const COMMANDS: readonly Command[] = [];
