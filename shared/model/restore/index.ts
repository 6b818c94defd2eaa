export { MIGRATIONS, type SnapshotMigration } from "./migrations";
export { preview, type RestoreIssue, type RestoreIssueCode, type RestoreIssueSeverity } from "./restore-issue";
export { restoreSnapshot, type RestoreOptions, type RestoreResult } from "./restore-snapshot";
