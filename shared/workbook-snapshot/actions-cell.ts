import { ACTION_STATUSES, type ActionStatus, type RiskAction } from "../model/risk";
import { isIsoDate } from "../model/primitives";

/**
 * A risk's treatment actions in one cell, one action per line: the description, then optionally
 * its details in brackets, so the register reads naturally without the add-in and a pulled
 * version loses nothing:
 *
 *     Retrain on Q2 data [id: A-1; owner: J. Smith; due: 2026-07-01; status: in-progress]
 *     Add a drift monitor
 *
 * A line is split into description and details only when its trailing `[…]` holds nothing but
 * `key: value` pairs with the keys below; any other bracketed text stays part of the description.
 */
const KEYS = { id: "id", owner: "owner", due: "dueDate", status: "status", completed: "completedDate" } as const;
type DetailKey = keyof typeof KEYS;
const ORDER: readonly DetailKey[] = ["id", "owner", "due", "status", "completed"];

export interface ActionProblem {
  /** 1-based line of the cell. */
  readonly line: number;
  readonly message: string;
}

export interface ParsedActions {
  readonly actions: RiskAction[];
  readonly problems: ActionProblem[];
}

const TRAILING_DETAILS = /^(.*?)\s*\[([^[\]]*)\]\s*$/s;

function details(text: string): Map<DetailKey, string> | undefined {
  const found = new Map<DetailKey, string>();
  if (text.trim() === "") return found;
  for (const part of text.split(";")) {
    const m = /^\s*([a-z]+)\s*:\s*(.*?)\s*$/is.exec(part);
    const key = m?.[1]?.toLowerCase();
    if (!m || key === undefined || !(key in KEYS) || found.has(key as DetailKey) || m[2] === "") return undefined;
    found.set(key as DetailKey, m[2] ?? "");
  }
  return found;
}

function statusOf(text: string): ActionStatus | undefined {
  const folded = text.trim().toLowerCase().replace(/[\s_]+/g, "-");
  return (ACTION_STATUSES as readonly string[]).includes(folded) ? (folded as ActionStatus) : undefined;
}

/** Reads a cell of actions; lines that cannot be read are reported, never guessed. */
export function parseActions(text: string): ParsedActions {
  const actions: RiskAction[] = [];
  const problems: ActionProblem[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === "") return;
    const m = TRAILING_DETAILS.exec(line);
    const parsed = m ? details(m[2] ?? "") : undefined;
    const description = m && parsed && (m[1] ?? "").trim() !== "" ? (m[1] ?? "").trim() : line;
    const action: { -readonly [K in keyof RiskAction]: RiskAction[K] } = { description };
    if (parsed && description !== line) {
      for (const [key, value] of parsed) {
        const field = KEYS[key];
        if (field === "status") {
          const status = statusOf(value);
          if (status) action.status = status;
          else problems.push({ line: index + 1, message: `"${value}" is not an action status (${ACTION_STATUSES.join(", ")})` });
        } else if (field === "dueDate" || field === "completedDate") {
          if (isIsoDate(value)) action[field] = value;
          else problems.push({ line: index + 1, message: `${key}: "${value}" is not a date written YYYY-MM-DD` });
        } else {
          action[field] = value;
        }
      }
    }
    actions.push(action);
  });
  return { actions, problems };
}

/** The cell text for a risk's actions (the inverse of `parseActions`). */
export function formatActions(actions: readonly RiskAction[]): string {
  return actions
    .map((action) => {
      const description = action.description.replace(/\s*\r?\n\s*/g, " ").trim();
      const pairs = ORDER.flatMap((key) => {
        const value = action[KEYS[key]];
        return value === undefined ? [] : [`${key}: ${value}`];
      });
      if (pairs.length > 0) return `${description} [${pairs.join("; ")}]`;
      // A description that itself ends in something like details gets an empty block, so it reads back whole.
      const m = TRAILING_DETAILS.exec(description);
      return m && (m[1] ?? "").trim() !== "" && details(m[2] ?? "") ? `${description} []` : description;
    })
    .join("\n");
}
