import { OpenApiGeneratorV31, OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import * as z from "zod";
import type { Limits } from "../deps";
import { PROBLEM_TYPES, problemTypeUri } from "../problem";
import { createKeyRequestSchema } from "../../shared/api/key";
import { orgProfileDocumentSchema } from "../../shared/api/org-profile";
import { snapshotRequestSchema } from "../../shared/api/version";
import type { Contract } from "./operation";

type Json = Record<string, unknown>;

export const API_DESCRIPTION = `Crosswalk keeps versioned snapshots of each team's conformance workbook (NIST AI RMF 1.0 and ISO/IEC 42001) and serves their history.

**Resources.** An org has teams; a team has workbooks; a workbook has immutable, numbered versions, each holding a snapshot that was validated on the way in and is stored byte for byte as sent. Teams and workbooks come into being with their first push. The org is never in the URL: it is the org of the caller's key.

**Authentication.** Every \`/v1\` route except \`/v1/health\` and \`/v1/openapi.json\` needs \`Authorization: Bearer <key>\`. Keys look like \`cwk_<id>_<secret>\`; the server stores only their SHA-256 hash. Roles: **org-admin** (everything in its org, including keys), **org-reader** (read every team), **team-editor** (read and push its teams), **team-reader** (read its teams).

**403 or 404.** A team outside the key's scope — another team's workbook for a team key, anything of another org — is answered **404 Not Found**, exactly as if it did not exist, so a key cannot learn what other teams or orgs hold. Inside its scope, an action the role does not allow (a reader pushing, a non-admin managing keys) is **403 Forbidden**.

**Concurrency.** Push with \`If-Match\` naming the version you started from (its ETag, e.g. \`"v3"\`; omit it only for a workbook's first version). If someone pushed first you get **409** with \`currentVersion\`; without \`If-Match\` on an existing workbook, **428**. Of any number of concurrent pushes from the same base exactly one wins.

**Caching.** Versions carry an ETag; \`If-None-Match\` gives **304**.

**Reports.** \`GET /v1/reports/dual-conformance\` consolidates the newest version of every workbook the key can see (or the versions as of a date) into one NIST AI RMF + ISO/IEC 42001 report, as JSON, CSV, Markdown, HTML, OSCAL or XLSX. Reading all teams costs one index query plus one query per workbook, never a scan. The org's profile (\`/v1/org/profile\`) drives its programme view.

**Errors.** Every error is RFC 9457 \`application/problem+json\` with a \`type\` naming an entry below, and \`errors\` (with JSON Pointers) for validation failures. Never a stack trace.`;

/** Request bodies as the client writes them (zod's input side: defaults may be left out). */
function requestBodySchemas(): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [id, schema] of [
    ["Snapshot", snapshotRequestSchema],
    ["CreateKeyRequest", createKeyRequestSchema],
    ["OrgProfileRequest", orgProfileDocumentSchema],
  ] as const) {
    const { $schema: _s, id: _id, ...rest } = z.toJSONSchema(schema, { io: "input" }) as Json;
    out[id] = rest;
  }
  return out;
}

/**
 * The OpenAPI 3.1 document served at /v1/openapi.json, generated from the operations the routes
 * declared (api/openapi/operation.ts) and the contract's zod schemas (shared/api; each answer's
 * schema named by its `.meta({ id })` becomes a component).
 */
export function openApiDocument(contract: Contract, limits: Limits): Json {
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer", description: "An API key, `cwk_<id>_<secret>`." });
  for (const [id, schema] of Object.entries(requestBodySchemas())) registry.registerComponent("schemas", id, schema);
  for (const route of contract) registry.registerPath(route);
  const document = new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Crosswalk API",
      version: "1.0.0",
      description: `${API_DESCRIPTION}\n\n**Limits.** Request bodies up to ${limits.maxBodyBytes} bytes, nested at most ${limits.maxJsonDepth} levels; no \`__proto__\` keys.`,
    },
    servers: [{ url: "/" }],
    security: [{ bearer: [] }],
    tags: [
      { name: "versions", description: "Push and read a workbook's versions." },
      { name: "workbooks", description: "The workbooks a key can see." },
      { name: "reports", description: "The consolidated dual-conformance report." },
      { name: "org", description: "The caller's organisation: its profile." },
      { name: "keys", description: "API keys (org-admin only)." },
      { name: "meta", description: "Health, this document, the caller." },
    ],
  });
  return {
    ...(document as unknown as Json),
    "x-problem-types": Object.fromEntries(
      Object.entries(PROBLEM_TYPES).map(([type, p]) => [problemTypeUri(type as keyof typeof PROBLEM_TYPES), p]),
    ),
  };
}
