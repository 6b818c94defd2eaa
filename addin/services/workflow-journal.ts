/**
 * The add-in's memory of its own last validate, push and report pull, kept in the add-in's storage
 * (never in the workbook). Feeds the Start view; a missing or damaged entry reads as "not yet".
 */
import type { KeyValueStore } from "./key-value-store";
import type { WorkflowJournal } from "./workflow-status";

const KEY = "workflow.journal";

type Entry = Record<string, unknown>;
const entry = (value: unknown): Entry | undefined => (typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Entry) : undefined);
const isCount = (value: unknown): value is number => typeof value === "number" && Number.isInteger(value) && value >= 0;

/** The journal as stored, keeping only entries of the right shape. */
export function readJournal(store: KeyValueStore): WorkflowJournal {
  let raw: Entry | undefined;
  try {
    raw = entry(JSON.parse(store.get(KEY) ?? "{}"));
  } catch {
    return {};
  }
  const validated = entry(raw?.validated);
  const pushed = entry(raw?.pushed);
  const pulled = entry(raw?.reportPulled);
  return {
    ...(validated && typeof validated.at === "string" && isCount(validated.errors) && isCount(validated.warnings)
      ? { validated: { at: validated.at, errors: validated.errors, warnings: validated.warnings } }
      : {}),
    ...(pushed && typeof pushed.at === "string" && isCount(pushed.version) ? { pushed: { at: pushed.at, version: pushed.version } } : {}),
    ...(pulled && typeof pulled.at === "string" ? { reportPulled: { at: pulled.at } } : {}),
  };
}

export function recordInJournal(store: KeyValueStore, update: Partial<WorkflowJournal>): void {
  store.set(KEY, JSON.stringify({ ...readJournal(store), ...update }));
}
