import { writeFile } from "node:fs/promises";
import { extname, resolve } from "node:path";
import { importWorkbook } from "../../shared/import/import-workbook";
import type { SheetImport } from "../../shared/import/import-result";
import { toModel } from "../../shared/import/to-model";
import { restoreSnapshot } from "../../shared/model/restore/index";
import type { WorkbookSnapshot } from "../../shared/model/snapshot";
import type { Suggestion } from "../../shared/suggest/suggester";
import { parseCommandArgs } from "../args";
import type { Command } from "../command";
import { type CliIo, UsageError, writeJson } from "../io";
import { readJsonFile } from "../json-file";
import { loadSpreadsheet } from "./load-spreadsheet";
import { plural } from "./format-issues";
import { readCrosswalkWorkbook } from "../../shared/workbook-pipeline/read-crosswalk-workbook";

/** `suggest --json` output: a stable contract (see the README's CLI table and docs/suggest.md). */
export interface SuggestJson {
  readonly file: string;
  readonly top: number;
  readonly minScore: number;
  readonly records: readonly SuggestJsonRecord[];
  readonly counts: { readonly records: number; readonly withSuggestions: number; readonly suggestions: number };
  /** With --accept: decisions applied, problems met and the file written. */
  readonly accepted?: { readonly applied: number; readonly problems: readonly string[]; readonly out: string };
}

export interface SuggestJsonRecord {
  readonly collection: string;
  readonly id: string;
  /** The engine's suggestions as they are: `{ target, kind, title, score, matched, via? }`. */
  readonly suggestions: readonly Suggestion[];
}

const DEFAULT_CLI_TOP = 3;

export function topOption(value: string | undefined, fallback = DEFAULT_CLI_TOP): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 50) throw new UsageError(`--top must be a whole number from 1 to 50 (got "${value}")`);
  return n;
}

function minScoreOption(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || n < 0 || n > 1) throw new UsageError(`--min-score must be a number from 0 to 1 (got "${value}")`);
  return n;
}

/** The engine and its index data are large next to the rest of the CLI: load them when asked. */
export function loadSuggest() {
  return import("../../shared/suggest/index");
}

type SuggestModule = Awaited<ReturnType<typeof loadSuggest>>;
type RecordSuggestions = ReturnType<SuggestModule["suggestForRecords"]>[number];

export function suggestJsonRecords(results: readonly RecordSuggestions[]): SuggestJsonRecord[] {
  return results.map((r) => ({
    collection: r.collection,
    id: r.id,
    suggestions: r.suggestions.map((s) => ({
      target: s.target,
      kind: s.kind,
      title: s.title,
      score: s.score,
      matched: [...s.matched],
      ...(s.via ? { via: [...s.via] } : {}),
    })),
  }));
}

/** Suggestions as text: one block per record that has any. */
export function describeSuggestions(results: readonly RecordSuggestions[]): string {
  const lines: string[] = [];
  for (const r of results) {
    if (r.suggestions.length === 0) continue;
    lines.push(`${r.id} (${r.collection})`);
    for (const s of r.suggestions) {
      const title = s.title.length > 60 ? `${s.title.slice(0, 59)}…` : s.title;
      const via = s.via ? ` via ${s.via.join(", ")}` : "";
      lines.push(`  ${s.score.toFixed(2)}  ${s.target.padEnd(22)} ${title}  [${s.matched.slice(0, 5).join(", ")}]${via}`);
    }
  }
  const withAny = results.filter((r) => r.suggestions.length > 0).length;
  lines.push(`${plural(withAny, "record")} of ${results.length} with suggestions.`);
  return `${lines.join("\n")}\n`;
}

interface Loaded {
  readonly records: Parameters<SuggestModule["suggestForRecords"]>[0];
  readonly snapshot?: WorkbookSnapshot;
}

async function loadRecords(io: CliIo, file: string): Promise<Loaded> {
  if (extname(file).toLowerCase() === ".json") {
    const { value } = await readJsonFile(resolve(io.cwd, file)).catch((error: unknown) => {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    });
    const { snapshot } = restoreSnapshot(value);
    return { records: snapshot, snapshot };
  }
  const { workbook } = await loadSpreadsheet(io, file);
  // A Crosswalk workbook is read as Validate and Push read it; anything else through the importer.
  const read = readCrosswalkWorkbook(workbook.sheets);
  if (read.crosswalk) return { records: read.records };
  const outcome = importWorkbook(workbook, {});
  if (!outcome.ok) throw new UsageError(outcome.message);
  return { records: toModel(bestSheetPerKind(outcome.sheets)) };
}

/** For each kind, the sheet the importer read the most records from. */
function bestSheetPerKind(sheets: readonly SheetImport[]): SheetImport[] {
  const best = new Map<string, SheetImport>();
  for (const sheet of sheets) {
    const current = best.get(sheet.kind);
    if (sheet.records.length > 0 && (!current || sheet.records.length > current.records.length)) best.set(sheet.kind, sheet);
  }
  return [...best.values()];
}

export const suggestCommand: Command = {
  name: "suggest",
  summary: "Suggest AI RMF, ISO 42001, AI 600-1 and trustworthiness references for each record",
  usage: [
    "usage: crosswalk suggest <file> [--top N] [--min-score S] [--json] [--accept --out FILE.json [--by NAME]]",
    "",
    "  <file>          a snapshot .json, a Crosswalk workbook, or any register, SoA, inventory or",
    "                  impact assessment sheet (.xlsx, .xls, .ods, .csv)",
    `  --top N         suggestions per kind and record (default ${DEFAULT_CLI_TOP})`,
    "  --min-score S   leave out suggestions scoring below S, 0–1 (default 0.25)",
    "  --json          print { file, top, minScore, records: [{ collection, id, suggestions }], counts }",
    "  --accept        accept every suggestion shown (snapshot .json only); needs --out",
    "  --out FILE      where --accept writes the snapshot (the input file is never changed)",
    "  --by NAME       who accepts, recorded on each record",
    "",
    "Suggestions leave out references a record holds and suggestions it rejected. Scores are",
    "lexical: words of the record matched against the NIST texts; read them as hints.",
  ].join("\n"),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      top: { type: "string" },
      "min-score": { type: "string" },
      json: { type: "boolean" },
      accept: { type: "boolean" },
      out: { type: "string" },
      by: { type: "string" },
    });
    if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? "give the file to suggest references for" : "give one file at a time");
    const file = positionals[0] as string;
    const suggest = await loadSuggest();
    const top = topOption(values.top);
    const minScore = minScoreOption(values["min-score"], suggest.DEFAULT_MIN_SCORE);
    if (values.accept && values.out === undefined) throw new UsageError("--accept writes a new snapshot: give --out FILE.json");
    if (!values.accept && (values.out !== undefined || values.by !== undefined)) throw new UsageError("--out and --by go with --accept");
    if (values.out !== undefined && !/\.json$/i.test(values.out)) throw new UsageError("--out must name a .json file");

    const loaded = await loadRecords(io, file);
    if (values.accept && !loaded.snapshot) throw new UsageError("--accept works on a snapshot .json (pull or export one first)");
    const results = suggest.suggestForRecords(loaded.records, { top, minScore });

    let accepted: SuggestJson["accepted"];
    if (values.accept && loaded.snapshot && values.out !== undefined) {
      const outcome = suggest.applyDecisions(loaded.snapshot, suggest.acceptAtOrAbove(results, minScore), values.by !== undefined ? { by: values.by } : {});
      await writeFile(resolve(io.cwd, values.out), `${JSON.stringify(outcome.snapshot, null, 2)}\n`);
      accepted = { applied: outcome.applied, problems: outcome.problems.map((p) => `${p.decision.id} ${p.decision.target}: ${p.message}`), out: values.out };
    }
    const withSuggestions = results.filter((r) => r.suggestions.length > 0).length;
    if (values.json) {
      const json: SuggestJson = {
        file,
        top,
        minScore,
        records: suggestJsonRecords(results),
        counts: { records: results.length, withSuggestions, suggestions: results.reduce((n, r) => n + r.suggestions.length, 0) },
        ...(accepted ? { accepted } : {}),
      };
      writeJson(io, json);
    } else {
      io.stdout(results.length === 0 ? `${file}: no risks, AI systems, impact assessments or SoA rows found.\n` : describeSuggestions(results));
      if (accepted) {
        io.stdout(`Accepted ${plural(accepted.applied, "suggestion")}; wrote ${accepted.out}.\n`);
        for (const p of accepted.problems) io.stdout(`  not applied: ${p}\n`);
      }
    }
    return results.length === 0 ? 1 : 0;
  },
};
