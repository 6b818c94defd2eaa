/** Written after a decision: what changed, in the user's words. */
export function decidedSentence(written: { applied: number; rows: number; problems: readonly { message: string }[] }): string {
  const rows = `${written.rows} row${written.rows === 1 ? "" : "s"}`;
  const problems = written.problems.length > 0 ? ` Not applied: ${written.problems.map((p) => p.message).join("; ")}.` : "";
  return `${written.applied} decision${written.applied === 1 ? "" : "s"} written into ${rows} (their reference and suggestion cells only).${problems}`;
}
