import type { Command } from "../command";
import { catalogCommand } from "./catalog";
import { lookupCommand } from "./lookup";

/** What `npm start` shows until the local API exists: the catalogs and a few lookups. */
export const demoCommand: Command = {
  name: "demo",
  summary: "A short tour: catalog counts and crosswalk lookups",
  usage: "usage: crosswalk demo",
  async run(_args, io) {
    io.stdout("Crosswalk: NIST AI RMF 1.0 ↔ ISO/IEC 42001 ↔ ISO/IEC 27001 ↔ NIST SP 800-53\n\n");
    await catalogCommand.run(["stats"], io);
    io.stdout("\n$ crosswalk lookup GV-1.1 --to iso42001\n");
    await lookupCommand.run(["GV-1.1", "--to", "iso42001"], io);
    io.stdout("$ crosswalk lookup B.6.2.4 --to iso27001\n");
    await lookupCommand.run(["B.6.2.4", "--to", "iso27001"], io);
    io.stdout("Try `npx crosswalk help`.\n");
    return 0;
  },
};
