import * as z from "zod";
import { RiskMatrix } from "../scoring/matrix";
import { DEFAULT_MATRIX } from "../scoring/presets";
import { AiSystem } from "./ai-system";
import { ImpactAssessment } from "./impact-assessment";
import { emptyManagementSystem, ManagementSystem } from "./management/management-system";
import { LIMITS } from "./primitives";
import { ProfileEntry } from "./profile";
import { Risk } from "./risk";
import { SoaEntry } from "./soa";
import { WorkbookMeta } from "./workbook";

/**
 * The version of the snapshot shape this code writes. Bump it with a migration in
 * `restore/migrations.ts` whenever a change would make an older snapshot parse differently.
 * Adding an optional field needs no bump.
 */
export const SNAPSHOT_SCHEMA_VERSION = 1;

const records = <T extends z.ZodType>(record: T) => z.array(record).max(LIMITS.records).default([]);

/**
 * Everything one team's workbook holds, as it travels from the add-in through the API to the
 * reports. Collections left out of a snapshot parse as empty.
 */
export const WorkbookSnapshot = z.object({
  schemaVersion: z.literal(SNAPSHOT_SCHEMA_VERSION, {
    error: `expected schemaVersion ${SNAPSHOT_SCHEMA_VERSION}; restore older snapshots with restoreSnapshot`,
  }),
  workbook: WorkbookMeta,
  matrix: RiskMatrix,
  aiSystems: records(AiSystem),
  risks: records(Risk),
  soa: records(SoaEntry),
  impactAssessments: records(ImpactAssessment),
  profile: records(ProfileEntry),
  managementSystem: ManagementSystem.default(emptyManagementSystem),
});
/** A parsed snapshot: every collection present. */
export type WorkbookSnapshot = z.infer<typeof WorkbookSnapshot>;
/** What a client may send: collections may be left out. */
export type WorkbookSnapshotInput = z.input<typeof WorkbookSnapshot>;

/**
 * A snapshot with no records, for a new workbook. The matrix defaults to a copy of the 5×5.
 *
 * @example emptySnapshot({ team: "credit-risk", name: "ai-conformance" })
 */
export function emptySnapshot(workbook: WorkbookMeta, matrix: RiskMatrix = DEFAULT_MATRIX): WorkbookSnapshot {
  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    workbook: { ...workbook },
    matrix: JSON.parse(JSON.stringify(matrix)) as RiskMatrix,
    aiSystems: [],
    risks: [],
    soa: [],
    impactAssessments: [],
    profile: [],
    managementSystem: emptyManagementSystem(),
  };
}
