import type { KeyValueStore } from "../../services/key-value-store";
import type { ImportAnalysis, ImportChoices } from "../../services/import-engine";

/** A mapping the user saved: kept by header text so it applies to the next file of the same shape. */
export interface SavedMapping {
  readonly name: string;
  readonly kind: string;
  readonly headerRow: number;
  readonly byHeader: Readonly<Record<string, string | null>>;
}

const KEY = "import-mappings";

export function loadMappings(store: KeyValueStore): SavedMapping[] {
  try {
    const parsed: unknown = JSON.parse(store.get(KEY) ?? "[]");
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (m): m is SavedMapping =>
        typeof m === "object" && m !== null && typeof m.name === "string" && typeof m.kind === "string" && typeof m.headerRow === "number" && typeof m.byHeader === "object",
    );
  } catch {
    return [];
  }
}

export function saveMapping(store: KeyValueStore, name: string, analysis: ImportAnalysis): SavedMapping[] {
  const byHeader: Record<string, string | null> = {};
  for (const c of analysis.columns) if (c.header.trim() !== "") byHeader[normalise(c.header)] = c.field;
  const entry: SavedMapping = { name, kind: analysis.kind, headerRow: analysis.headerRow, byHeader };
  const next = [...loadMappings(store).filter((m) => m.name !== name), entry];
  store.set(KEY, JSON.stringify(next));
  return next;
}

/** Choices that re-apply a saved mapping to columns whose headers match. */
export function choicesFrom(saved: SavedMapping, analysis: ImportAnalysis): ImportChoices {
  const mapping = new Map<number, string | null>();
  for (const c of analysis.columns) {
    const field = saved.byHeader[normalise(c.header)];
    if (field !== undefined) mapping.set(c.column, field);
  }
  return { kind: saved.kind, headerRow: saved.headerRow, mapping };
}

function normalise(header: string): string {
  return header.replace(/\s+/g, " ").trim().toLowerCase();
}
