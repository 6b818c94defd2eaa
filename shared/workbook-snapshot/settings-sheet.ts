import { FRAMEWORKS, type FrameworkId } from "../catalog/framework";
import type { Issue } from "../issues/issue";
import { cellAddress } from "../file-reader/cell-address";
import type { GridValue, SheetGrid } from "../file-reader/grid";
import { isDateCell, isErrorCell } from "../file-reader/grid";
import { isoToSerial, serialToIso } from "../import/normalise/date";
import { isIsoDate } from "../model/primitives";
import type { WorkbookMeta } from "../model/workbook";
import { RiskMatrix } from "../scoring/matrix";
import type { SheetCell } from "./cell-codec";
import type { SheetFormat } from "./report-sheet";

/**
 * The workbook's own settings, on a visible sheet that reads without the add-in: who the
 * workbook belongs to (team and workbook ids, as the API names them, and the other workbook
 * metadata) and its risk matrix (scales, scoring, rating bands). Labels in column A, values in
 * column B; the matrix's levels and bands are small tables below. Never an API key: those stay
 * in the add-in's own storage.
 */
export const SETTINGS_SHEET = "Crosswalk Settings";
/** The ownership marker of the settings sheet. */
export const SETTINGS_KIND = "settings";


const META_LABELS = [
  ["team", "Team ID"],
  ["name", "Workbook ID"],
  ["org", "Organisation"],
  ["teamName", "Team name"],
  ["title", "Title"],
  ["owner", "Owner"],
  ["scope", "Scope"],
  ["frameworks", "Frameworks"],
  ["asOf", "Content as of"],
  ["source", "Source"],
  ["notes", "Notes"],
] as const;
type MetaKey = (typeof META_LABELS)[number][0];

const SECTION = { meta: "Setting", matrix: "Risk matrix", likelihood: "Likelihood level", impact: "Impact level", bands: "Rating band" } as const;

const MATRIX_LABELS = [
  ["id", "Matrix ID"],
  ["name", "Matrix name"],
  ["scoring", "Scoring"],
  ["likelihoodName", "Likelihood scale"],
  ["impactName", "Impact scale"],
] as const;
type MatrixKey = (typeof MATRIX_LABELS)[number][0];

/**
 * The API version the workbook's content was last pulled from or pushed as: the next push is
 * sent with it as `If-Match`, so a version pushed by someone else in between is a conflict, not
 * silently overwritten. Kept in the settings sheet (not secret, travels with the file); not part
 * of the snapshot.
 */
const SYNCED_LABEL = "Synced version";

export interface SettingsOptions {
  readonly syncedVersion?: number;
}

/** Rows of the settings sheet (row 1 first); dates as Excel serials. Ids not known yet are blank rows to fill in. */
export function settingsRows(meta: Partial<WorkbookMeta>, matrix: RiskMatrix, options: SettingsOptions = {}): SheetCell[][] {
  const rows: SheetCell[][] = [
    ["Crosswalk settings"],
    ["Read when this workbook is pushed to the Crosswalk API. Change values in column B; keep the labels in column A. API keys are never kept here."],
    [],
    [SECTION.meta, "Value"],
  ];
  for (const [key, label] of META_LABELS) {
    const value = meta[key];
    if (key === "team" || key === "name") {
      rows.push([label, (value as string | undefined) ?? null]);
      if (key === "name") rows.push([SYNCED_LABEL, options.syncedVersion ?? null]);
    } else if (value === undefined) continue;
    else if (key === "frameworks") rows.push([label, (value as readonly string[]).join(", ")]);
    else if (key === "asOf") rows.push([label, isoToSerial(value as string) ?? (value as string)]);
    else rows.push([label, value as string]);
  }
  for (const [key, value] of Object.entries(meta.extra ?? {})) rows.push([key, value]);
  rows.push([], [SECTION.matrix, "Value"], ["Matrix ID", matrix.id]);
  if (matrix.name !== undefined) rows.push(["Matrix name", matrix.name]);
  rows.push(["Scoring", matrix.scoring]);
  if (matrix.likelihood.name !== undefined) rows.push(["Likelihood scale", matrix.likelihood.name]);
  if (matrix.impact.name !== undefined) rows.push(["Impact scale", matrix.impact.name]);
  for (const [section, scale] of [[SECTION.likelihood, matrix.likelihood], [SECTION.impact, matrix.impact]] as const) {
    rows.push([], [section, "Label", "Other words", "Description"]);
    for (const level of scale.levels) rows.push([level.value, level.label, (level.synonyms ?? []).join("; ") || null, level.description ?? null]);
  }
  rows.push([], [SECTION.bands, "Label", "From score", "To score", "Colour"]);
  for (const band of matrix.bands) rows.push([band.id, band.label, band.min, band.max, band.colour ?? null]);
  return rows;
}

/** How the settings sheet looks: title and section headers bold, the content date as a date. */
export function settingsFormats(rows: readonly (readonly SheetCell[])[]): SheetFormat[] {
  const sections = new Set(Object.values(SECTION).map(fold));
  const formats: SheetFormat[] = [{ row: 0, column: 0, rows: 1, columns: 1, bold: true }];
  rows.forEach((row, r) => {
    const label = typeof row[0] === "string" ? fold(row[0]) : "";
    if (sections.has(label)) formats.push({ row: r, column: 0, rows: 1, columns: Math.max(2, row.length), bold: true, fill: "#DDEBF7" });
    if (label === fold("Content as of") && typeof row[1] === "number") formats.push({ row: r, column: 1, rows: 1, columns: 1, numberFormat: "yyyy-mm-dd" });
  });
  return formats;
}

/** What the settings sheet says; absent parts are undefined. */
export interface SettingsRead {
  readonly meta: Partial<Omit<WorkbookMeta, "extra">> & { readonly extra?: Record<string, string | number | boolean> };
  readonly matrix?: RiskMatrix;
  /** The version the content was last pulled from or pushed as. */
  readonly syncedVersion?: number;
  readonly issues: Issue[];
  /**
   * Where the team and workbook ids and the synced version are (0-based row and column on the
   * sheet), for an editor; `free` is a blank row of the settings section where a missing one can go.
   */
  readonly cells: Partial<Record<"team" | "name" | "synced" | "free", { readonly row: number; readonly column: number }>>;
}

const fold = (text: string) => text.trim().toLowerCase().replace(/\s+/g, " ");

function text(cell: GridValue | undefined): string | undefined {
  if (cell === null || cell === undefined) return undefined;
  if (typeof cell === "string") return cell.trim() === "" ? undefined : cell.trim();
  if (typeof cell === "number") return String(cell);
  if (typeof cell === "boolean") return cell ? "Yes" : "No";
  if (isDateCell(cell)) return serialToIso(cell.serial);
  return undefined;
}

/** Reads the settings sheet. Never throws; what it cannot read is an issue on its cell. */
export function readSettings(grid: SheetGrid): SettingsRead {
  const issues: Issue[] = [];
  const originRow = grid.origin?.row ?? 0;
  const originColumn = grid.origin?.column ?? 0;
  const at = (row: number, column: number) => cellAddress(row + originRow, column + originColumn);
  const report = (severity: Issue["severity"], row: number, column: number, code: string, message: string, hint?: string) =>
    issues.push({ code, severity, sheet: grid.name, cell: at(row, column), message, ...(hint ? { hint } : {}) });

  const meta: Record<string, unknown> = {};
  const extra: Record<string, string | number | boolean> = {};
  const cells: SettingsRead["cells"] & Record<string, { row: number; column: number } | undefined> = {};
  let syncedVersion: number | undefined;
  const matrix: Partial<Record<MatrixKey, string>> = {};
  const levels = { likelihood: [] as Record<string, unknown>[], impact: [] as Record<string, unknown>[] };
  const bands: Record<string, unknown>[] = [];
  let section: keyof typeof SECTION | undefined;
  let matrixAt: number | undefined;

  grid.values.forEach((row, r) => {
    const a = row[0] ?? null;
    const label = text(a);
    if (label === undefined) {
      if (section === "meta" && cells.free === undefined && row.every((v) => text(v) === undefined)) cells.free = { row: r + originRow, column: originColumn };
      if (row.every((v) => text(v) === undefined)) {
        if (section === "likelihood" || section === "impact" || section === "bands") section = undefined;
      }
      return;
    }
    const headed = (Object.keys(SECTION) as (keyof typeof SECTION)[]).find((k) => fold(SECTION[k]) === fold(label));
    if (headed) {
      section = headed;
      if (headed !== "meta") matrixAt ??= r;
      return;
    }
    const b = row[1] ?? null;
    if (isErrorCell(b)) {
      report("error", r, 1, "cell-error", `${label}: the cell shows the error ${b.code}`);
      return;
    }
    switch (section) {
      case "meta": {
        if (fold(label) === fold(SYNCED_LABEL)) {
          cells.synced = { row: r + originRow, column: 1 + originColumn };
          // A number, whatever format the cell shows it in.
          const n = typeof b === "number" ? b : isDateCell(b) ? b.serial : Number(text(b));
          if (Number.isInteger(n) && n >= 1) syncedVersion = n;
          return;
        }
        const known = META_LABELS.find(([, l]) => fold(l) === fold(label));
        if (!known) {
          const v = isDateCell(b) ? serialToIso(b.serial) : b;
          if (v !== null && v !== undefined && typeof v !== "object") extra[label] = typeof v === "string" ? v.trim() : v;
          return;
        }
        const key: MetaKey = known[0];
        if (key === "team" || key === "name") cells[key] = { row: r + originRow, column: 1 + originColumn };
        const value = key === "asOf" ? (isDateCell(b) ? serialToIso(b.serial) : typeof b === "number" ? serialToIso(b) : text(b)) : text(b);
        if (value === undefined) return;
        if (key === "frameworks") {
          const ids = value.split(/[,;\n]+/).map((s) => s.trim()).filter((s) => s !== "");
          const bad = ids.filter((id) => !(FRAMEWORKS as readonly string[]).includes(id));
          if (bad.length > 0) report("warning", r, 1, "setting-unreadable", `Frameworks: ${bad.join(", ")} ${bad.length === 1 ? "is" : "are"} not a framework id (${FRAMEWORKS.join(", ")}); left out`);
          const good = ids.filter((id): id is FrameworkId => (FRAMEWORKS as readonly string[]).includes(id));
          if (good.length > 0) meta.frameworks = [...new Set(good)];
        } else if (key === "asOf" && !isIsoDate(value)) {
          report("warning", r, 1, "setting-unreadable", `Content as of: "${value}" is not a date; left out`, "Type a date such as 2026-06-30.");
        } else {
          meta[key] = value;
        }
        return;
      }
      case "matrix": {
        const known = MATRIX_LABELS.find(([, l]) => fold(l) === fold(label));
        const value = text(b);
        if (!known) report("warning", r, 0, "setting-unknown", `"${label}" is not a risk matrix setting; ignored`);
        else if (value !== undefined) matrix[known[0]] = value;
        return;
      }
      case "likelihood":
      case "impact": {
        const synonyms = text(row[2] ?? null);
        const description = text(row[3] ?? null);
        levels[section].push({
          value: typeof a === "number" ? a : Number(label),
          label: text(row[1] ?? null) ?? "",
          ...(synonyms ? { synonyms: synonyms.split(";").map((s) => s.trim()).filter((s) => s !== "") } : {}),
          ...(description ? { description } : {}),
        });
        return;
      }
      case "bands": {
        const colour = text(row[4] ?? null);
        bands.push({ id: label, label: text(row[1] ?? null) ?? "", min: numberOf(row[2]), max: numberOf(row[3]), ...(colour ? { colour } : {}) });
        return;
      }
      default:
        return;
    }
  });

  let parsedMatrix: RiskMatrix | undefined;
  if (matrixAt !== undefined) {
    const candidate = {
      id: matrix.id,
      ...(matrix.name !== undefined ? { name: matrix.name } : {}),
      likelihood: { ...(matrix.likelihoodName !== undefined ? { name: matrix.likelihoodName } : {}), levels: levels.likelihood },
      impact: { ...(matrix.impactName !== undefined ? { name: matrix.impactName } : {}), levels: levels.impact },
      scoring: matrix.scoring ?? "product",
      bands,
    };
    const result = RiskMatrix.safeParse(candidate);
    if (result.success) parsedMatrix = result.data;
    else {
      for (const issue of result.error.issues.slice(0, 10)) {
        report(
          "error",
          matrixAt,
          0,
          "matrix-invalid",
          `Risk matrix: ${issue.path.length ? `${issue.path.join(".")}: ` : ""}${issue.message}`,
          "Fix the matrix on this sheet (levels numbered 1, 2, 3 … lowest first; bands covering every score without gaps).",
        );
      }
    }
  }
  const out: { -readonly [K in keyof SettingsRead["meta"]]: SettingsRead["meta"][K] } = meta as SettingsRead["meta"];
  if (Object.keys(extra).length > 0) out.extra = extra;
  return { meta: out, issues, cells, ...(parsedMatrix ? { matrix: parsedMatrix } : {}), ...(syncedVersion !== undefined ? { syncedVersion } : {}) };
}

function numberOf(cell: GridValue | undefined): number | undefined {
  if (typeof cell === "number") return cell;
  if (isDateCell(cell)) return cell.serial;
  if (typeof cell === "string" && cell.trim() !== "" && Number.isFinite(Number(cell))) return Number(cell);
  return undefined;
}
