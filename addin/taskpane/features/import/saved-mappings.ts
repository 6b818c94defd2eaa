import type { KeyValueStore } from "../../../services/key-value-store";

/**
 * A mapping the user saved, as the import engine's template (for the shared importer a
 * MappingTemplate: columns found again by header text, then by letter), so it applies to next
 * month's copy of the same register — and is the same JSON `crosswalk import --template` reads.
 */
export interface SavedMapping {
  readonly name: string;
  readonly template: string;
}

const KEY = "import-templates";

export function loadMappings(store: KeyValueStore): SavedMapping[] {
  try {
    const parsed: unknown = JSON.parse(store.get(KEY) ?? "[]");
    if (!Array.isArray(parsed)) return [];
    return parsed.filter((m): m is SavedMapping => typeof m === "object" && m !== null && typeof m.name === "string" && typeof m.template === "string");
  } catch {
    return [];
  }
}

export function saveMapping(store: KeyValueStore, name: string, template: string): SavedMapping[] {
  const next = [...loadMappings(store).filter((m) => m.name !== name), { name, template }];
  store.set(KEY, JSON.stringify(next));
  return next;
}
