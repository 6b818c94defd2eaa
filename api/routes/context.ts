import type { Context } from "hono";
import { canSeeTeam, canWriteTeam, isOrgAdmin, type Principal } from "../auth/principal";
import type { AppEnv } from "../env";
import { parseRequestPart } from "../http/validate";
import { fail } from "../problem";
import { workbookParamsSchema } from "../../shared/api/ids";
import type { WorkbookRef } from "../store/port";

export function principalOf(c: Context<AppEnv>): Principal {
  return c.get("principal");
}

/**
 * The 403/404 rule: a team outside the key's scope is reported exactly like a team that does not
 * exist (404), so a key learns nothing about other teams or orgs. Inside its scope, an action its
 * role does not allow is a 403.
 */
export function requireTeamVisible(p: Principal, team: string, what = "workbook"): void {
  if (!canSeeTeam(p, team)) fail("not-found", `no such ${what}`);
}

export function requireTeamWritable(p: Principal, team: string): void {
  requireTeamVisible(p, team);
  if (!canWriteTeam(p, team)) fail("forbidden", `a ${p.role} key cannot push to team ${team}`);
}

export function requireOrgAdmin(p: Principal, action = "manage API keys"): void {
  if (!isOrgAdmin(p)) fail("forbidden", `only an org-admin key can ${action}`);
}

/** The workbook named by the path, in the caller's own org. */
export function workbookRef(c: Context<AppEnv>): WorkbookRef {
  const { team, workbook } = parseRequestPart(
    workbookParamsSchema,
    { team: c.req.param("team"), workbook: c.req.param("workbook") },
    "path",
  );
  return { org: principalOf(c).org, team, workbook };
}

export function methodNotAllowed(allow: readonly string[]) {
  return (): never =>
    fail("method-not-allowed", `use ${allow.join(" or ")}`, {}, { allow: allow.join(", ") });
}
