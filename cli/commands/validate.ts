import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Issue } from "../../shared/issues/issue";
import type { SheetKind } from "../../shared/import/kinds/index";
import { KIND_SPECS } from "../../shared/import/kinds/index";
import { SHEET_LAYOUTS } from "../../shared/layout/index";
import { COLLECTIONS } from "../../shared/model/collections";
import { matrixForSize } from "../../shared/scoring/matrix-for-size";
import { RuleConfig } from "../../shared/validation/validate";
import { readCrosswalkWorkbook, type WorkbookRead } from "../../shared/workbook-pipeline/read-crosswalk-workbook";
import { asOfOption, matrixSizeOption, parseCommandArgs } from "../args";
import type { Command } from "../command";
import { type CliIo, UsageError, writeJson } from "../io";
import { dateOrderOption, loadSpreadsheet } from "./load-spreadsheet";
import { formatIssues, plural } from "./format-issues";
import { importFirst } from "./import-first";

/** `validate --json` output: a stable contract (see docs/import.md). */
export interface ValidateJson {
  readonly file: string;
  readonly asOf: string;
  /** The structured sheets read that the importer has a kind for (risk register, SoA, inventory …). */
  readonly sheets: readonly { readonly sheet: string; readonly kind: SheetKind; readonly records: number }[];
  readonly issues: readonly Issue[];
  readonly counts: { readonly error: number; readonly warning: number; readonly info: number };
}

async function loadRules(io: CliIo, file: string | undefined): Promise<RuleConfig | undefined> {
  if (file === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(await readFile(resolve(io.cwd, file), "utf8"));
  } catch (error) {
    throw new UsageError(`cannot read the rules file ${file} (${error instanceof Error ? error.message : String(error)})`);
  }
  const parsed = RuleConfig.safeParse(json);
  if (!parsed.success) throw new UsageError(`the rules file ${file} is not valid: ${parsed.error.issues[0]?.message ?? "invalid"}`);
  return parsed.data;
}

/** Each structured sheet the workbook has, by the name people know it under. */
function sheetLines(read: WorkbookRead): { sheet: string; label: string; kind?: SheetKind; records: number }[] {
  return read.sheets.flatMap((s) => {
    const layout = SHEET_LAYOUTS.find((l) => l.id === s.layout);
    if (s.sheet === undefined || !layout) return [];
    const label = layout.kind ? KIND_SPECS[layout.kind].label : COLLECTIONS[layout.id].label;
    return [{ sheet: s.sheet, label, ...(layout.kind ? { kind: layout.kind } : {}), records: s.records }];
  });
}

export const validateCommand: Command = {
  name: "validate",
  summary: "Check a Crosswalk workbook as push will: records, ids, owners, ratings, dates, SoA coverage",
  usage: [
    "usage: crosswalk validate <file> [--team T --workbook W] [--as-of DATE] [--json]",
    "",
    "  <file>              a Crosswalk workbook (.xlsx, .xlsm, .xls, .ods): its structured sheets, and",
    "                      its ids and risk matrix from the Crosswalk Settings sheet; any other",
    "                      spreadsheet is imported first (crosswalk import <file> --out <file.xlsx>)",
    "  --team T            team id, as push --team takes it (default: the settings sheet's)",
    "  --workbook W        workbook id, as push --workbook takes it (default: the settings sheet's)",
    "  --as-of DATE        check review and due dates against this date (default: today)",
    "  --matrix LxI        levels of the risk matrix when the workbook has no settings sheet, e.g. 3x3 (default 5x5)",
    "  --rules FILE        JSON: { \"rules\": { \"<code>\": \"off\" | \"error\" | \"warning\" | \"info\" } }",
    "  --date-order ORDER  dmy or mdy, for dates like 03/04/2026 (default dmy)",
    "  --json              print { file, asOf, sheets, issues, counts }",
    "",
    "Lists every error push would refuse the workbook for, in the same words (the same code reads both).",
    "Exit code 1 when there are errors, 0 otherwise.",
  ].join("\n"),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      team: { type: "string" },
      workbook: { type: "string" },
      "as-of": { type: "string" },
      matrix: { type: "string" },
      rules: { type: "string" },
      "date-order": { type: "string" },
      json: { type: "boolean" },
    });
    if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? "give the file to validate" : "give one file at a time");
    const file = positionals[0] as string;
    const asOf = asOfOption(values["as-of"]);
    const size = matrixSizeOption(values.matrix);
    const rules = await loadRules(io, values.rules);
    const dateOrder = dateOrderOption(values["date-order"]);

    const { workbook } = await loadSpreadsheet(io, file);
    for (const problem of workbook.problems) io.stderr(`crosswalk validate: sheet "${problem.sheet}" was not read: ${problem.message}\n`);
    const ids = { ...(values.team !== undefined ? { team: values.team } : {}), ...(values.workbook !== undefined ? { name: values.workbook } : {}) };
    const read = readCrosswalkWorkbook(workbook.sheets, {
      asOf,
      workbook: ids,
      ...(size ? { fallbackMatrix: matrixForSize(size.likelihood, size.impact) } : {}),
      ...(dateOrder ? { dateOrder } : {}),
      ...(rules ? { rules } : {}),
    });
    const { issues, counts } = read;
    const sheets = sheetLines(read);

    if (values.json) {
      const json: ValidateJson = {
        file,
        asOf,
        sheets: sheets.flatMap((s) => (s.kind ? [{ sheet: s.sheet, kind: s.kind, records: s.records }] : [])),
        issues,
        counts,
      };
      writeJson(io, json);
    } else {
      const lines = [
        `${file}, as of ${asOf}`,
        ...sheets.map((s) => `  "${s.sheet}": ${s.label}, ${plural(s.records, "record")}`),
        "",
        `${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${plural(counts.info, "note")}.`,
        "",
        formatIssues(issues),
      ];
      io.stdout(`${lines.join("\n")}\n`);
    }
    if (!read.crosswalk) io.stderr(`crosswalk validate: ${importFirst(file)}\n`);
    return counts.error > 0 ? 1 : 0;
  },
};
