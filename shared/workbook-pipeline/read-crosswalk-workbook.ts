import { compareIssues, type Issue, type Severity } from "../issues/issue";
import type { SheetGrid } from "../file-reader/grid";
import { ratingScaleOf } from "../import/normalise/rating";
import type { DateOrder } from "../import/normalise/date";
import { SHEET_LAYOUTS } from "../layout/index";
import type { LayoutId } from "../layout/sheet-layout";
import { API_ID_PATTERN, API_ID_RULE } from "../model/api-id";
import { COLLECTION_NAMES, type CollectionName, type CollectionRecordMap } from "../model/collections";
import { parseSnapshot } from "../model/parse-snapshot";
import { SNAPSHOT_SCHEMA_VERSION, type WorkbookSnapshot } from "../model/snapshot";
import type { WorkbookMeta } from "../model/workbook";
import type { RiskMatrix } from "../scoring/matrix";
import type { Located, ValidationInput } from "../validation/input";
import { matrixSizeOf } from "../validation/input";
import { type RuleConfig, validate } from "../validation/validate";
import { layoutRecords, type LayoutRecord } from "../workbook-snapshot/layout-records";
import { readLayoutSheet, type SheetRead } from "../workbook-snapshot/read-sheet";
import { readSettings, SETTINGS_SHEET, type SettingsRead } from "../workbook-snapshot/settings-sheet";
import { isLaidOut } from "./crosswalk-sheets";
import { assumedMatrixIssue, type FoundSettings, workbookMatrix, type WorkbookMatrix } from "./workbook-matrix";

export interface ReadWorkbookOptions {
  /** Team and workbook ids (and other metadata) that override the settings sheet's, e.g. from `--team`. */
  readonly workbook?: Partial<WorkbookMeta>;
  /** The date overdue checks are made against (`YYYY-MM-DD`); without it they are skipped. */
  readonly asOf?: string;
  /** Matrix to use when the workbook's settings sheet holds none (default 5×5). */
  readonly fallbackMatrix?: RiskMatrix;
  readonly dateOrder?: DateOrder;
  /** Validation rules switched off or made louder, as `crosswalk validate --rules` takes them. */
  readonly rules?: RuleConfig;
}

export interface SheetSummary {
  readonly layout: LayoutId;
  /** The sheet it was read from; undefined when the workbook has no such sheet. */
  readonly sheet?: string;
  readonly records: number;
}

export type WorkbookRecords = { readonly [K in CollectionName]: readonly CollectionRecordMap[K][] };

export interface WorkbookRead {
  /**
   * False for a workbook Crosswalk did not make (no settings sheet, no sheet in Crosswalk's
   * layout): nothing in it was read, and the one issue says to import it.
   */
  readonly crosswalk: boolean;
  readonly matrix: WorkbookMatrix;
  /** The settings sheet as read, when the workbook has one. */
  readonly settings?: SettingsRead;
  /** The records that survived their checks, per collection (what the snapshot holds). */
  readonly records: WorkbookRecords;
  /** Undefined when no snapshot can be made at all (not Crosswalk's, or no valid team or workbook id). */
  readonly snapshot: WorkbookSnapshot | undefined;
  /** Reading and validation issues, errors first, each on its cell: what Validate lists and Push refuses on. */
  readonly issues: readonly Issue[];
  readonly counts: Readonly<Record<Severity, number>>;
  readonly sheets: readonly SheetSummary[];
}

/** The sentence Validate and Push both give for a workbook Crosswalk did not make. */
export const NOT_CROSSWALK_MESSAGE =
  `Crosswalk did not make this workbook (it has no "${SETTINGS_SHEET}" sheet and no sheet laid out as Crosswalk lays them out), ` +
  "so its sheets are not read as Crosswalk's: import it first, with Import in the add-in or crosswalk import <file> --out <file.xlsx>";

type Mutable = Record<string, unknown>;

/**
 * The workbook pipeline: a Crosswalk workbook's sheets (as grids) → its settings and risk matrix
 * → its records → validation → the snapshot Push sends. Validate and Push call this one function,
 * in the add-in and in the CLI, so Validate lists every error Push would refuse, in the same words.
 *
 * The structured sheets (`shared/layout/`) are read back cell by cell; the workbook's metadata
 * and matrix come from its settings sheet; team and workbook ids from `options.workbook` or that
 * sheet. Anything that would not survive the trip (a cell that cannot be read, a record without
 * its id, an id used twice) is an error on its cell. A workbook Crosswalk did not make is not read
 * at all, whatever its sheets are called. Pure and total: it never throws.
 */
export function readCrosswalkWorkbook(grids: readonly SheetGrid[], options: ReadWorkbookOptions = {}): WorkbookRead {
  const issues: Issue[] = [];
  const find = (name: string) => grids.find((s) => s.name.toLowerCase() === name.toLowerCase());

  const settingsGrid = find(SETTINGS_SHEET);
  const found: FoundSettings | undefined = settingsGrid ? { sheet: settingsGrid.name, read: readSettings(settingsGrid) } : undefined;
  const settings = found?.read;
  const matrix = workbookMatrix(found, options.fallbackMatrix);
  const settingsAt = settingsGrid?.name ?? SETTINGS_SHEET;

  const laidOut = SHEET_LAYOUTS.some((layout) => {
    const grid = find(layout.sheetName);
    return grid !== undefined && isLaidOut(grid, layout);
  });
  if (!found && !laidOut) {
    // On the sheet whose name misled, else on none: the add-in reads only Crosswalk's sheet
    // names and the CLI every sheet, and both must say the same.
    const named = SHEET_LAYOUTS.map((l) => find(l.sheetName)?.name).find((n) => n !== undefined);
    issues.push({
      code: "workbook-not-crosswalk",
      severity: "error",
      sheet: named ?? "",
      cell: "A1",
      message: NOT_CROSSWALK_MESSAGE,
      hint: "Import reads any register, SoA or inventory into Crosswalk's sheets; the file you have is left as it is.",
    });
    return finish({ crosswalk: false, matrix, records: emptyRecords(), snapshot: undefined, issues, sheets: [] });
  }

  if (settings) issues.push(...settings.issues);
  const assumed = assumedMatrixIssue(matrix, found);
  if (assumed) issues.push(assumed);
  const context = {
    likelihood: ratingScaleOf(matrix.matrix.likelihood),
    impact: ratingScaleOf(matrix.matrix.impact),
    bands: matrix.matrix.bands,
    dateOrder: options.dateOrder ?? "dmy",
  } as const;

  const meta = { ...(settings?.meta ?? {}), ...(options.workbook ?? {}) } as Mutable;
  if (settings?.meta.extra || options.workbook?.extra) meta.extra = { ...(settings?.meta.extra ?? {}), ...(options.workbook?.extra ?? {}) };
  const idsOk = checkWorkbookIds(meta, settings, settingsAt, issues);

  const { sheets, collections, validation } = readLayoutSheets(find, context, matrix.matrix, issues);
  if (sheets.every((s) => s.sheet === undefined)) {
    issues.push({
      code: "workbook-no-crosswalk-sheets",
      severity: "error",
      sheet: settingsAt,
      cell: "A1",
      message: `None of the Crosswalk sheets (${SHEET_LAYOUTS.map((l) => l.sheetName).join(", ")}) is in this workbook, so there is nothing to push`,
      hint: "Set the workbook up with the Crosswalk add-in, or import your sheets into it first (crosswalk import --out).",
    });
  }
  const present = (id: LayoutId) => sheets.some((s) => s.layout === id && s.sheet !== undefined);
  validation.present = { aiSystems: present("aiSystems"), impactAssessments: present("impactAssessments") };
  const result = validate(validation, { ...(options.asOf ? { asOf: options.asOf } : {}), ...(options.rules ? { config: options.rules } : {}) });
  issues.push(...result.issues);

  const snapshot = idsOk ? snapshotOf(meta, matrix.matrix, collections, settingsAt, issues) : undefined;
  return finish({
    crosswalk: true,
    matrix,
    ...(settings ? { settings } : {}),
    records: collections as unknown as WorkbookRecords,
    snapshot,
    issues,
    sheets,
  });
}

/** Both ids are checked, so a workbook with neither hears of both at once. */
function checkWorkbookIds(meta: Mutable, settings: SettingsRead | undefined, settingsAt: string, issues: Issue[]): boolean {
  return (["team", "name"] as const).map((key) => {
    const value = meta[key];
    const label = key === "team" ? "team" : "workbook";
    const cell = settings?.cells[key];
    const where = { sheet: settingsAt, cell: cell ? `B${cell.row + 1}` : "B1" };
    if (typeof value !== "string" || value === "") {
      issues.push({ code: `${label}-id-missing`, severity: "error", ...where, message: `No ${label} id: the API files every version under a team and a workbook`, hint: `Set the ${label} id on the "${SETTINGS_SHEET}" sheet (in the add-in: Settings).` });
      return false;
    }
    if (!API_ID_PATTERN.test(value)) {
      issues.push({ code: `${label}-id-invalid`, severity: "error", ...where, message: `"${value}" cannot be a ${label} id: use ${API_ID_RULE}`, hint: `For example "credit-risk".` });
      return false;
    }
    return true;
  }).every(Boolean);
}

type LayoutFinder = (name: string) => SheetGrid | undefined;
type ReadContext = Parameters<typeof readLayoutSheet>[2];

/** Every structured sheet read back and checked record by record, and what validation needs of them. */
function readLayoutSheets(find: LayoutFinder, context: ReadContext, matrix: RiskMatrix, issues: Issue[]) {
  const sheets: SheetSummary[] = [];
  const collections = {} as Record<CollectionName, Mutable[]>;
  const validation: { -readonly [K in keyof ValidationInput]: ValidationInput[K] } = { matrix: matrixSizeOf(matrix) };
  // Validation reads the model's shapes with every field optional; a checked record is one.
  const located = <T>(read: SheetRead, checked: readonly LayoutRecord[]): Located<T>[] =>
    checked.map(({ record, row }) => ({ record: record as T, sheet: read.sheet, row: row.row, columns: read.columns }));

  for (const layout of SHEET_LAYOUTS) {
    const grid = find(layout.sheetName);
    if (!grid) {
      collections[layout.id] = [];
      sheets.push({ layout: layout.id, records: 0 });
      continue;
    }
    const read = readLayoutSheet(grid, layout, { ...context, ...(layout.id === "profile" ? { profileLevels: true } : {}) });
    issues.push(...read.issues);
    const checked = layoutRecords(read, layout, issues);
    collections[layout.id] = checked.map((c) => c.record);
    sheets.push({ layout: layout.id, sheet: grid.name, records: checked.length });

    switch (layout.id) {
      case "risks":
        validation.risks = located(read, checked);
        break;
      case "soa":
        validation.soa = located(read, checked);
        if (read.headerRow !== undefined && read.columns.controlId) validation.soaHeader = { sheet: read.sheet, cell: `${read.columns.controlId}${read.headerRow}` };
        break;
      case "aiSystems":
        validation.aiSystems = located(read, checked);
        break;
      case "impactAssessments":
        validation.impactAssessments = located(read, checked);
        break;
      case "profile":
        validation.profile = located(read, checked);
        break;
      default:
        break;
    }
  }
  return { sheets, collections, validation };
}

/** The snapshot Push sends, parsed as the API will; what does not parse is an error on the settings sheet. */
function snapshotOf(meta: Mutable, matrix: RiskMatrix, collections: Record<CollectionName, Mutable[]>, settingsAt: string, issues: Issue[]): WorkbookSnapshot | undefined {
  const candidate = {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    workbook: meta,
    matrix,
    aiSystems: collections.aiSystems,
    risks: collections.risks,
    soa: collections.soa,
    impactAssessments: collections.impactAssessments,
    profile: collections.profile,
    managementSystem: {
      policies: collections.policies,
      objectives: collections.objectives,
      internalAudits: collections.internalAudits,
      managementReviews: collections.managementReviews,
      metrics: collections.metrics,
      nonconformities: collections.nonconformities,
    },
  };
  const parsed = parseSnapshot(candidate);
  if (parsed.success) return parsed.snapshot;
  // Every record was checked on its own, so this is the workbook metadata (or a bug): say where.
  for (const issue of parsed.issues) {
    issues.push({ code: "snapshot-invalid", severity: "error", sheet: settingsAt, cell: "A1", message: `${issue.path.join(".") || "snapshot"}: ${issue.message}` });
  }
  return undefined;
}

function finish(read: Omit<WorkbookRead, "counts"> & { issues: Issue[] }): WorkbookRead {
  read.issues.sort(compareIssues);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const issue of read.issues) counts[issue.severity]++;
  return { ...read, counts };
}

function emptyRecords(): WorkbookRecords {
  return Object.fromEntries(COLLECTION_NAMES.map((name) => [name, []])) as unknown as WorkbookRecords;
}
