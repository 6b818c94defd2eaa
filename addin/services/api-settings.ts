/**
 * The API's URL and key, kept in the add-in's own storage (the browser storage of the task pane),
 * never in the workbook: a workbook is shared and mailed around, a key must not travel with it.
 */
import type { ApiSettings } from "../../shared/api/client";
import type { KeyValueStore } from "./key-value-store";

const URL_KEY = "api.url";
const KEY_KEY = "api.key";

export function loadApiSettings(store: KeyValueStore): ApiSettings | undefined {
  const baseUrl = store.get(URL_KEY)?.trim();
  const key = store.get(KEY_KEY)?.trim();
  return baseUrl && key ? { baseUrl, key } : undefined;
}

/**
 * The URL Settings offers before anything is saved: the API deployed with this add-in (the stack
 * builds it with VITE_CROSSWALK_API_URL, a function URL ending in `/`), without trailing slashes;
 * empty for local builds. Vite writes the value into the bundle at build time.
 */
export function deployedApiUrl(env: ImportMetaEnv = import.meta.env): string {
  return (env.VITE_CROSSWALK_API_URL ?? "").trim().replace(/\/+$/, "");
}

export function saveApiSettings(store: KeyValueStore, settings: ApiSettings): void {
  store.set(URL_KEY, settings.baseUrl.trim());
  store.set(KEY_KEY, settings.key.trim());
}

export function clearApiSettings(store: KeyValueStore): void {
  store.remove(URL_KEY);
  store.remove(KEY_KEY);
}

/** What the local server (`npm start`) tells the preview at /local-config.json. */
export interface LocalApiConfig {
  readonly apiUrl: string;
  readonly apiKey: string;
  readonly org?: string;
}

export function isLocalApiConfig(value: unknown): value is LocalApiConfig {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.apiUrl === "string" && typeof v.apiKey === "string";
}
