/**
 * The stage that holds every team's history. The docs deploy it by this name; it is retained on
 * `sst remove`, protected, and its table has deletion protection. "prod" is protected too, so a
 * habit from other projects cannot deploy an unprotected production by accident.
 */
export const PRODUCTION_STAGE = "production";

const PROTECTED_STAGES: ReadonlySet<string> = new Set([PRODUCTION_STAGE, "prod"]);

export function isProtectedStage(stage: string): boolean {
  return PROTECTED_STAGES.has(stage);
}
