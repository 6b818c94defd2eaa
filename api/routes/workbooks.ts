import { Hono } from "hono";
import { type Contract, operation } from "../openapi/operation";
import { COMMON, cursorParam, json, limitParam, problems } from "../openapi/responses";
import { workbookListSchema } from "../../shared/api/workbook";
import * as z from "zod";
import { isOrgRole } from "../auth/principal";
import type { ResolvedDeps } from "../deps";
import type { AppEnv } from "../env";
import { decodeCursor, encodeCursor } from "../http/cursor";
import { parseRequestPart } from "../http/validate";
import { limitSchema, SLUG_PATTERN, slugSchema, teamIdSchema } from "../../shared/api/ids";
import { versionSummary } from "./version-summary";
import type { WorkbookCursor, WorkbookLatest } from "../store/port";
import { methodNotAllowed, principalOf, requireTeamVisible } from "./context";

const listQuerySchema = z.object({
  team: teamIdSchema.optional(),
  limit: limitSchema.optional(),
  cursor: z.string().optional(),
});
const cursorSchema = z.object({ team: slugSchema, workbook: slugSchema });

/**
 * The workbooks the caller can see, from the org-wide index, each with its newest version:
 * one index query per page plus one query per workbook — the access pattern reports use.
 */
export function workbookRoutes(deps: ResolvedDeps, contract: Contract): Hono<AppEnv> {
  const { store, limits } = deps;
  const routes = new Hono<AppEnv>();

  operation(routes, "/v1/workbooks", contract, {
    method: "get",
    path: "/v1/workbooks",
    tags: ["workbooks"],
    operationId: "listWorkbooks",
    summary: "List the workbooks the key can see",
    description: "From the org-wide index, ordered by team then workbook, each with its newest version.",
    parameters: [
      { name: "team", in: "query", description: "Only this team.", schema: { type: "string", pattern: SLUG_PATTERN.source } },
      limitParam,
      cursorParam,
    ],
    responses: { "200": { description: "A page of workbooks.", content: json(workbookListSchema) }, ...problems(...COMMON, "not-found") },
  }, async (c) => {
    const principal = principalOf(c);
    const query = parseRequestPart(listQuerySchema, c.req.query(), "query");
    if (query.team !== undefined) requireTeamVisible(principal, query.team, "team");
    const limit = query.limit ?? limits.defaultPageSize;
    const cursor = query.cursor === undefined ? undefined : decodeCursor(cursorSchema, query.cursor);

    // Org-wide keys read the index in one run; team keys read it team by team, in order.
    const teams: readonly (string | undefined)[] =
      query.team !== undefined ? [query.team] : isOrgRole(principal.role) ? [undefined] : [...principal.teams].sort();
    const found: WorkbookLatest[] = [];
    let next: WorkbookCursor | undefined;
    for (const [index, team] of teams.entries()) {
      if (cursor && team !== undefined && team < cursor.team) continue;
      const after = cursor && (team === undefined || team === cursor.team) ? cursor : undefined;
      // The index carries each workbook's newest version: no head query per workbook.
      const page = await store.listLatestVersions(principal.org, { limit: limit - found.length, team, after });
      found.push(...page.items);
      if (page.next !== undefined) {
        next = page.next;
        break;
      }
      if (found.length >= limit) {
        const last = found[found.length - 1];
        if (index < teams.length - 1 && last) next = { team: last.workbook.team, workbook: last.workbook.workbook };
        break;
      }
    }
    return c.json({
      items: found.map(({ workbook: w, latest }) => ({
        team: w.team,
        workbook: w.workbook,
        createdAt: w.createdAt,
        latest: latest ? versionSummary(latest) : null,
      })),
      nextCursor: next === undefined ? null : encodeCursor(next),
    });
  });

  routes.all("/", methodNotAllowed(["GET"]));
  return routes;
}
