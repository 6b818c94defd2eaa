import type { Role } from "../../shared/api/key";

/** Who is calling: the key's record, minus its hash. */
export interface Principal {
  readonly keyId: string;
  readonly name: string;
  readonly org: string;
  readonly role: Role;
  readonly teams: readonly string[];
}

const ORG_ROLES: readonly Role[] = ["org-admin", "org-reader"];

export function isOrgRole(role: Role): boolean {
  return ORG_ROLES.includes(role);
}

/** Whether the team is inside the key's scope at all. Outside it, everything is "not found". */
export function canSeeTeam(p: Principal, team: string): boolean {
  return isOrgRole(p.role) || p.teams.includes(team);
}

export function canWriteTeam(p: Principal, team: string): boolean {
  return p.role === "org-admin" || (p.role === "team-editor" && p.teams.includes(team));
}

export function isOrgAdmin(p: Principal): boolean {
  return p.role === "org-admin";
}
