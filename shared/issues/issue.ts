import { z } from "zod";

/**
 * One finding about the user's data, shaped like zod's issues: a readonly value told apart by a
 * stable `code`, pointing at one cell, with a message a risk manager can read and a hint that
 * says how to fix it. Import and validation both produce these; the add-in highlights `cell` on
 * `sheet`, the CLI prints them.
 */
export const SEVERITIES = ["error", "warning", "info"] as const;
export const Severity = z.enum(SEVERITIES);
export type Severity = z.infer<typeof Severity>;

export const Issue = z.object({
  /** Stable, kebab-case, e.g. `risk-owner-missing`. Never reworded once released. */
  code: z.string().min(1).max(100),
  severity: Severity,
  /** Worksheet name. */
  sheet: z.string().max(300),
  /** A1 address such as `D7` (a whole row is reported at its first cell). */
  cell: z.string().max(20),
  message: z.string().max(2_000),
  hint: z.string().max(2_000).optional(),
});
export type Issue = z.infer<typeof Issue>;

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Orders issues by severity, then sheet, then cell in reading order (row, then column). */
export function compareIssues(a: Issue, b: Issue): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    a.sheet.localeCompare(b.sheet) ||
    compareCells(a.cell, b.cell) ||
    a.code.localeCompare(b.code)
  );
}

function compareCells(a: string, b: string): number {
  const pa = splitCell(a);
  const pb = splitCell(b);
  return pa.row - pb.row || pa.col.length - pb.col.length || pa.col.localeCompare(pb.col);
}

function splitCell(cell: string): { col: string; row: number } {
  const match = /^([A-Z]*)(\d*)$/.exec(cell);
  return { col: match?.[1] ?? "", row: Number(match?.[2] ?? 0) };
}

/** Shortens a cell's text for a message: one line, at most `max` characters. */
export function quote(text: string, max = 60): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return `"${oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine}"`;
}
