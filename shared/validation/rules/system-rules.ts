import type { Rule } from "../rule";
import { isMissing, nameOf } from "../rule";
import type { AiSystemInput, Located } from "../input";

const key = (text: string) => text.trim().toLowerCase().replace(/\s+/g, " ");

/** Systems are named by id or by name, in any case. */
function systemKeys(systems: readonly Located<AiSystemInput>[]): Set<string> {
  const keys = new Set<string>();
  for (const at of systems) {
    if (at.record.id) keys.add(key(at.record.id));
    if (at.record.name) keys.add(key(at.record.name));
  }
  return keys;
}

export const SYSTEM_RULES: readonly Rule[] = [
  {
    code: "system-owner-missing",
    severity: "warning",
    scope: "aiSystems",
    description: "Every AI system has an owner (AI RMF GOVERN 2.1, ISO/IEC 42001 A.3.2).",
    check({ input }, report) {
      for (const at of input.aiSystems ?? []) {
        if (isMissing(at.record.owner)) {
          report(at, "owner", `${nameOf("AI system", at.record.id ?? at.record.name, at.row)} has no owner`, "Name the person accountable for the system.");
        }
      }
    },
  },
  {
    code: "system-review-overdue",
    severity: "warning",
    scope: "aiSystems",
    description: "An AI system's next review date has not passed (as of the validation date).",
    check({ input, asOf }, report) {
      if (!asOf) return;
      for (const at of input.aiSystems ?? []) {
        const r = at.record;
        if (r.reviewDate && r.reviewDate < asOf && r.stage !== "retired") {
          report(at, "reviewDate", `${nameOf("AI system", r.id ?? r.name, at.row)} was due for review on ${r.reviewDate}`, "Review the system and set the next review date.");
        }
      }
    },
  },
  {
    code: "risk-unknown-ai-system",
    severity: "warning",
    scope: "workbook",
    description: "A risk names an AI system that is in the inventory.",
    check({ input }, report) {
      const systems = input.aiSystems;
      if (!systems || systems.length === 0) return;
      const keys = systemKeys(systems);
      for (const at of input.risks ?? []) {
        const named = at.record.aiSystem;
        if (named && !keys.has(key(named))) {
          report(at, "aiSystem", `${nameOf("Risk", at.record.id, at.row)} names the AI system "${named}", which is not in the AI system inventory`, "Use the system's id from the inventory, or add the system to it.");
        }
      }
    },
  },
  {
    code: "system-without-impact-assessment",
    severity: "warning",
    scope: "workbook",
    description: "Every AI system in use has an impact assessment (ISO/IEC 42001 6.1.4, A.5.2; AI RMF MAP 5.1).",
    check({ input }, report) {
      const assessed = new Set<string>();
      for (const at of input.impactAssessments ?? []) if (at.record.aiSystem) assessed.add(key(at.record.aiSystem));
      for (const at of input.aiSystems ?? []) {
        const r = at.record;
        if (r.stage === "retired") continue;
        const names = [r.id, r.name].filter((n): n is string => typeof n === "string" && n.trim() !== "");
        if (names.length > 0 && !names.some((n) => assessed.has(key(n)))) {
          report(at, "id", `${nameOf("AI system", r.id ?? r.name, at.row)} has no impact assessment`, "Assess its impact on individuals, groups and society, and record it on the impact assessment sheet.");
        }
      }
    },
  },
  {
    code: "assessment-review-overdue",
    severity: "warning",
    scope: "impactAssessments",
    description: "An impact assessment's next review date has not passed (as of the validation date).",
    check({ input, asOf }, report) {
      if (!asOf) return;
      const seen = new Set<string>();
      for (const at of input.impactAssessments ?? []) {
        const r = at.record;
        const id = r.id ?? `row ${at.row}`;
        if (r.reviewDate && r.reviewDate < asOf && !seen.has(id)) {
          seen.add(id);
          report(at, "reviewDate", `${nameOf("Impact assessment", r.id, at.row)} was due for review on ${r.reviewDate}`, "Review the assessment and set the next review date.");
        }
      }
    },
  },
];
