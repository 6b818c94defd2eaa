import { ApiError } from "../../shared/api/client";
import type { VersionSummary } from "../../shared/api/version";
import { API_OPTIONS_USAGE, apiClient, apiErrorJson, apiErrorText, integerOption } from "../api-options";
import type { Command } from "../command";
import { type CliIo, UsageError, writeJson } from "../io";
import { parseCommandArgs } from "../args";

const usage = `usage: crosswalk versions --team T --workbook W [--limit N] [--all] [--json] [--api URL] [--key KEY]

Lists a workbook's versions, newest first: author, time, size and record counts.

  --team T          team id
  --workbook W      workbook id
  --limit N         at most N versions (1–100, default 20)
  --all             every version, following the pages
  --json            print {"items": [VersionSummary…], "nextCursor": string|null} (the API's shape;
                    with --all nextCursor is null); on failure {"error": <problem>}
${API_OPTIONS_USAGE}`;

function humanSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function table(items: readonly VersionSummary[]): string {
  const rows = items.map((v) => [
    String(v.version),
    v.createdAt,
    v.author.name,
    humanSize(v.size),
    Object.entries(v.recordCounts)
      .filter(([, count]) => count > 0)
      .map(([name, count]) => `${name} ${count}`)
      .join(", ") || "—",
  ]);
  const header = ["version", "created", "author", "size", "records"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 || i === 3 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(header), ...rows.map(line)].join("\n");
}

export const versionsCommand: Command = {
  name: "versions",
  summary: "list a workbook's versions, newest first",
  usage,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, {
      team: { type: "string" },
      workbook: { type: "string" },
      limit: { type: "string" },
      all: { type: "boolean" },
      json: { type: "boolean" },
      api: { type: "string" },
      key: { type: "string" },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
    if (!values.team || !values.workbook) throw new UsageError("--team and --workbook are required");
    const limit = integerOption("limit", values.limit, 1, 100);
    const client = apiClient(values, io);
    try {
      const items: VersionSummary[] = [];
      let cursor: string | undefined;
      let nextCursor: string | null = null;
      do {
        const page = await client.versions(values.team, values.workbook, { limit: limit ?? (values.all ? 100 : undefined), cursor });
        items.push(...page.items);
        nextCursor = page.nextCursor;
        cursor = nextCursor ?? undefined;
      } while (values.all && cursor !== undefined);
      if (values.json) writeJson(io, { items, nextCursor: values.all ? null : nextCursor });
      else io.stdout(`${table(items)}\n${nextCursor && !values.all ? "(more: use --all)\n" : ""}`);
      return 0;
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (values.json) writeJson(io, { error: apiErrorJson(error) });
      io.stderr(`crosswalk versions: ${apiErrorText(error)}\n`);
      return 1;
    }
  },
};
