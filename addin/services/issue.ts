/** Findings about the user's data, as import and validation report them (the shared shape). */
export type { Issue, Severity } from "../../shared/issues/issue";
