import type { ProfileEntry } from "../model/profile";
import { DEMO_AI_RMF_SUBCATEGORIES } from "./ai-rmf-subcategories";
import { addDays } from "./dates";
import { pick, randomInt, type Random } from "./prng";

type AiRmfFunction = "GOVERN" | "MAP" | "MEASURE" | "MANAGE";

export interface ProfileSpec {
  readonly random: Random;
  readonly asOf: string;
  /** Share of the 72 subcategories the team has profiled, 0..1. */
  readonly coverage: number;
  /** Typical current level per function (0–4), before noise. */
  readonly maturity: Readonly<Record<AiRmfFunction, number>>;
  readonly target: number;
  /** Subcategories that aim higher than `target`. */
  readonly stretch: readonly string[];
  readonly owners: readonly string[];
  /** Rows always present with exactly these levels (deliberate cases). */
  readonly fixed?: Readonly<Record<string, { readonly current: number; readonly target: number }>>;
}

const EVIDENCE: Readonly<Record<AiRmfFunction, readonly string[]>> = {
  GOVERN: ["Group AI Policy v2.1", "AI RACI matrix", "AI risk management procedure v1.3", "Board risk committee minutes", "AI training records"],
  MAP: ["AI system inventory", "AI impact assessments", "Use case intake form", "Context and requirements specification"],
  MEASURE: ["Validation reports", "Fairness test results", "Monitoring dashboard", "TEVV test plan"],
  MANAGE: ["Risk treatment plan", "Incident runbook", "Post-deployment monitoring plan", "Supplier review records"],
};

const GAP_ACTION: Readonly<Record<AiRmfFunction, readonly string[]>> = {
  GOVERN: [
    "Write the procedure into the AI policy annex and assign an accountable owner",
    "Roll the practice out to all in-scope systems and record attendance",
  ],
  MAP: [
    "Add the question to the AI intake and impact assessment template",
    "Document context and limits for every in-scope system",
  ],
  MEASURE: [
    "Define the metric, test method and threshold; add it to the release test plan",
    "Automate the measurement and report it monthly",
  ],
  MANAGE: [
    "Add the response to the risk treatment plan and the monitoring runbook",
    "Run a tabletop exercise and record lessons learned",
  ],
};

/** A partial AI RMF profile: a share of the subcategories, levels around the team's maturity. */
export function buildProfile(spec: ProfileSpec): ProfileEntry[] {
  const rows: ProfileEntry[] = [];
  for (const id of DEMO_AI_RMF_SUBCATEGORIES) {
    const fn = id.split(" ")[0] as AiRmfFunction;
    // Draw every number for every subcategory, so fixing one row never shifts the others.
    const include = spec.random() < spec.coverage;
    const noise = randomInt(spec.random, -1, 1);
    const evidence = pick(spec.random, EVIDENCE[fn]);
    const action = pick(spec.random, GAP_ACTION[fn]);
    const owner = pick(spec.random, spec.owners);
    const due = randomInt(spec.random, 30, 270);
    const fixed = spec.fixed?.[id];
    if (!include && !fixed) continue;
    const current = fixed?.current ?? clamp(Math.round(spec.maturity[fn]) + noise);
    const target = fixed?.target ?? Math.max(current, spec.stretch.includes(id) ? 4 : spec.target);
    const row: ProfileEntry = { subcategory: `AIRMF:${id}`, current, target, owner };
    if (current >= 2) row.evidence = [evidence];
    if (current < target) {
      row.gapAction = action;
      row.dueDate = addDays(spec.asOf, due);
    }
    rows.push(row);
  }
  return rows;
}

function clamp(level: number): number {
  return Math.min(4, Math.max(0, level));
}
