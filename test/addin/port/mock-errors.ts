/** Paths inside `value` where office-addin-mock's "not loaded"/"not synced" strings leaked out. */
export function mockErrorPaths(value: unknown, path = "$"): string[] {
  if (typeof value === "string") return value.startsWith("Error, ") ? [`${path}: ${value}`] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => mockErrorPaths(v, `${path}[${i}]`));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => mockErrorPaths(v, `${path}.${k}`));
  }
  return [];
}
