export { DiffResponse, Me, Problem, ReportResponse, ROLES, VersionList, VersionSummary, type Role } from "./wire";
