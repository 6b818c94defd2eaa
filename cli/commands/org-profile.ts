import { resolve } from "node:path";
import { ApiError } from "../../shared/api/client";
import { API_OPTIONS_USAGE, apiClient, apiErrorText } from "../api-options";
import { parseCommandArgs } from "../args";
import type { Command } from "../command";
import { type CliIo, UsageError, writeJson } from "../io";
import { readJsonFile } from "../json-file";

const usage = `usage: crosswalk org-profile get [--api URL] [--key KEY]
       crosswalk org-profile set <profile.json> [--json] [--api URL] [--key KEY]

The organisation profile the report's programme view is built from.

  get               print the profile as JSON (any key of the org); edit it and set it back
  set FILE          replace the profile with the one in FILE (org-admin keys only); fields left
                    out take their defaults, unknown ones are refused with the bad fields listed
  --json            with set: print the profile as stored instead of one line
${API_OPTIONS_USAGE}

A profile: {"name": "Northwind Financial", "customerMix": "federal" | "international-commercial" | "both",
"size": "small" | "medium" | "large", "auditBandwidth": "low" | "medium" | "high", "holdsIso27001": true,
"iso27001Since": "2021-06-01", "plansIso42001Certification": true, "plannedCertificationDate": "2027-06-30",
"integratedManagementSystem": true}

Exit codes: 0 done; 1 failed (including: no profile set yet); 2 usage.`;

function describe(profile: Record<string, unknown>): string {
  const facts = [
    typeof profile.name === "string" ? profile.name : undefined,
    `customers ${String(profile.customerMix)}`,
    `${String(profile.size)} size`,
    `${String(profile.auditBandwidth)} audit bandwidth`,
    profile.holdsIso27001 ? "holds ISO/IEC 27001" : undefined,
    profile.plansIso42001Certification ? `ISO/IEC 42001 certification planned${typeof profile.plannedCertificationDate === "string" ? ` for ${profile.plannedCertificationDate}` : ""}` : undefined,
  ];
  return facts.filter((f) => f !== undefined).join(", ");
}

export const orgProfileCommand: Command = {
  name: "org-profile",
  summary: "get or set the organisation profile behind the report's programme view",
  usage,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, {
      json: { type: "boolean" },
      api: { type: "string" },
      key: { type: "string" },
    });
    const [action, file, ...extra] = positionals;
    if (action !== "get" && action !== "set") throw new UsageError('say "get" or "set <profile.json>"');
    if (action === "get" && (file !== undefined || values.json)) throw new UsageError("get takes no file and no --json (it prints JSON)");
    if (action === "set" && file === undefined) throw new UsageError("set needs the profile .json file");
    if (extra.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(extra[0])}`);
    const client = apiClient(values, io);
    try {
      if (action === "get") {
        writeJson(io, await client.orgProfile());
        return 0;
      }
      const { bytes } = await readJsonFile(resolve(io.cwd, file as string));
      const stored = await client.putOrgProfile(bytes);
      if (values.json) writeJson(io, stored);
      else io.stdout(`set the organisation profile: ${describe(stored)}\n`);
      return 0;
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      io.stderr(`crosswalk org-profile: ${apiErrorText(error)}\n`);
      return 1;
    }
  },
};
