/** Small persistent settings (saved import mappings; later the API settings). */
export interface KeyValueStore {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
  remove(key: string): void;
}

/** The add-in's own browser storage (never the workbook). Falls back to memory when blocked. */
export function browserStore(prefix = "crosswalk:"): KeyValueStore {
  const memory = new Map<string, string>();
  const storage = (() => {
    try {
      return globalThis.localStorage;
    } catch {
      return undefined;
    }
  })();
  return {
    get: (key) => {
      try {
        return storage?.getItem(prefix + key) ?? memory.get(key);
      } catch {
        return memory.get(key);
      }
    },
    set: (key, value) => {
      memory.set(key, value);
      try {
        storage?.setItem(prefix + key, value);
      } catch {
        // quota or privacy mode: the in-memory copy still serves this session
      }
    },
    remove: (key) => {
      memory.delete(key);
      try {
        storage?.removeItem(prefix + key);
      } catch {
        // ignore
      }
    },
  };
}

export function memoryStore(): KeyValueStore {
  const map = new Map<string, string>();
  return { get: (k) => map.get(k), set: (k, v) => void map.set(k, v), remove: (k) => void map.delete(k) };
}
