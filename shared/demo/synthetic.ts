import type { AiSystem } from "../model/ai-system";
import { AI_SYSTEM_STAGES } from "../model/ai-system";
import { GENAI_RISKS } from "../model/genai-risk";
import { IMPLEMENTATION_STATUSES, type SoaEntry } from "../model/soa";
import type { ProfileEntry } from "../model/profile";
import { RISK_STATUSES, RISK_TREATMENTS, type Risk } from "../model/risk";
import type { WorkbookSnapshot } from "../model/snapshot";
import { TRUSTWORTHINESS_CHARACTERISTICS } from "../model/trustworthiness";
import type { RiskMatrix } from "../scoring/matrix";
import { matrixPreset } from "../scoring/presets";
import { DEMO_AI_RMF_SUBCATEGORIES } from "./ai-rmf-subcategories";
import { DEMO_ANNEX_A_CONTROLS } from "./annex-a";
import { addDays } from "./dates";
import { DEMO_AS_OF, DEMO_ORG, groupAiPolicy } from "./org";
import { pick, randomInt, type Random } from "./prng";

export interface SyntheticOptions {
  readonly team: string;
  readonly risks: number;
  /** The only source of variation; pass `createPrng(seed)`. */
  readonly random: Random;
  readonly asOf?: string;
  /** Default: the 5×5 preset. */
  readonly matrix?: RiskMatrix;
  /** Default: one per 25 risks, at least 3. */
  readonly aiSystems?: number;
}

const TOPICS = ["bias in outcomes", "data drift", "prompt injection", "privacy leakage", "supplier change", "weak oversight", "unexplained decisions", "poor data quality", "model misuse", "logging gaps"];
const OWNERS = ["A. Patel", "B. Novak", "C. Silva", "D. Mensah", "E. Larsen", "F. Haddad", "G. Moreau", "H. Tanaka"];
const ISO42001 = DEMO_ANNEX_A_CONTROLS.map((control) => `ISO42001:${control.id}`);
const AIRMF = DEMO_AI_RMF_SUBCATEGORIES.map((id) => `AIRMF:${id}`);
const ISO27001 = ["ISO27001:A.5.19", "ISO27001:A.5.23", "ISO27001:A.5.34", "ISO27001:A.8.12", "ISO27001:A.8.16", "ISO27001:A.8.28"];

/**
 * A large, valid, plausible workbook for benchmarks and load tests (a 5,000-risk push, 200 teams ×
 * 500 risks): every collection filled, every value drawn from `random`, so the same seed gives
 * the same snapshot. Not for golden tests of content — use `demoSnapshots` for that.
 */
export function syntheticSnapshot(options: SyntheticOptions): WorkbookSnapshot {
  const { random } = options;
  const asOf = options.asOf ?? DEMO_AS_OF;
  const matrix = options.matrix ?? matrixPreset("5x5");
  const nL = matrix.likelihood.levels.length;
  const nI = matrix.impact.levels.length;
  const systemCount = options.aiSystems ?? Math.max(3, Math.ceil(options.risks / 25));
  const tag = options.team.toUpperCase().replace(/[^A-Z0-9]+/g, "").slice(0, 12) || "T";

  const aiSystems: AiSystem[] = Array.from({ length: systemCount }, (_, index) => ({
    id: `AIS-${tag}-${index + 1}`,
    name: `AI system ${index + 1}`,
    purpose: `Supports ${pick(random, TOPICS)} decisions for ${options.team}.`,
    owner: pick(random, OWNERS),
    stage: pick(random, AI_SYSTEM_STAGES),
    role: [pick(random, ["developer", "deployer", "user", "provider"] as const)],
    personalData: random() < 0.6,
    riskTier: pick(random, ["Low", "Medium", "High"]),
    reviewDate: addDays(asOf, randomInt(random, -60, 300)),
  }));

  const risks: Risk[] = Array.from({ length: options.risks }, (_, index) => {
    const inherentLikelihood = randomInt(random, 1, nL);
    const inherentImpact = randomInt(random, 1, nI);
    const treatment = pick(random, RISK_TREATMENTS);
    const risk: Risk = {
      id: `R-${tag}-${index + 1}`,
      title: `Risk of ${pick(random, TOPICS)} (${index + 1})`,
      description: `Synthetic risk ${index + 1} for load testing.`,
      aiSystem: `AIS-${tag}-${randomInt(random, 1, systemCount)}`,
      trustworthiness: [pick(random, TRUSTWORTHINESS_CHARACTERISTICS)],
      inherentLikelihood,
      inherentImpact,
      residualLikelihood: randomInt(random, 1, inherentLikelihood),
      residualImpact: randomInt(random, 1, inherentImpact),
      treatment,
      owner: pick(random, OWNERS),
      status: pick(random, RISK_STATUSES),
      dueDate: addDays(asOf, randomInt(random, -30, 365)),
      reviewDate: addDays(asOf, randomInt(random, -30, 365)),
      aiRmfRefs: [pick(random, AIRMF), pick(random, AIRMF)],
      iso42001Refs: [pick(random, ISO42001)],
      iso27001Refs: [pick(random, ISO27001)],
      actions: [{ id: `A-${tag}-${index + 1}`, description: "Implement and verify the treatment", owner: pick(random, OWNERS), dueDate: addDays(asOf, randomInt(random, -30, 180)), status: "in-progress" }],
    };
    if (random() < 0.2) risk.genAiRisks = [pick(random, GENAI_RISKS)];
    if (treatment === "accept") risk.acceptance = { approver: pick(random, OWNERS), date: addDays(asOf, randomInt(random, -300, -1)) };
    return risk;
  });

  const soa: SoaEntry[] = DEMO_ANNEX_A_CONTROLS.map((control) => {
    const applicable = random() > 0.05;
    const row: SoaEntry = { controlId: `ISO42001:${control.id}`, title: control.title, applicable, owner: pick(random, OWNERS), justification: "Synthetic justification." };
    if (applicable) {
      row.status = pick(random, IMPLEMENTATION_STATUSES);
      if (row.status === "implemented") row.evidence = ["Synthetic evidence"];
    }
    return row;
  });

  const profile: ProfileEntry[] = AIRMF.map((subcategory) => {
    const current = randomInt(random, 0, 4);
    const target = randomInt(random, current, 4);
    return { subcategory, current, target, owner: pick(random, OWNERS), ...(current < target ? { gapAction: "Close the gap", dueDate: addDays(asOf, randomInt(random, 30, 365)) } : {}) };
  });

  return {
    schemaVersion: 1,
    workbook: { team: options.team, name: "ai-conformance", org: DEMO_ORG, teamName: options.team, asOf },
    matrix,
    aiSystems,
    risks,
    soa,
    impactAssessments: aiSystems.map((system, index) => ({
      id: `AIIA-${tag}-${index + 1}`,
      aiSystem: system.id,
      status: "approved",
      assessmentDate: addDays(asOf, randomInt(random, -400, -1)),
      reviewDate: addDays(asOf, randomInt(random, -30, 300)),
      impacts: [{ kind: "harm", description: "Synthetic harm", severity: randomInt(random, 1, nI), likelihood: randomInt(random, 1, nL) }],
    })),
    profile,
    managementSystem: {
      policies: [groupAiPolicy(asOf)],
      objectives: [{ id: `OBJ-${tag}-1`, title: "Synthetic objective", owner: pick(random, OWNERS), status: "on-track" }],
      internalAudits: [{ id: `AUD-${tag}-1`, title: "Synthetic audit", status: "completed", completedDate: addDays(asOf, -100) }],
      managementReviews: [{ id: `MR-${tag}-1`, date: addDays(asOf, -60), status: "held" }],
      metrics: [{ id: `MET-${tag}-1`, name: "Synthetic metric", lastValue: Math.round(random() * 1000) / 10, status: "on-target" }],
      nonconformities: [{ id: `NC-${tag}-1`, title: "Synthetic nonconformity", status: "open", dueDate: addDays(asOf, 30) }],
    },
  };
}
