import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { compareIssues, type Issue } from "../../shared/issues/issue";
import type { SheetImport } from "../../shared/import/import-result";
import { compareSheets, importWorkbook } from "../../shared/import/import-workbook";
import { KIND_SPECS, type SheetKind } from "../../shared/import/kinds/index";
import { locateImports } from "../../shared/import/locate";
import type { MatrixSize } from "../../shared/validation/input";
import { RuleConfig, validate } from "../../shared/validation/validate";
import { asOfOption, matrixSizeOption, parseCommandArgs } from "../args";
import type { Command } from "../command";
import { type CliIo, UsageError, writeJson } from "../io";
import { dateOrderOption, loadSpreadsheet } from "./import";
import { formatIssues, plural } from "./format-issues";

/** `validate --json` output: a stable contract (see docs/import.md). */
export interface ValidateJson {
  readonly file: string;
  readonly asOf: string;
  readonly sheets: readonly { readonly sheet: string; readonly kind: SheetKind; readonly records: number }[];
  readonly issues: readonly Issue[];
  readonly counts: { readonly error: number; readonly warning: number; readonly info: number };
}

/** Kinds validation looks at, one sheet each. */
const VALIDATED: readonly SheetKind[] = ["ai-inventory", "risk-register", "soa", "impact-assessment", "ai-rmf-profile"];




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

/** The best sheet of each kind (a workbook may hold a register and its blank template). */
export function sheetsToValidate(sheets: readonly SheetImport[]): SheetImport[] {
  const chosen: SheetImport[] = [];
  for (const kind of VALIDATED) {
    const best = sheets.filter((s) => s.kind === kind).sort(compareSheets)[0];
    if (best && best.records.length > 0) chosen.push(best);
  }
  return chosen;
}

export const validateCommand: Command = {
  name: "validate",
  summary: "Check a workbook's records: owners, ratings, dates, ids, SoA coverage",
  usage: [
    "usage: crosswalk validate <file> [--as-of DATE] [--json]",
    "",
    "  <file>              a Crosswalk workbook, or any register, SoA or inventory (.xlsx, .xls, .ods, .csv)",
    "  --as-of DATE        check review and due dates against this date (default: today)",
    "  --matrix LxI        levels of the risk matrix, e.g. 3x3 (default 5x5)",
    "  --rules FILE        JSON: { \"rules\": { \"<code>\": \"off\" | \"error\" | \"warning\" | \"info\" } }",
    "  --date-order ORDER  dmy or mdy, for dates like 03/04/2026 (default dmy)",
    "  --json              print { file, asOf, sheets, issues, counts }",
    "",
    "Exit code 1 when there are errors, 0 otherwise.",
  ].join("\n"),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      "as-of": { type: "string" },
      matrix: { type: "string" },
      rules: { type: "string" },
      "date-order": { type: "string" },
      json: { type: "boolean" },
    });
    if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? "give the file to validate" : "give one file at a time");
    const file = positionals[0] as string;
    const asOf = asOfOption(values["as-of"]);
    const matrix = matrixOf(values.matrix);
    const config = await loadRules(io, values.rules);
    const dateOrder = dateOrderOption(values["date-order"]);

    const { workbook } = await loadSpreadsheet(io, file);
    const outcome = importWorkbook(workbook, dateOrder ? { dateOrder } : {});
    if (!outcome.ok) throw new UsageError(outcome.message);
    const sheets = sheetsToValidate(outcome.sheets);
    if (sheets.length === 0) {
      const reasons = outcome.sheets.map((s) => `  "${s.sheet}": ${s.kind === "unknown" ? (s.explanation ?? "not recognised") : `${KIND_SPECS[s.kind].label} with no records`}`);
      io.stderr(`crosswalk validate: nothing to validate in ${file}; no sheet is a risk register, SoA, AI system inventory, impact assessment or AI RMF profile with records.\n${reasons.join("\n")}\n`);
      return 1;
    }
    const input = { ...locateImports(sheets), ...(matrix ? { matrix } : {}) };
    const result = validate(input, { asOf, ...(config ? { config } : {}) });
    const importIssues = sheets.flatMap((s) => s.issues).filter((i) => i.severity !== "info");
    const issues = [...importIssues, ...result.issues].sort(compareIssues);
    const counts = { error: 0, warning: 0, info: 0 };
    for (const issue of issues) counts[issue.severity]++;

    if (values.json) {
      const json: ValidateJson = {
        file,
        asOf,
        sheets: sheets.map((s) => ({ sheet: s.sheet, kind: s.kind as SheetKind, records: s.records.length })),
        issues,
        counts,
      };
      writeJson(io, json);
    } else {
      const lines = [
        `${file}, as of ${asOf}`,
        ...sheets.map((s) => `  "${s.sheet}": ${KIND_SPECS[s.kind as SheetKind].label}, ${plural(s.records.length, "record")}`),
        "",
        `${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${plural(counts.info, "note")}.`,
        "",
        formatIssues(issues),
      ];
      io.stdout(`${lines.join("\n")}\n`);
    }
    return counts.error > 0 ? 1 : 0;
  },
};

function matrixOf(value: string | undefined): MatrixSize | undefined {
  const size = matrixSizeOption(value);
  return size ? { ...size, scoring: "product" } : undefined;
}
