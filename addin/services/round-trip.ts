/**
 * The round trip between the open workbook and the API, over the port: read the structured
 * sheets into a snapshot, pull a version back into them, write the consolidated report, and
 * keep the team and workbook ids in the workbook's settings sheet. Loaded on first use (it brings
 * the snapshot builder, the diff and the report tables).
 *
 * Round trips (Office.js syncs) per operation: read the snapshot 3 (+1 per 50,000 cells); pull a
 * version 3 (+1 per 4 MB); write the report 2, or 3 when it replaces its own sheet; save the ids 4
 * (1 + the settings sheet read, then one cell write).
 */
import { describeChange } from "../../shared/diff/describe-change";
import { diffSnapshots, type SnapshotDiff } from "../../shared/diff/diff-snapshots";
import { COLLECTION_NAMES, COLLECTIONS } from "../../shared/model/collections";
import type { WorkbookSnapshot } from "../../shared/model/snapshot";
import type { WorkbookMeta } from "../../shared/model/workbook";
import type { DualConformanceReport } from "../../shared/report/report";
import { REPORT_VERSION } from "../../shared/report/report";
import type { RiskMatrix } from "../../shared/scoring/matrix";
import { SHEET_LAYOUTS } from "../../shared/layout/index";
import { readCrosswalkWorkbook, type WorkbookRead } from "../../shared/workbook-pipeline/read-crosswalk-workbook";
import { workbookMatrix } from "../../shared/workbook-pipeline/workbook-matrix";
import { REPORT_SHEET_KIND, reportSheet } from "../../shared/workbook-snapshot/report-sheet";
import { readSettings, SETTINGS_KIND, SETTINGS_SHEET, settingsFormats, settingsRows, type SettingsRead } from "../../shared/workbook-snapshot/settings-sheet";
import { sheetsFromSnapshot } from "../../shared/workbook-snapshot/sheets-from-snapshot";
import type { ReplaceContentReport, SheetWriteReport, WorkbookPort } from "../port/workbook-port";
import { sharedWorkbookLayout } from "../setup/shared-layout";
import { SETTINGS_COLUMN_WIDTHS } from "../setup/workbook-matrix";

/** Every sheet a snapshot is read from. */
export const SNAPSHOT_SHEETS: readonly string[] = [...SHEET_LAYOUTS.map((l) => l.sheetName), SETTINGS_SHEET];

/** Excel column widths are in points, about 7 to a character. */
const POINTS_PER_CHAR = 7;

export interface LocalSnapshot {
  /** The workbook pipeline's answer: records, issues (what Validate lists) and the snapshot. */
  readonly build: WorkbookRead;
  /** The settings sheet as read (undefined when the workbook has none). */
  readonly settings?: SettingsRead;
}

/** The structured sheets and the settings sheet as a snapshot, with its issues (3 syncs). */
export async function readLocalSnapshot(
  port: WorkbookPort,
  options: { readonly asOf: string; readonly workbook?: Partial<WorkbookMeta> },
): Promise<LocalSnapshot> {
  const grids = await port.readSheets(SNAPSHOT_SHEETS, { skipMissing: true });
  const build = readCrosswalkWorkbook(grids, { asOf: options.asOf, ...(options.workbook ? { workbook: options.workbook } : {}) });
  return { build, ...(build.settings ? { settings: build.settings } : {}) };
}

/**
 * Records in the settings sheet which version the workbook now matches (after a push), so the
 * next push is sent against it: one cell write where the sheet has the row, else a label and
 * value in the settings section's first blank row. False when the sheet has no room for it.
 */
export async function recordSyncedVersion(port: WorkbookPort, settings: SettingsRead | undefined, version: number): Promise<boolean> {
  const at = settings?.cells.synced;
  if (at) {
    await port.updateCells([{ sheet: SETTINGS_SHEET, row: at.row, column: at.column, value: version }]);
    return true;
  }
  const free = settings?.cells.free;
  if (!free) return false;
  await port.updateCells([
    { sheet: SETTINGS_SHEET, row: free.row, column: free.column, value: "Synced version" },
    { sheet: SETTINGS_SHEET, row: free.row, column: free.column + 1, value: version },
  ]);
  return true;
}

export interface WorkbookSettings {
  /** The settings sheet exists. */
  readonly exists: boolean;
  readonly team?: string;
  readonly workbook?: string;
  /** The matrix the settings sheet holds, when it holds a valid one. */
  readonly matrix?: RiskMatrix;
  /** The matrix the workbook is on (the settings sheet's, or the default it falls back to). */
  readonly resolved: RiskMatrix;
  readonly read?: SettingsRead;
}

/** What the workbook's settings sheet says (1 sync when there is none, 3 when there is). */
export async function readWorkbookSettings(port: WorkbookPort): Promise<WorkbookSettings> {
  const [grid] = await port.readSheets([SETTINGS_SHEET], { skipMissing: true });
  if (!grid) return { exists: false, resolved: workbookMatrix(undefined).matrix };
  const read = readSettings(grid);
  const found = workbookMatrix({ sheet: grid.name, read });
  return {
    exists: true,
    read,
    resolved: found.matrix,
    ...(typeof read.meta.team === "string" ? { team: read.meta.team } : {}),
    ...(typeof read.meta.name === "string" ? { workbook: read.meta.name } : {}),
    ...(found.source === "settings" ? { matrix: found.matrix } : {}),
  };
}

/**
 * Saves the team and workbook ids in the settings sheet: into their cells when the sheet has
 * them (4 syncs in all), else by writing the sheet afresh with what it said and the default 5×5
 * matrix where it named none. A same-named sheet of the user's is only moved aside on consent.
 */
export async function saveWorkbookIds(
  port: WorkbookPort,
  ids: { readonly team: string; readonly workbook: string },
  options: { readonly replaceForeign?: boolean } = {},
): Promise<void> {
  const current = await readWorkbookSettings(port);
  const cells = current.read?.cells;
  if (current.exists && cells?.team && cells.name) {
    // Another team's or workbook's versions are not this content's: forget the synced version.
    const moved = current.team !== ids.team || current.workbook !== ids.workbook;
    await port.updateCells([
      { sheet: SETTINGS_SHEET, row: cells.team.row, column: cells.team.column, value: ids.team },
      { sheet: SETTINGS_SHEET, row: cells.name.row, column: cells.name.column, value: ids.workbook },
      ...(moved && cells.synced ? [{ sheet: SETTINGS_SHEET, row: cells.synced.row, column: cells.synced.column, value: null }] : []),
    ]);
    return;
  }
  const meta = { ...(current.read?.meta ?? {}), team: ids.team, name: ids.workbook } as WorkbookMeta;
  const synced = current.team === ids.team && current.workbook === ids.workbook ? current.read?.syncedVersion : undefined;
  const rows = settingsRows(meta, current.resolved, synced !== undefined ? { syncedVersion: synced } : {});
  await port.writeSheet({ name: SETTINGS_SHEET, kind: SETTINGS_KIND, rows, formats: settingsFormats(rows), columnWidths: SETTINGS_COLUMN_WIDTHS, ...(options.replaceForeign ? { replaceForeign: true } : {}) });
}

/**
 * Writes a version into the workbook: every structured table's rows and the settings sheet
 * (metadata and matrix) replaced at once, after one backup sheet received a copy of all they
 * held. The tables must exist (set-up made them).
 */
export async function pullVersion(
  port: WorkbookPort,
  snapshot: WorkbookSnapshot,
  options: { readonly version: number; readonly backupSheet: string; readonly replaceForeign?: boolean },
): Promise<ReplaceContentReport> {
  const layout = sharedWorkbookLayout();
  const content = sheetsFromSnapshot(snapshot, { syncedVersion: options.version });
  const tables = content.sheets.map((sheet) => {
    const planned = layout.sheets.find((s) => s.kind === sheet.layout.id);
    if (!planned) throw new Error(`no table for ${sheet.layout.id}`);
    const keep = sheet.columns.map((c, i) => (c?.type === "score" ? -1 : i)).filter((i) => i >= 0);
    return {
      table: planned.table,
      columns: keep.map((i) => sheet.headers[i] ?? ""),
      rows: sheet.rows.map((row) => keep.map((i) => row[i] ?? null)),
      calculated: planned.columns.flatMap((c) => (c.product ? [{ column: c.header, product: c.product }] : [])),
    };
  });
  const rows = content.settings.rows;
  return port.replaceContent({
    tables,
    sheets: [{ name: SETTINGS_SHEET, kind: SETTINGS_KIND, rows, formats: settingsFormats(rows), columnWidths: SETTINGS_COLUMN_WIDTHS, ...(options.replaceForeign ? { replaceForeign: true } : {}) }],
    backupSheet: options.backupSheet,
  });
}

/** Writes the consolidated report into its own sheet ("Consolidated Report"). */
export async function writeReport(
  port: WorkbookPort,
  report: DualConformanceReport,
  options: { readonly pulledAt: string; readonly source: string; readonly replaceForeign?: boolean },
): Promise<SheetWriteReport & { readonly sections: number; readonly rows: number }> {
  if (report.reportVersion > REPORT_VERSION) {
    throw new Error(`The API sent report version ${report.reportVersion}; this add-in reads version ${REPORT_VERSION}. Update the add-in.`);
  }
  const sheet = reportSheet(report, { pulledAt: options.pulledAt, source: options.source });
  const written = await port.writeSheet({
    name: sheet.name,
    kind: REPORT_SHEET_KIND,
    rows: sheet.rows,
    formats: sheet.formats,
    columnWidths: sheet.columnWidths.map((w) => w * POINTS_PER_CHAR),
    links: sheet.links,
    activate: true,
    ...(options.replaceForeign ? { replaceForeign: true } : {}),
  });
  return { ...written, sections: sheet.sections.length, rows: sheet.rows.length };
}

/** A new sheet's name for a backup taken at `now`: "Backup 2026-06-30 14.05" (Excel allows no colon). */
export function backupSheetName(now: Date, taken: readonly string[] = []): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  const base = `Backup ${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}.${pad(now.getMinutes())}`;
  const free = (name: string) => !taken.some((t) => t.toLowerCase() === name.toLowerCase());
  if (free(base)) return base;
  for (let i = 2; ; i++) if (free(`${base} (${i})`)) return `${base} (${i})`;
}

/** One line per collection that changed, for people: "Risks: 2 added, 1 changed". */
export interface DiffLine {
  readonly collection: string;
  readonly label: string;
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly modified: readonly ModifiedLine[];
}

/** A changed record: its changed fields, and each as "field: old → new". */
export interface ModifiedLine {
  readonly id: string;
  readonly fields: readonly string[];
  readonly values: readonly string[];
}

export interface DiffSummary {
  readonly lines: readonly DiffLine[];
  readonly workbook: readonly string[];
  readonly matrix: readonly string[];
  readonly total: number;
}

export function summariseDiff(diff: SnapshotDiff): DiffSummary {
  const lines: DiffLine[] = [];
  for (const name of COLLECTION_NAMES) {
    const c = diff.collections[name];
    if (!c || c.added.length + c.removed.length + c.modified.length === 0) continue;
    const label = COLLECTIONS[name].label;
    lines.push({
      collection: name,
      label: label.charAt(0).toUpperCase() + label.slice(1),
      added: c.added.map((r) => r.id),
      removed: c.removed.map((r) => r.id),
      modified: c.modified.map((m) => ({ id: m.id, fields: m.changes.map((f) => f.field), values: m.changes.map((f) => describeChange(f)) })),
    });
  }
  const workbook = diff.workbook.map((f) => f.field);
  const matrix = diff.matrix.map((f) => f.field);
  return { lines, workbook, matrix, total: diff.totals.added + diff.totals.removed + diff.totals.modified + workbook.length + matrix.length };
}

export function diffBetween(before: WorkbookSnapshot, after: WorkbookSnapshot): DiffSummary {
  return summariseDiff(diffSnapshots(before, after));
}
