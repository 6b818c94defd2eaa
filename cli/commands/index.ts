import type { Command } from "../command";

export interface CommandEntry {
  readonly name: string;
  readonly load: () => Promise<Command>;
}

/**
 * Every subcommand, in the order `crosswalk help` lists them. Add one line per command. Each is
 * loaded only when run: the CLI bundle splits at these imports, so `crosswalk lookup` never
 * loads exceljs, SheetJS, Hono or dynalite (test/cli/main.test.ts checks each name against its
 * module's).
 */
export const COMMANDS: readonly CommandEntry[] = [
  { name: "lookup", load: async () => (await import("./lookup")).lookupCommand },
  { name: "catalog", load: async () => (await import("./catalog")).catalogCommand },
  { name: "import", load: async () => (await import("./import")).importCommand },
  { name: "validate", load: async () => (await import("./validate")).validateCommand },
  { name: "suggest", load: async () => (await import("./suggest")).suggestCommand },
  { name: "demo", load: async () => (await import("./demo")).demoCommand },
  { name: "serve", load: async () => (await import("./serve")).serveCommand },
  { name: "push", load: async () => (await import("./push")).pushCommand },
  { name: "versions", load: async () => (await import("./versions")).versionsCommand },
  { name: "report", load: async () => (await import("./report")).reportCommand },
  { name: "org-profile", load: async () => (await import("./org-profile")).orgProfileCommand },
];
