import type { Issue, Severity } from "../../shared/issues/issue";

export function plural(n: number, word: string): string {
  return `${n.toLocaleString("en")} ${word}${n === 1 ? "" : "s"}`;
}

const HEADINGS: Readonly<Record<Severity, string>> = { error: "Errors", warning: "Warnings", info: "Notes" };

/**
 * Issues as a risk manager reads them: errors and warnings one per line with the cell and a fix,
 * up to `limit` each; notes (informational) grouped by kind with one example.
 */
export function formatIssues(issues: readonly Issue[], limit = 25): string {
  if (issues.length === 0) return "No issues.";
  const lines: string[] = [];
  for (const severity of ["error", "warning"] as const) {
    const list = issues.filter((i) => i.severity === severity);
    if (list.length === 0) continue;
    lines.push(`${HEADINGS[severity]} (${list.length}):`);
    for (const issue of list.slice(0, limit)) {
      lines.push(`  ${where(issue).padEnd(8)} ${issue.message}`);
      if (issue.hint) lines.push(`  ${"".padEnd(8)} → ${issue.hint}`);
    }
    if (list.length > limit) lines.push(`  … and ${list.length - limit} more (--json lists them all)`);
    lines.push("");
  }
  const notes = issues.filter((i) => i.severity === "info");
  if (notes.length > 0) {
    lines.push(`${HEADINGS.info} (${notes.length}):`);
    const byCode = new Map<string, Issue[]>();
    for (const note of notes) byCode.set(note.code, [...(byCode.get(note.code) ?? []), note]);
    for (const [code, list] of byCode) {
      const first = list[0] as Issue;
      lines.push(list.length === 1 ? `  ${where(first).padEnd(8)} ${first.message}` : `  ${plural(list.length, "note")} like ${where(first)}: ${first.message} [${code}]`);
    }
    lines.push("");
  }
  return lines.join("\n").trimEnd();
}

function where(issue: Issue): string {
  return issue.cell;
}
