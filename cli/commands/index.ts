import type { Command } from "../command";
import { catalogCommand } from "./catalog";
import { demoCommand } from "./demo";
import { importCommand } from "./import";
import { lookupCommand } from "./lookup";
import { orgProfileCommand } from "./org-profile";
import { pushCommand } from "./push";
import { reportCommand } from "./report";
import { serveCommand } from "./serve";
import { suggestCommand } from "./suggest";
import { validateCommand } from "./validate";
import { versionsCommand } from "./versions";

/** Every subcommand, in the order `crosswalk help` lists them. Add one line per command. */
export const COMMANDS: readonly Command[] = [
  lookupCommand,
  catalogCommand,
  importCommand,
  validateCommand,
  suggestCommand,
  demoCommand,
  serveCommand,
  pushCommand,
  versionsCommand,
  reportCommand,
  orgProfileCommand,
];
