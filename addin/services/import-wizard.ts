/**
 * The import wizard's engine over the shared importer (`shared/import/`): detection, the user's
 * kind / header-row / column choices (as a mapping template, the importer's own way to pin a
 * mapping), and the preview as rows of the structured sheet the kind lands on. A control library
 * (`control-mapping`) lands on the Statement of Applicability, as the pre-fill
 * `shared/import/soa-from-control-library.ts` makes of it.
 */
import { columnIndex, columnLetter } from "../../shared/file-reader/cell-address";
import type { SheetImport } from "../../shared/import/import-result";
import { importSheet } from "../../shared/import/import-sheet";
import { importWorkbook } from "../../shared/import/import-workbook";
import { KIND_SPECS, SHEET_KINDS, type SheetKind, isSheetKind } from "../../shared/import/kinds/index";
import { MappingTemplate, templateFrom } from "../../shared/import/mapping-template";
import { soaFromControlLibrary } from "../../shared/import/soa-from-control-library";
import { withArticle } from "../../shared/import/text";
import { layoutForKind } from "../../shared/layout/index";
import type { SheetGrid } from "../../shared/file-reader/grid";
import type { CellValue, FilledCellRule } from "../port/workbook-port";
import type { WorkbookLayout } from "../setup/workbook-layout";
import type { ImportAnalysis, ImportChoices, ImportEngine, ImportPreview } from "./import-engine";
import { cellFor, extraLines } from "./record-cells";

export function createImportEngine(layout: WorkbookLayout): ImportEngine {
  const kinds = SHEET_KINDS.filter((k) => layoutForKind(k) !== undefined || k === "control-mapping").map((k) => ({ kind: k, label: capitalise(KIND_SPECS[k].label) }));

  // Qualitative ratings are read on the bands of the matrix the workbook is on, as its lists are.
  const bands = layout.matrix.bands;

  function run(grid: SheetGrid, choices: ImportChoices): { result: SheetImport; grid: SheetGrid } {
    if (choices.template !== undefined) {
      const parsed = parseTemplate(choices.template);
      return { result: importSheet(grid, { template: parsed, bands }), grid };
    }
    const sub = choices.headerRow !== undefined ? fromRow(grid, choices.headerRow) : grid;
    const kind = choices.kind !== undefined && isSheetKind(choices.kind) ? choices.kind : undefined;
    const detected = importSheet(sub, { ...(kind ? { kind } : {}), bands });
    if (!choices.mapping || choices.mapping.size === 0) return { result: detected, grid: sub };
    const template = templateFrom(detected);
    if (!template) return { result: detected, grid: sub };
    const origin = sub.origin?.column ?? 0;
    const wanted = new Map([...choices.mapping].map(([col, field]) => [columnLetter(col + origin), field]));
    const columns = template.columns.map((c) => (wanted.has(c.column) ? { header: c.header, column: c.column, field: wanted.get(c.column) ?? null } : c));
    for (const [letter, field] of wanted) {
      if (!columns.some((c) => c.column === letter)) columns.push({ header: headerText(sub, template.headerRow, letter), column: letter, field });
    }
    return { result: importSheet(sub, { template: { ...template, columns }, bands }), grid: sub };
  }

  return {
    kinds,
    chooseSheet(sheets) {
      const outcome = importWorkbook({ sheets }, { bands });
      return outcome.ok ? outcome.chosen.sheet : undefined;
    },
    template(grid, choices) {
      const { result } = run(grid, choices);
      const template = templateFrom(result);
      return template ? JSON.stringify(template) : undefined;
    },
    analyse(grid, choices = {}): ImportAnalysis {
      const { result, grid: sub } = run(grid, choices);
      const spec = result.kind === "unknown" ? undefined : KIND_SPECS[result.kind];
      const originRow = grid.origin?.row ?? 0;
      const originCol = sub.origin?.column ?? 0;
      const mapped = result.columns.filter((c) => c.field);
      return {
        kind: result.kind,
        kindConfidence: result.kind === "unknown" || mapped.length === 0 ? 0 : mapped.reduce((s, c) => s + c.confidence, 0) / mapped.length,
        headerRow: result.headerRow === null ? 0 : result.headerRow - 1 - originRow,
        columns: result.columns.map((c) => ({
          key: c.key,
          column: (columnIndex(c.column) ?? 0) - originCol,
          header: c.header,
          field: c.field,
          confidence: c.confidence,
        })),
        fields: (spec?.fields ?? []).map((f) => ({ name: f.name, label: capitalise(f.label) })),
        ...explain(result, spec?.label),
      };
    },
    preview(grid, choices): ImportPreview {
      const { result } = run(grid, choices);
      if (result.kind === "unknown") {
        return { kind: "unknown", table: "", sheet: "", columns: [], rows: [], issues: result.issues, skipped: result.stats.skipped };
      }
      if (result.kind === "control-mapping") return soaPreview(layout, result);
      const shared = layoutForKind(result.kind);
      const target = layout.sheets.find((s) => s.importKind === result.kind);
      if (!shared || !target) throw new Error(`There is no Crosswalk sheet for a ${KIND_SPECS[result.kind as SheetKind].label}.`);
      const writable = shared.columns.filter((c) => c.type !== "score");
      const notes = writable.findIndex((c) => c.key === "notes");
      const rows: CellValue[][] = result.records.map((record) => {
        const cells = writable.map((c) => cellFor(c, (record as Record<string, unknown>)[c.key]));
        const extra = extraLines(record.extra);
        if (extra && notes >= 0) cells[notes] = [cells[notes], extra].filter((x) => x !== null && x !== "").join("\n");
        return cells;
      });
      return {
        kind: result.kind,
        table: target.table,
        sheet: target.name,
        columns: writable.map((c) => c.header),
        rows,
        issues: result.issues,
        skipped: result.stats.skipped,
        calculated: target.columns.flatMap((c) => (c.product ? [{ column: c.header, product: c.product }] : [])),
      };
    },
  };
}

/** What the importer made of the sheet, in a sentence; for a control library, what it can pre-fill. */
function explain(result: SheetImport, label: string | undefined): Pick<ImportAnalysis, "explanation" | "previewBlocked"> {
  if (result.explanation) return { explanation: result.explanation };
  if (result.kind === "unknown") return {};
  const tool = result.template ? ` (${withArticle(result.template.label)})` : "";
  const read = `Read as ${withArticle(label ?? result.kind)}${tool}: ${result.stats.records} records.`;
  if (result.kind !== "control-mapping") return { explanation: read };
  const soa = soaFromControlLibrary(result.records);
  return soa.ok ? { explanation: `${read} ${soa.summary}` } : { explanation: `${read} ${soa.reason}`, previewBlocked: soa.reason };
}

/**
 * The columns a pre-fill writes. Merged by id into rows that exist, it leaves the other columns as
 * they are, keeps a title or notes the row already has and adds the library's evidence below the
 * row's own: a pre-fill adds to the user's SoA, it never replaces what they wrote.
 */
const PREFILL_COLUMNS = ["controlId", "title", "evidence", "notes"];
const PREFILL_FILLED: Readonly<Record<string, FilledCellRule>> = { title: "keep", evidence: "add-lines", notes: "keep" };

/** A control library as rows of the Statement of Applicability. */
function soaPreview(layout: WorkbookLayout, result: SheetImport): ImportPreview {
  const soa = soaFromControlLibrary(result.records);
  if (!soa.ok) throw new Error(soa.reason);
  const shared = layoutForKind("soa");
  const target = layout.sheets.find((s) => s.importKind === "soa");
  if (!shared || !target) throw new Error("There is no Statement of Applicability sheet to pre-fill.");
  const written = shared.columns.filter((c) => PREFILL_COLUMNS.includes(c.key));
  return {
    kind: "soa",
    table: target.table,
    sheet: target.name,
    columns: written.map((c) => c.header),
    rows: soa.entries.map((entry) => written.map((c) => cellFor(c, (entry as Record<string, unknown>)[c.key]))),
    issues: result.issues,
    skipped: result.stats.skipped,
    filledCells: Object.fromEntries(
      written.flatMap((c): [string, FilledCellRule][] => {
        const rule = PREFILL_FILLED[c.key];
        return rule ? [[c.header, rule]] : [];
      }),
    ),
  };
}

function parseTemplate(json: string): MappingTemplate {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new Error("The saved mapping is not valid JSON.");
  }
  const parsed = MappingTemplate.safeParse(data);
  if (!parsed.success) throw new Error(`The saved mapping is not a Crosswalk mapping template: ${parsed.error.issues[0]?.message ?? "invalid"}.`);
  return parsed.data;
}

/** The grid from `row` down, so detection looks for the header there. */
function fromRow(grid: SheetGrid, row: number): SheetGrid {
  const shift = (n: number) => n - row;
  return {
    ...grid,
    values: grid.values.slice(row),
    ...(grid.formulas ? { formulas: grid.formulas.slice(row) } : {}),
    merges: (grid.merges ?? []).filter((m) => m.startRow >= row).map((m) => ({ ...m, startRow: shift(m.startRow), endRow: shift(m.endRow) })),
    hiddenRows: (grid.hiddenRows ?? []).filter((r) => r >= row).map(shift),
    origin: { row: (grid.origin?.row ?? 0) + row, column: grid.origin?.column ?? 0 },
  };
}

function headerText(grid: SheetGrid, headerRow: number, letter: string): string {
  const r = headerRow - 1 - (grid.origin?.row ?? 0);
  const c = (columnIndex(letter) ?? 0) - (grid.origin?.column ?? 0);
  const v = grid.values[r]?.[c];
  return typeof v === "string" || typeof v === "number" ? String(v) : "";
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
