import type { Issue } from "../issues/issue";
import { columnLetter } from "../file-reader/cell-address";
import { type ColumnProfile, profileColumn } from "./column-profile";
import { type ColumnMapping, type KindMapping, mapColumns, summarise } from "./column-mapping";
import { type ExtractOptions, extractRecords } from "./extract-records";
import type { KindSpec } from "./field-spec";
import { gridWidth, isBlank, type SheetGrid } from "../file-reader/grid";
import { createHeaderScorer, type HeaderScorer } from "./header-match";
import { fallbackHeader, findHeader, type HeaderCandidate, headerAt, HEADER_SEARCH_ROWS } from "./header-rows";
import { type ImportedColumn, importedColumnKey, type KindScore, type SheetImport } from "./import-result";
import { textAbove } from "./infer-framework";
import { KIND_SPECS, type SheetKind, SHEET_KINDS } from "./kinds/index";
import { withArticle } from "./text";
import { applyTemplate, type MappingTemplate } from "./mapping-template";
import { soaStructure } from "./soa-structure";
import { declineMessage, recogniseNonRegister } from "./not-a-register";
import { detectToolTemplate, TOOL_TEMPLATES } from "./tool-templates/index";
import { idsAcrossRow, transposeGrid, turnedBack } from "./transpose";

export interface ImportOptions extends ExtractOptions {
  /** Read the sheet as this kind, whatever it looks like. */
  readonly kind?: SheetKind;
  /** Re-apply a saved mapping instead of detecting one. */
  readonly template?: MappingTemplate;
}

const ALL_SPECS: readonly KindSpec[] = SHEET_KINDS.map((k) => KIND_SPECS[k]);

/** Widest sheet the importer reads; real registers have tens of columns. */
const MAX_COLUMNS = 1_000;

/**
 * Imports one sheet: recognises what it holds, finds the header, maps columns to fields, reads
 * every data row into a record and reports what it could not read, cell by cell. Pure: the grid
 * is not modified and nothing is thrown for any input.
 */
export function importSheet(grid: SheetGrid, options: ImportOptions = {}): SheetImport {
  try {
    return importUnsafe(grid, options);
  } catch (error) {
    // A bug, not bad input; still the user gets a clear answer rather than a crash.
    const message = error instanceof Error ? error.message : String(error);
    return unknownResult(grid, undefined, [], `Crosswalk could not read this sheet (internal error: ${message}).`, "import-failed");
  }
}

function importUnsafe(grid: SheetGrid, options: ImportOptions): SheetImport {
  const width = Math.min(gridWidth(grid), MAX_COLUMNS);
  if (width === 0 || grid.values.every((row) => row.every((v) => isBlank(v)))) {
    return unknownResult(grid, undefined, [], `Sheet "${grid.name}" is empty.`, "sheet-empty");
  }
  const issues: Issue[] = [];
  if (gridWidth(grid) > MAX_COLUMNS) {
    issues.push({
      code: "columns-truncated",
      severity: "warning",
      sheet: grid.name,
      cell: `${columnLetter(MAX_COLUMNS)}1`,
      message: `The sheet has ${gridWidth(grid)} columns; only the first ${MAX_COLUMNS} were read`,
    });
  }
  const scorer = createHeaderScorer(ALL_SPECS);

  if (options.template) {
    const applied = applyTemplate(grid, options.template, width, scorer);
    if (!applied.ok) return unknownResult(grid, undefined, [], applied.message, "template-mismatch");
    const withOrder = options.dateOrder === undefined && options.template.dateOrder ? { ...options, dateOrder: options.template.dateOrder } : options;
    return finish(grid, applied.header, applied.mapping, withOrder, [...issues, ...applied.issues]);
  }
  const tool = options.kind === undefined ? detectToolTemplate(grid, TOOL_TEMPLATES, width) : undefined;
  if (tool) {
    const applied = applyTemplate(grid, tool.mapping, width, scorer);
    if (applied.ok) {
      const read = finish(grid, applied.header, applied.mapping, options, [...issues, ...applied.issues]);
      return { ...read, template: { id: tool.tool.id, label: tool.tool.label } };
    }
  }
  if (options.kind === undefined || options.kind === "ai-rmf-profile") {
    const idsRow = idsAcrossRow(grid);
    if (idsRow !== undefined) {
      const turned = importDetected(transposeGrid(grid), options, Math.min(grid.values.length, MAX_COLUMNS), scorer, []);
      if (turned.kind === "ai-rmf-profile") return turnedBack(turned, grid, idsRow);
    }
  }
  return importDetected(grid, options, width, scorer, issues);
}

/** Detection: the header, the kind, the columns — or why the sheet is not one Crosswalk imports. */
function importDetected(grid: SheetGrid, options: ImportOptions, width: number, scorer: HeaderScorer, issues: Issue[]): SheetImport {
  const specs = options.kind ? [KIND_SPECS[options.kind]] : ALL_SPECS;
  const header = findHeader(grid, specs, scorer, width) ?? (options.kind ? fallbackHeader(grid, width) : undefined);
  if (!header) {
    const fallback = fallbackHeader(grid, width);
    const explanation = fallback
      ? explainUnknown(grid, fallback, mappingsFor(ALL_SPECS, grid, fallback, width, scorer).mappings)
      : `Sheet "${grid.name}" has no header row in its first ${HEADER_SEARCH_ROWS} rows: no row has two or more column titles. Crosswalk imports risk registers, Statements of Applicability, AI system inventories, impact assessments, AI RMF profiles and control mappings.`;
    return unknownResult(grid, fallback, fallback ? plainColumns(fallback, width) : [], explanation, "sheet-not-recognised");
  }

  const { mappings, profiles } = mappingsFor(specs, grid, header, width, scorer);
  if (!options.kind) {
    const nonRegister = recogniseNonRegister(header.texts, profiles, mappings);
    if (nonRegister) {
      const declined = unknownResult(grid, header, plainColumns(header, width), declineMessage(grid.name, nonRegister), "sheet-not-a-register");
      return { ...declined, declined: { what: nonRegister.what, label: nonRegister.label } };
    }
  }
  const chosen = options.kind
    ? mappings[0]
    : mappings.filter((m) => m.signatureMet).sort((a, b) => b.score - a.score)[0];
  if (!chosen) {
    const all = options.kind ? mappings : mappingsFor(ALL_SPECS, grid, header, width, scorer).mappings;
    return unknownResult(grid, header, plainColumns(header, width), explainUnknown(grid, header, all), "sheet-not-recognised");
  }
  if (options.kind && !chosen.signatureMet) {
    issues.push({
      code: "kind-forced",
      severity: "warning",
      sheet: grid.name,
      cell: cellOf(grid, header.end, firstColumn(header)),
      message: `Read as ${withArticle(chosen.spec.label)} because you asked for it, but ${chosen.spec.needs}; found ${describeFields(chosen) || "no recognisable columns"}`,
      hint: "Check the column mapping below, or save and edit a mapping template (--mapping).",
    });
  }
  const alternatives = options.kind ? [] : kindScores(mappings.filter((m) => m !== chosen));
  return { ...finish(grid, header, chosen, options, issues), alternatives };
}

function mappingsFor(
  specs: readonly KindSpec[],
  grid: SheetGrid,
  header: HeaderCandidate,
  width: number,
  scorer: HeaderScorer,
): { mappings: KindMapping[]; profiles: (ColumnProfile | undefined)[] } {
  const profiles: (ColumnProfile | undefined)[] = [];
  for (let c = 0; c < width; c++) profiles.push(profileColumn(grid, c, header.end + 1));
  return { mappings: specs.map((spec) => mapColumns(spec, header.texts.slice(0, width), profiles, scorer)), profiles };
}

/** Kinds whose signature a header meets, best first. */
function kindScores(mappings: readonly KindMapping[]): KindScore[] {
  return mappings
    .filter((m) => m.signatureMet)
    .map((m) => ({ kind: m.spec.kind as SheetKind, score: Math.round(m.score * 100) / 100 }))
    .sort((a, b) => b.score - a.score);
}

function finish(grid: SheetGrid, header: HeaderCandidate, chosen: KindMapping, options: ImportOptions, issues: Issue[]): SheetImport {
  const context = textAbove(grid, header.start);
  const mapping = withDataColumns(grid, chosen.columns, header.end);
  const soa = chosen.spec.kind === "soa" ? soaStructure(grid, mapping, header.end + 1, context) : undefined;
  const read = extractRecords(soa?.grid ?? grid, mapping, header.end, options, [grid.name, ...context]);
  const extraction = soa
    ? { records: soa.decorate(read.records), issues: [...soa.issues, ...read.issues], skipped: read.skipped + soa.headings, mapping: read.mapping }
    : read;
  const originRow = grid.origin?.row ?? 0;
  return {
    kind: chosen.spec.kind as SheetKind,
    sheet: grid.name,
    headerRow: header.end + originRow + 1,
    headerStartRow: header.start + originRow + 1,
    columns: outputColumns(grid, extraction.mapping),
    records: extraction.records,
    issues: [...issues, ...collapseFormulaRows(extraction.issues, grid.name)],
    stats: { records: extraction.records.length, skipped: extraction.skipped },
    mapping: extraction.mapping,
    score: Math.round(chosen.score * 100) / 100,
    origin: { row: grid.origin?.row ?? 0, column: grid.origin?.column ?? 0 },
  };
}

/**
 * Rows holding only formulas Excel never calculated (a file written by a script) come in runs
 * of hundreds: one note with the count and the rows says it, instead of one per row.
 */
function collapseFormulaRows(issues: readonly Issue[], sheet: string): Issue[] {
  const formulaRows = issues.filter((i) => i.code === "row-skipped-formula-only");
  if (formulaRows.length <= 1) return [...issues];
  const rows = formulaRows.map((i) => Number(/\d+$/.exec(i.cell)?.[0] ?? 0)).filter((n) => n > 0);
  const first = formulaRows[0] as Issue;
  const note: Issue = {
    code: "row-skipped-formula-only",
    severity: first.severity,
    sheet,
    cell: first.cell,
    message: `${formulaRows.length} rows hold only formulas without saved values and were skipped (rows ${describeRows(rows)})`,
    hint: "Open the file in Excel and save it, so the formulas' values are stored.",
  };
  const out: Issue[] = [];
  for (const issue of issues) {
    if (issue.code !== "row-skipped-formula-only") out.push(issue);
    else if (issue === first) out.push(note);
  }
  return out;
}

/** "4–6, 9" for rows 4, 5, 6, 9. */
function describeRows(rows: readonly number[]): string {
  const parts: string[] = [];
  let start = rows[0];
  let previous = rows[0];
  for (const row of [...rows.slice(1), Number.NaN]) {
    if (start === undefined || previous === undefined) break;
    if (row === previous + 1) {
      previous = row;
      continue;
    }
    parts.push(start === previous ? String(start) : `${start}–${previous}`);
    start = row;
    previous = row;
  }
  return parts.slice(0, 10).join(", ") + (parts.length > 10 ? ", …" : "");
}

/** Columns with data but no header (right of the header, say) still go to `extra`. */
function withDataColumns(grid: SheetGrid, columns: readonly ColumnMapping[], headerEnd: number): ColumnMapping[] {
  const byColumn = new Map(columns.map((m) => [m.column, m] as const));
  const width = Math.min(gridWidth(grid), MAX_COLUMNS);
  const out: ColumnMapping[] = [];
  for (let c = 0; c < width; c++) {
    const m = byColumn.get(c) ?? { column: c, header: "", field: undefined, confidence: 0, source: "header" as const };
    // Columns with neither a header nor any data below it are left out.
    if (m.header !== "" || m.field !== undefined || hasData(grid, c, headerEnd + 1)) out.push(m);
  }
  return out;
}

function hasData(grid: SheetGrid, column: number, firstRow: number): boolean {
  for (let r = firstRow; r < grid.values.length; r++) if (!isBlank(grid.values[r]?.[column] ?? null)) return true;
  return false;
}

function outputColumns(grid: SheetGrid, mapping: readonly ColumnMapping[]): ImportedColumn[] {
  const originColumn = grid.origin?.column ?? 0;
  const out: ImportedColumn[] = [];
  for (const m of mapping) {
    const header = m.header.replace(/\s+/g, " ").trim();
    const column = columnLetter(m.column + originColumn);
    out.push({ key: importedColumnKey(column), header, column, field: m.field?.name ?? null, confidence: m.field ? m.confidence : 0 });
    if (m.secondary) out.push({ key: importedColumnKey(column, m.secondary.name), header, column, field: m.secondary.name, confidence: m.confidence });
  }
  return out;
}

function plainColumns(header: HeaderCandidate, width: number): ColumnMapping[] {
  return header.texts
    .slice(0, width)
    .map((text, column) => ({ column, header: text, field: undefined, confidence: 0, source: "header" as const }))
    .filter((m) => m.header !== "");
}

function firstColumn(header: HeaderCandidate): number {
  const i = header.texts.findIndex((t) => t !== "");
  return i < 0 ? 0 : i;
}

function cellOf(grid: SheetGrid, row: number, column: number): string {
  return `${columnLetter(column + (grid.origin?.column ?? 0))}${row + (grid.origin?.row ?? 0) + 1}`;
}

function describeFields(mapping: KindMapping): string {
  return mapping.mappedFields
    .map((name) => mapping.spec.fields.find((f) => f.name === name)?.label ?? name)
    .join(", ");
}

const KIND_LIST = "risk registers, Statements of Applicability, AI system inventories, impact assessments, AI RMF profiles and control mappings";

/** Why a sheet is not recognised, naming the closest kinds and what they lack. */
function explainUnknown(grid: SheetGrid, header: HeaderCandidate, mappings: readonly KindMapping[]): string {
  const originRow = grid.origin?.row ?? 0;
  const titles = header.texts.filter((t) => t !== "").map((t) => `"${t.replace(/\s+/g, " ").slice(0, 40)}"`);
  const shown = titles.slice(0, 6).join(", ") + (titles.length > 6 ? `, … (${titles.length} columns)` : "");
  const closest = [...mappings].filter((m) => m.mappedFields.length > 0).sort((a, b) => b.score - a.score).slice(0, 2);
  const near = closest.map((m, i) => `${i === 0 ? "the closest is" : "next comes"} ${withArticle(m.spec.label)} (found ${describeFields(m)}), but ${m.spec.needs}`);
  return [
    `Sheet "${grid.name}" is not one Crosswalk recognises. The header on row ${header.end + originRow + 1} has ${shown}.`,
    near.length > 0 ? `${capital(near.join("; "))}.` : `None of its columns names a field of ${KIND_LIST}.`,
    "Use --kind to read it as a given kind anyway, or --mapping with a template.",
  ].join(" ");
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function unknownResult(
  grid: SheetGrid,
  header: HeaderCandidate | undefined,
  mapping: readonly ColumnMapping[],
  explanation: string,
  code: string,
): SheetImport {
  const originRow = grid.origin?.row ?? 0;
  return {
    kind: "unknown",
    sheet: grid.name,
    headerRow: header ? header.end + originRow + 1 : null,
    headerStartRow: header ? header.start + originRow + 1 : null,
    columns: outputColumns(grid, mapping),
    records: [],
    issues: [
      {
        code,
        severity: "error",
        sheet: grid.name,
        cell: header ? cellOf(grid, header.end, firstColumn(header)) : cellOf(grid, 0, 0),
        message: explanation,
      },
    ],
    stats: { records: 0, skipped: 0 },
    explanation,
    mapping,
    score: 0,
    origin: { row: grid.origin?.row ?? 0, column: grid.origin?.column ?? 0 },
  };
}

export { summarise };
