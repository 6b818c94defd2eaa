import { parseSnapshot } from "../../shared/model/parse-snapshot";
import { restoreSnapshot } from "../../shared/model/restore/restore-snapshot";
import { SNAPSHOT_SCHEMA_VERSION, type WorkbookSnapshot } from "../../shared/model/snapshot";

const decoder = new TextDecoder();

/**
 * A stored snapshot in today's model. Pushes passed the strict `parseSnapshot` and their bytes are
 * checksummed on every read, so a current-version snapshot parses again (about 4× faster than
 * restoring it); one written under an older schema is brought forward by `restoreSnapshot`.
 */
export function snapshotFromStored(body: Uint8Array, schemaVersion: number): WorkbookSnapshot {
  const value: unknown = JSON.parse(decoder.decode(body));
  if (schemaVersion === SNAPSHOT_SCHEMA_VERSION) {
    const parsed = parseSnapshot(value);
    if (parsed.success) return parsed.snapshot;
  }
  return restoreSnapshot(value).snapshot;
}
