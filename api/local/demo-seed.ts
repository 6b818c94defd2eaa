import { demoHistory } from "../../shared/demo/history";

/** The demo org the local server seeds on first run: three teams, three versions each. */
export interface DemoWorkbook {
  readonly team: string;
  readonly workbook: string;
  /** Oldest first; each is pushed as the next version. */
  readonly versions: readonly unknown[];
}

/** shared/demo's history, dated around `today` so overdue actions and reviews look current. */
export function demoWorkbooks(today: Date = new Date()): DemoWorkbook[] {
  return demoHistory({ asOf: today.toISOString().slice(0, 10) }).map((h) => ({
    team: h.team,
    workbook: h.workbook,
    versions: h.versions,
  }));
}
