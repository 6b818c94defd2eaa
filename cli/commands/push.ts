import { resolve } from "node:path";
import { v4 as uuidv4 } from "uuid";
import { ApiError } from "../../shared/api/client";
import { API_OPTIONS_USAGE, apiClient, apiErrorJson, apiErrorText } from "../api-options";
import type { Command } from "../command";
import { type CliIo, UsageError, writeJson } from "../io";
import { asOfOption, matrixSizeOption, parseCommandArgs } from "../args";
import { matrixForSize } from "../../shared/scoring/matrix-for-size";
import { WorkbookReadError } from "../../shared/file-reader/limits";
import { isWorkbookFile, NotYetSupportedError, snapshotBytesFromFile, snapshotFromWorkbookFile } from "../snapshot-file";
import { dateOrderOption } from "./load-spreadsheet";
import { formatIssues, plural } from "./format-issues";
import { importFirst } from "./import-first";

const EXIT_CONFLICT = 3;

const usage = `usage: crosswalk push <file> [--team T --workbook W] [--base N|latest] [--force] [--json] [--api URL] [--key KEY]

Pushes a Crosswalk workbook (.xlsx, .xlsm, .xls, .ods) or a snapshot (.json) as the next
version of a team's workbook. A workbook is read as the add-in reads it: its structured sheets,
and its team, workbook and risk matrix from the "Crosswalk Settings" sheet; its issues are
printed (the same list crosswalk validate gives), and a workbook with errors is not pushed
unless --force is given. A workbook Crosswalk did not make (no settings sheet, no sheet in
Crosswalk's layout) is never pushed: import it first with crosswalk import <file> --out <file.xlsx>.

  --team T          team id (default: the settings sheet's, or the snapshot's workbook.team)
  --workbook W      workbook id (default: the settings sheet's, or the snapshot's workbook.name)
  --base N          the version your snapshot was based on (sent as If-Match "vN");
                    omit for a workbook's first version; "latest" pushes on top of whatever is newest
  --force           push a workbook even when it has errors (cells that cannot be read are left out)
  --matrix LxI      risk matrix levels (e.g. 3x3) when the workbook has no settings sheet (default 5x5)
  --as-of DATE      date the overdue checks are made against (default: today)
  --date-order dmy|mdy  how to read dates typed as text such as 03/04/2026 (default dmy)
  --json            print the new version as JSON (the API's VersionSummary);
                    on failure print {"error": <problem>} instead
${API_OPTIONS_USAGE}

A push that meets a network error or a 503/502/504 is sent once more at once, with the same
bytes and the same Idempotency-Key (printed on stderr), so it can never make two versions.

Exit codes: 0 pushed; 1 failed (or the workbook has errors); 2 usage; 3 conflict (someone else
pushed first, or --base is needed) — nothing was written.`;




function baseOption(value: string | undefined): number | "latest" | undefined {
  if (value === undefined || value === "latest") return value;
  if (!/^[1-9][0-9]{0,9}$/.test(value)) throw new UsageError(`--base must be a version number or "latest", not ${JSON.stringify(value)}`);
  return Number(value);
}

/** `workbook.team` and `workbook.name` of a snapshot, when it states them. */
function workbookNamedIn(body: Uint8Array): { team?: string; workbook?: string } {
  const parsed = JSON.parse(new TextDecoder().decode(body)) as unknown;
  const meta = typeof parsed === "object" && parsed !== null ? (parsed as { workbook?: unknown }).workbook : undefined;
  if (typeof meta !== "object" || meta === null) return {};
  const { team, name } = meta as { team?: unknown; name?: unknown };
  return {
    ...(typeof team === "string" ? { team } : {}),
    ...(typeof name === "string" ? { workbook: name } : {}),
  };
}

export const pushCommand: Command = {
  name: "push",
  summary: "push a snapshot as a workbook's next version",
  usage,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, {
      team: { type: "string" },
      workbook: { type: "string" },
      base: { type: "string" },
      force: { type: "boolean" },
      matrix: { type: "string" },
      "as-of": { type: "string" },
      "date-order": { type: "string" },
      json: { type: "boolean" },
      api: { type: "string" },
      key: { type: "string" },
    });
    if (positionals.length !== 1 || positionals[0] === undefined) throw new UsageError("give exactly one snapshot file");
    const base = baseOption(values.base);
    const asOf = asOfOption(values["as-of"]);
    const fallbackMatrix = matrixOf(values.matrix);
    const dateOrder = dateOrderOption(values["date-order"]);
    const client = apiClient(values, io);
    const path = resolve(io.cwd, positionals[0]);

    let body: Uint8Array;
    try {
      if (isWorkbookFile(path)) {
        const { build, problems } = await snapshotFromWorkbookFile(path, {
          ...(values.team !== undefined ? { team: values.team } : {}),
          ...(values.workbook !== undefined ? { workbook: values.workbook } : {}),
          asOf,
          ...(dateOrder ? { dateOrder } : {}),
          ...(fallbackMatrix ? { fallbackMatrix } : {}),
        });
        for (const problem of problems) io.stderr(`crosswalk push: sheet "${problem.sheet}" was not read: ${problem.message}\n`);
        const shown = build.issues.filter((i) => i.severity !== "info");
        if (shown.length > 0) io.stderr(`${formatIssues(build.issues)}\n`);
        const errors = build.counts.error;
        if (!build.snapshot || (errors > 0 && !values.force)) {
          const why = !build.crosswalk
            ? importFirst(positionals[0])
            : !build.snapshot
            ? "no snapshot could be made from the workbook"
            : `the workbook has ${plural(errors, "error")}; fix them (cells that cannot be read would be left out) or push anyway with --force`;
          if (values.json) writeJson(io, { error: { title: "The workbook was not pushed", detail: why, issues: build.issues } });
          io.stderr(`crosswalk push: ${why}\n`);
          return 1;
        }
        body = new TextEncoder().encode(JSON.stringify(build.snapshot));
      } else {
        body = await snapshotBytesFromFile(path);
      }
    } catch (error) {
      if (error instanceof NotYetSupportedError || error instanceof WorkbookReadError) {
        io.stderr(`crosswalk push: ${error.message}\n`);
        return 1;
      }
      throw error;
    }
    const named = workbookNamedIn(body);
    const team = values.team ?? named.team;
    const workbook = values.workbook ?? named.workbook;
    if (!team || !workbook) throw new UsageError("--team and --workbook are required: the snapshot does not name its workbook");

    try {
      let etag: string | undefined;
      if (base === "latest") {
        etag = (await client.versions(team, workbook, { limit: 1 }).catch((error: unknown) => {
          if (error instanceof ApiError && error.status === 404) return { items: [] };
          throw error;
        })).items[0]?.etag;
      } else if (base !== undefined) {
        etag = `"v${base}"`;
      }
      // One key for this push: the retry below sends it with the same bytes, so if the first
      // attempt was committed and only its answer lost, the API answers that version, not a 409.
      const idempotencyKey = uuidv4();
      const version = await client.push(team, workbook, body, etag, idempotencyKey).catch(async (error: unknown) => {
        if (!(error instanceof ApiError && error.offline)) throw error;
        const pause = retryPauseSeconds(error);
        io.stderr(
          `crosswalk push: ${apiErrorText(error)}\ncrosswalk push: in ${pause} s sending the same push once more (same bytes, same Idempotency-Key ${idempotencyKey}): if the first attempt got through, its version is answered, never a second one\n`,
        );
        await io.wait(pause * 1000);
        return client.push(team, workbook, body, etag, idempotencyKey);
      });
      if (values.json) writeJson(io, version);
      else io.stdout(`pushed ${version.team}/${version.workbook} version ${version.version} (${version.size} bytes, ETag ${version.etag})\n`);
      return 0;
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (values.json) writeJson(io, { error: apiErrorJson(error) });
      const status = error.status;
      if (status === 409 || status === 428) {
        const current = error.problem?.currentVersion;
        const hint =
          typeof current === "number"
            ? `\nthe newest version is ${current}: fetch it, merge your changes, and push again with --base ${current}`
            : "";
        io.stderr(`crosswalk push: ${apiErrorText(error)}${hint}\n`);
        return EXIT_CONFLICT;
      }
      io.stderr(`crosswalk push: ${apiErrorText(error)}\n`);
      return 1;
    }
  },
};

/** The API's Retry-After when it sent one (capped: a CLI user should not wait minutes), else a second. */
function retryPauseSeconds(error: ApiError): number {
  return Math.min(error.retryAfterSeconds ?? 1, MAX_RETRY_PAUSE_SECONDS);
}

const MAX_RETRY_PAUSE_SECONDS = 30;

function matrixOf(value: string | undefined) {
  const size = matrixSizeOption(value);
  return size ? matrixForSize(size.likelihood, size.impact) : undefined;
}
