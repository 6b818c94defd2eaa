import { demoSnapshots } from "../../../../shared/demo/index";
import type { WorkbookSnapshot } from "../../../../shared/model/index";

/** Strings that would run code, break markup or start a formula if a renderer let them through. */
export const HOSTILE = {
  script: '<script>alert("pwned")</script>',
  formula: '=HYPERLINK("http://evil.example","click")',
  plus: "+1+cmd|' /C calc'!A0",
  minus: "-2+3",
  at: "@SUM(1+1)",
  tab: "\tTAB",
  cr: "\rCR",
  markdown: "| broken | table | [link](javascript:alert(1)) **bold** `code`",
  quote: 'say "hi", then, leave',
  newline: "line one\nline two",
  amp: "Q&A <b>bold</b> 'x'",
  spaced: " =1+1",
  fullWidth: "\uFF1DSUM(1,1)",
} as const;

/** The demo snapshots with hostile strings in risk titles, owners, an SoA owner and a team name. */
export function hostileSnapshots(): WorkbookSnapshot[] {
  const snapshots = demoSnapshots();
  const credit = snapshots[0]!;
  const values = Object.values(HOSTILE);
  credit.workbook.teamName = HOSTILE.script;
  credit.risks.forEach((risk, index) => {
    risk.title = values[index % values.length]!;
    if (index % 3 === 0) risk.owner = HOSTILE.formula;
  });
  credit.risks[0]!.actions = [{ id: "X-1", description: HOSTILE.script, owner: HOSTILE.at, dueDate: "2026-01-01", status: "in-progress" }];
  credit.soa[0]!.owner = HOSTILE.amp;
  return snapshots;
}
