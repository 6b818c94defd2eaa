import type { Command } from "../command";
import { catalogCommand } from "./catalog";
import { demoCommand } from "./demo";
import { lookupCommand } from "./lookup";
import { orgProfileCommand } from "./org-profile";
import { pushCommand } from "./push";
import { reportCommand } from "./report";
import { serveCommand } from "./serve";
import { versionsCommand } from "./versions";

/** Every subcommand, in the order `crosswalk help` lists them. Add one line per command. */
export const COMMANDS: readonly Command[] = [
  lookupCommand,
  catalogCommand,
  demoCommand,
  serveCommand,
  pushCommand,
  versionsCommand,
  reportCommand,
  orgProfileCommand,
];
