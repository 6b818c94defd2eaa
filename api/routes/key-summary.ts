import { keyDisplayPrefix } from "../auth/api-key";
import type { KeySummary } from "../../shared/api/key";
import type { KeyRecord } from "../store/port";

export function keySummary(record: KeyRecord): KeySummary {
  return {
    id: record.id,
    prefix: keyDisplayPrefix(record.id),
    name: record.name,
    role: record.role,
    teams: [...record.teams],
    createdAt: record.createdAt,
    createdBy: record.createdBy,
    revokedAt: record.revokedAt,
  };
}
