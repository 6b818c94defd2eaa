import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Issue } from "../../shared/issues/issue";
import type { ImportedColumn, ImportedRecord, SheetImport } from "../../shared/import/import-result";
import { importWorkbook, type RunnerUp, type WorkbookImport } from "../../shared/import/import-workbook";
import { KIND_SPECS, parseSheetKind, SHEET_KINDS, type SheetKind } from "../../shared/import/kinds/index";
import { MappingTemplate, templateFrom } from "../../shared/import/mapping-template";
import { withArticle } from "../../shared/import/text";
import { parseCommandArgs } from "../args";
import type { Command } from "../command";
import { writeStructuredWorkbook } from "../files/write-workbook";
import { layoutForKind } from "../../shared/layout/index";
import { type CliIo, UsageError, writeJson } from "../io";
import { formatIssues, plural } from "./format-issues";
import { dateOrderOption, loadSpreadsheet } from "./load-spreadsheet";
import { describeSuggestions, loadSuggest, type SuggestJsonRecord, suggestJsonRecords, topOption } from "./suggest";
import { toModel } from "../../shared/import/to-model";

/** `import --json` output: a stable contract (see docs/import.md). */
export interface ImportJson {
  readonly kind: SheetImport["kind"];
  readonly sheet: string;
  readonly headerRow: number | null;
  readonly columns: readonly ImportedColumn[];
  readonly records: readonly ImportedRecord[];
  readonly issues: readonly Issue[];
  readonly stats: { readonly records: number; readonly skipped: number };
  /** The other sheets and kinds weighed, best score first. */
  readonly alsoConsidered: readonly RunnerUp[];
  /** The GRC tool export format detected ("CISO Assistant risk assessment export"). */
  readonly template?: { readonly id: string; readonly label: string };
  /** For a sheet that is not a register: what it is. */
  readonly declined?: { readonly what: string; readonly label: string };
  /** With --suggest: suggested references per record (the `suggest --json` records). */
  readonly suggestions?: readonly SuggestJsonRecord[];
}

function importJson(result: SheetImport, runnersUp: readonly RunnerUp[]): ImportJson {
  return {
    kind: result.kind,
    sheet: result.sheet,
    headerRow: result.headerRow,
    columns: result.columns,
    records: result.records,
    issues: result.issues,
    stats: result.stats,
    alsoConsidered: runnersUp,
    ...(result.template ? { template: result.template } : {}),
    ...(result.declined ? { declined: result.declined } : {}),
  };
}

function kindOption(value: string | undefined): SheetKind | undefined {
  if (value === undefined) return undefined;
  const kind = parseSheetKind(value);
  if (!kind) throw new UsageError(`--kind must be one of ${SHEET_KINDS.join(", ")} (got "${value}")`);
  return kind;
}


async function loadTemplate(io: CliIo, file: string): Promise<MappingTemplate> {
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, file), "utf8");
  } catch {
    throw new UsageError(`cannot read the mapping file ${file}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`the mapping file ${file} is not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const parsed = MappingTemplate.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new UsageError(`the mapping file ${file} is not a Crosswalk mapping: ${first ? `${first.path.join(".") || "(top)"}: ${first.message}` : "invalid"}`);
  }
  return parsed.data;
}

function confidenceWord(confidence: number): string {
  return confidence >= 0.9 ? "sure" : confidence >= 0.7 ? "likely" : "guess";
}

function describe(result: SheetImport, outcome: Extract<WorkbookImport, { ok: true }>, file: string): string {
  const lines: string[] = [];
  const spec = result.kind === "unknown" ? undefined : KIND_SPECS[result.kind];
  lines.push(`${file} › sheet "${result.sheet}"`);
  if (!spec) {
    lines.push("", result.explanation ?? "Not recognised.");
  } else {
    const tool = result.template ? ` (${withArticle(result.template.label)})` : "";
    lines.push(
      `Read as ${withArticle(spec.label)}${tool}: header on row ${result.headerRow}, ${plural(result.stats.records, "record")}` +
        (result.stats.skipped > 0 ? `, ${plural(result.stats.skipped, "row")} skipped` : "") +
        ".",
    );
    lines.push("", "Columns:");
    const width = Math.min(40, Math.max(6, ...result.columns.map((c) => c.header.length)));
    for (const c of result.columns) {
      const header = (c.header || "(no header)").slice(0, width).padEnd(width);
      const target = c.field === null ? "— not imported (kept in extra)" : `→ ${c.field} (${confidenceWord(c.confidence)}, ${c.confidence.toFixed(2)})`;
      lines.push(`  ${c.column.padStart(3)}  ${header}  ${target}`);
    }
    const missing = spec.fields.filter((f) => f.weight >= 1 && !result.columns.some((c) => c.field === f.name)).map((f) => f.label);
    if (missing.length > 0) lines.push(`  Not found: ${missing.join(", ")}.`);
  }
  const considered = describeRunnersUp(outcome.runnersUp);
  if (considered !== "") lines.push("", considered);
  lines.push("", formatIssues(result.issues));
  return `${lines.join("\n")}\n`;
}

/** "Also considered: …", at most five, best first. */
function describeRunnersUp(runnersUp: readonly RunnerUp[]): string {
  if (runnersUp.length === 0) return "";
  const shown = runnersUp.slice(0, 5).map((r) => {
    const records = r.records === undefined ? "" : `, ${plural(r.records, "record")}`;
    return `"${r.sheet}" as ${withArticle(KIND_SPECS[r.kind].label)} (score ${r.score.toFixed(2)}${records})`;
  });
  const more = runnersUp.length > 5 ? `; and ${runnersUp.length - 5} more` : "";
  return `Also considered: ${shown.join("; ")}${more}. Use --sheet or --kind to pick another.`;
}

/** `--suggest`: the imported rows as model records, through the suggestion engine (loaded only then). */
async function suggestionsFor(result: SheetImport) {
  const suggest = await loadSuggest();
  return suggest.suggestForRecords(toModel([result]), { top: topOption(undefined) });
}

export const importCommand: Command = {
  name: "import",
  summary: "Read a register, SoA or inventory from a spreadsheet (dry run)",
  usage: [
    "usage: crosswalk import <file> [--sheet NAME] [--kind KIND] [--mapping FILE] [--json] [--out FILE.xlsx] [--suggest]",
    "",
    "  <file>               .xlsx, .xls, .ods or .csv (any delimiter, with or without BOM)",
    "  --sheet NAME         import this sheet (default: the one that best matches)",
    `  --kind KIND          read it as: ${SHEET_KINDS.join(", ")}`,
    "  --mapping FILE       re-apply a saved column mapping (JSON template)",
    "  --save-mapping FILE  save the mapping used, to re-apply or edit",
    "  --date-order ORDER   dmy or mdy, for dates like 03/04/2026 the column does not settle (default dmy)",
    "  --json               print { kind, sheet, headerRow, columns, records, issues, stats, alsoConsidered }",
    "  --out FILE.xlsx      write the records as a structured Crosswalk workbook",
    "  --suggest            also suggest framework references for each record (see crosswalk suggest)",
    "",
    "Nothing is written unless --out or --save-mapping is given; the source file is never changed.",
  ].join("\n"),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      sheet: { type: "string" },
      kind: { type: "string" },
      mapping: { type: "string" },
      "save-mapping": { type: "string" },
      "date-order": { type: "string" },
      json: { type: "boolean" },
      out: { type: "string" },
      suggest: { type: "boolean" },
    });
    if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? "give the file to import" : "give one file at a time");
    const file = positionals[0] as string;
    const kind = kindOption(values.kind);
    const dateOrder = dateOrderOption(values["date-order"]);
    if (values.out !== undefined && !/\.xlsx$/i.test(values.out)) throw new UsageError("--out must name an .xlsx file");
    const template = values.mapping !== undefined ? await loadTemplate(io, values.mapping) : undefined;

    const { workbook } = await loadSpreadsheet(io, file);
    const sheet = values.sheet ?? template?.sheet;
    const outcome = importWorkbook(workbook, {
      ...(sheet !== undefined && (values.sheet !== undefined || workbook.sheets.some((s) => s.name === sheet)) ? { sheet } : {}),
      ...(kind ? { kind } : {}),
      ...(template ? { template } : {}),
      ...(dateOrder ? { dateOrder } : {}),
    });
    if (!outcome.ok) throw new UsageError(outcome.message);
    const result = outcome.chosen;
    const readIssues: Issue[] = [
      ...workbook.problems.map((p) => ({ code: "sheet-unreadable", severity: "warning" as const, sheet: p.sheet, cell: "A1", message: `Sheet "${p.sheet}" was not read: ${p.message}` })),
      ...workbook.truncatedCells
        .filter((t) => t.sheet === result.sheet)
        .map((t) => ({ code: "cell-truncated", severity: "warning" as const, sheet: t.sheet, cell: t.cell, message: "The cell holds more than 32,767 characters (Excel's limit); the rest was cut" })),
    ];
    const shown: SheetImport = readIssues.length > 0 ? { ...result, issues: [...readIssues, ...result.issues] } : result;

    if (values["save-mapping"] !== undefined) {
      const saved = templateFrom(result, dateOrder);
      if (!saved) throw new UsageError("there is no mapping to save: the sheet was not recognised");
      await writeFile(resolve(io.cwd, values["save-mapping"]), `${JSON.stringify(saved, null, 2)}\n`);
    }
    if (values.out !== undefined && result.kind !== "unknown") {
      if (!layoutForKind(result.kind)) {
        throw new UsageError(`${withArticle(KIND_SPECS[result.kind].label)} has no sheet in a Crosswalk workbook; --out writes risk registers, SoAs, AI system inventories, impact assessments and AI RMF profiles`);
      }
      const bytes = await writeStructuredWorkbook([result]);
      await writeFile(resolve(io.cwd, values.out), bytes);
    }

    const suggested = values.suggest && result.kind !== "unknown" ? await suggestionsFor(result) : undefined;
    if (values.json) writeJson(io, { ...importJson(shown, outcome.runnersUp), ...(suggested ? { suggestions: suggestJsonRecords(suggested) } : {}) });
    else {
      io.stdout(describe(shown, outcome, file));
      if (suggested) io.stdout(`\nSuggested references:\n${describeSuggestions(suggested)}`);
      if (values.out !== undefined && result.kind !== "unknown") io.stdout(`Wrote ${plural(result.records.length, "record")} to ${values.out}.\n`);
      if (values["save-mapping"] !== undefined) io.stdout(`Saved the mapping to ${values["save-mapping"]}.\n`);
    }
    return result.kind === "unknown" ? 1 : 0;
  },
};
