/**
 * The demo org the local server seeds on first run: three teams, a few versions each.
 *
 * INTERIM: tiny placeholder snapshots until shared/demo's `demoSnapshots()` lands on main;
 * then this function returns those instead and nothing else changes.
 */
export interface DemoWorkbook {
  readonly team: string;
  readonly workbook: string;
  /** Oldest first; each is pushed as the next version. */
  readonly versions: readonly unknown[];
}

export function demoWorkbooks(): DemoWorkbook[] {
  const team = (id: string, system: string, risks: string[][]): DemoWorkbook => ({
    team: id,
    workbook: "ai-management-system",
    versions: risks.map((titles, v) => ({
      schemaVersion: 1,
      placeholder: "interim demo data until the shared snapshot model lands",
      aiSystems: [{ id: `${id}-sys-1`, name: system }],
      risks: titles.map((title, i) => ({ id: `R-${i + 1}`, title, status: v === risks.length - 1 && i === 0 ? "treated" : "open" })),
    })),
  });
  return [
    team("claims-ai", "Claims triage model", [["Biased triage outcomes"], ["Biased triage outcomes", "Model drift after policy change"]]),
    team("hr-analytics", "CV screening assistant", [["Indirect discrimination in shortlisting"], ["Indirect discrimination in shortlisting", "Unlogged overrides"], ["Indirect discrimination in shortlisting", "Unlogged overrides", "Candidate data retention"]]),
    team("customer-support", "Support chatbot", [["Hallucinated policy answers", "Prompt injection via tickets"]]),
  ];
}
