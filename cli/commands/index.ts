import type { Command } from "../command";
import { pushCommand } from "./push";
import { serveCommand } from "./serve";
import { versionsCommand } from "./versions";

/** Every subcommand, in the order `crosswalk help` lists them. Add one line per command. */
export const COMMANDS: readonly Command[] = [serveCommand, pushCommand, versionsCommand];
