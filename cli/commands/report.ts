import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { renderReportFile } from "../../report-files/render-file";
import { isReportFormat, REPORT_FORMATS, type ReportFormat } from "../../shared/api/report";
import { API_ID_PATTERN } from "../../shared/model/api-id";
import { isIsoDate } from "../../shared/model/primitives";
import { ApiError } from "../../shared/api/client";
import { API_OPTIONS_USAGE, apiClient, apiErrorText } from "../api-options";
import { parseCommandArgs } from "../args";
import type { Command } from "../command";
import { type CliIo, UsageError } from "../io";
import { orgProfileFromFile, reportFromFiles } from "../report-from-files";
import { type DualConformanceReport, renderJson } from "../../shared/report/index";

const usage = `usage: crosswalk report [--format F] [-o FILE] [--teams a,b] [--as-of YYYY-MM-DD] [--csv-table ID] [--api URL] [--key KEY]
       crosswalk report --from-files SNAPSHOT.json… [--format F] [-o FILE] [--teams a,b] [--as-of YYYY-MM-DD]
                        [--csv-table ID] [--org-profile FILE] [--org ID]

Pulls the consolidated NIST AI RMF + ISO/IEC 42001 report of every team your key can see from the
API — or, with --from-files, builds it here from snapshot files, no API needed.

  --format F        ${REPORT_FORMATS.join(" | ")} (default: from -o's extension, else json)
  -o, --output FILE write the report here; "-" or none writes it to stdout
  --teams a,b       only these teams
  --as-of DATE      the versions as they stood at the end of that day (UTC), and the date things
                    count as overdue against (default today)
  --csv-table ID    with --format csv: one table alone (e.g. gaps, soa-controls, top-risks)
${API_OPTIONS_USAGE}

  --from-files      build from the snapshot .json files given (each restored into today's model,
                    what that changed reported on stderr)
  --org-profile F   with --from-files: the org profile JSON (as GET /v1/org/profile returns it)
  --org ID          with --from-files: the org id (default: from the snapshots' workbook.org)

Prints one line to stderr saying what went into the report. Exit codes: 0 written; 1 failed; 2 usage.`;

/** Longest extensions first, so `.oscal.json` is OSCAL and not JSON. */
const FORMAT_BY_EXTENSION: ReadonlyArray<readonly [string, ReportFormat]> = [
  [".oscal.json", "oscal"],
  [".json", "json"],
  [".csv", "csv"],
  [".md", "md"],
  [".markdown", "md"],
  [".html", "html"],
  [".htm", "html"],
  [".xlsx", "xlsx"],
];

function formatOption(value: string | undefined, output: string | undefined): ReportFormat {
  if (value !== undefined) {
    if (!isReportFormat(value)) throw new UsageError(`--format must be one of ${REPORT_FORMATS.join(", ")}, not ${JSON.stringify(value)}`);
    return value;
  }
  const lower = output?.toLowerCase() ?? "";
  return FORMAT_BY_EXTENSION.find(([extension]) => lower.endsWith(extension))?.[1] ?? "json";
}

function teamsOption(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const teams = [...new Set(value.split(",").map((t) => t.trim()).filter((t) => t !== ""))];
  if (teams.length === 0) throw new UsageError("--teams needs at least one team id");
  const bad = teams.find((t) => !API_ID_PATTERN.test(t));
  if (bad !== undefined) throw new UsageError(`--teams: ${JSON.stringify(bad)} is not a team id (lower-case letters, digits, '.', '_', '-')`);
  return teams;
}

function asOfOption(value: string | undefined): string | undefined {
  if (value !== undefined && !isIsoDate(value)) throw new UsageError(`--as-of must be a calendar date written YYYY-MM-DD, not ${JSON.stringify(value)}`);
  return value;
}

function humanSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

async function emit(io: CliIo, output: string | undefined, body: Uint8Array): Promise<string> {
  if (output === undefined || output === "-") {
    io.stdoutBytes(body);
    return "stdout";
  }
  const path = resolve(io.cwd, output);
  try {
    await writeFile(path, body);
  } catch (error) {
    throw new Error(`cannot write ${output}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return output;
}

const NO_PROFILE_HINT = "; no org profile, so no programme view (set one: crosswalk org-profile set FILE)";

/** The API sends compact JSON; the file is written indented, byte for byte as --from-files writes it. */
function indentedJson(bytes: Uint8Array): Uint8Array {
  let report: DualConformanceReport;
  try {
    report = JSON.parse(new TextDecoder().decode(bytes)) as DualConformanceReport;
  } catch (error) {
    throw new Error(`the API's JSON report does not parse (${error instanceof Error ? error.message : String(error)}); nothing was written`);
  }
  return new TextEncoder().encode(renderJson(report));
}

export const reportCommand: Command = {
  name: "report",
  summary: "pull the consolidated dual-conformance report (or build it from snapshot files)",
  usage,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, {
      format: { type: "string" },
      output: { type: "string", short: "o" },
      teams: { type: "string" },
      "as-of": { type: "string" },
      "csv-table": { type: "string" },
      api: { type: "string" },
      key: { type: "string" },
      "from-files": { type: "boolean" },
      "org-profile": { type: "string" },
      org: { type: "string" },
    });
    const format = formatOption(values.format, values.output);
    const teams = teamsOption(values.teams);
    const asOf = asOfOption(values["as-of"]);
    const csvTable = values["csv-table"];
    if (csvTable !== undefined && format !== "csv") throw new UsageError("--csv-table only applies to --format csv");

    if (values["from-files"]) {
      if (positionals.length === 0) throw new UsageError("--from-files needs at least one snapshot .json file");
      if (values.api !== undefined || values.key !== undefined) throw new UsageError("--from-files builds the report here: leave out --api and --key");
      const profile = values["org-profile"] === undefined ? undefined : await orgProfileFromFile(resolve(io.cwd, values["org-profile"]));
      const built = await reportFromFiles(positionals, {
        cwd: io.cwd,
        asOf: asOf ?? new Date().toISOString().slice(0, 10),
        teams,
        org: values.org,
        profile,
      });
      for (const file of built.files) {
        if (file.issues.length === 0) continue;
        const warnings = file.issues.filter((issue) => issue.severity === "warning").length;
        const shown = file.issues
          .slice(0, 5)
          .map((issue) => `\n  ${issue.path.length > 0 ? `/${issue.path.join("/")}: ` : ""}${issue.message}`)
          .join("");
        const more = file.issues.length > 5 ? `\n  … and ${file.issues.length - 5} more` : "";
        io.stderr(`${file.file}: restored with ${file.issues.length} change(s), ${warnings} warning(s):${shown}${more}\n`);
      }
      let rendered;
      try {
        rendered = await renderReportFile(built.report, format, csvTable !== undefined ? { csvTable } : {});
      } catch (error) {
        if (error instanceof RangeError) throw new UsageError(`--csv-table: ${error.message}`);
        throw error;
      }
      const body = typeof rendered.body === "string" ? new TextEncoder().encode(rendered.body) : new Uint8Array(rendered.body);
      const where = await emit(io, values.output, body);
      const skipped = built.filteredOut.length > 0 ? `; ${built.filteredOut.length} file(s) left out by --teams` : "";
      io.stderr(
        `report: ${built.report.teams.length} team workbook(s) from files as of ${built.report.asOf}, ${format}, ${humanSize(body.length)} → ${where}${skipped}${built.report.org.profile ? "" : NO_PROFILE_HINT}\n`,
      );
      return 0;
    }

    if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])} (to build from files, add --from-files)`);
    if (values["org-profile"] !== undefined || values.org !== undefined) throw new UsageError("--org-profile and --org only apply with --from-files");
    const client = apiClient(values, io);
    try {
      const pulled = await client.reportFile({ format, teams, asOf, csvTable });
      const bytes = format === "json" ? indentedJson(pulled.bytes) : pulled.bytes;
      const where = await emit(io, values.output, bytes);
      io.stderr(
        `report: ${pulled.teams ?? "?"} team workbook(s) as of ${pulled.asOf ?? "?"}, ${format}, ${humanSize(bytes.length)} → ${where}${pulled.orgProfile === "absent" ? NO_PROFILE_HINT : ""}\n`,
      );
      return 0;
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      io.stderr(`crosswalk report: ${apiErrorText(error)}\n`);
      return 1;
    }
  },
};
