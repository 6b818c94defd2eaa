import type { Rule } from "../rule";
import { isMissing, nameOf } from "../rule";
import type { MatrixSize, RiskInput } from "../input";

function score(matrix: MatrixSize, likelihood: number, impact: number): number {
  return matrix.scoring === "sum" ? likelihood + impact : likelihood * impact;
}

const CLOSED = new Set(["closed"]);

export const RISK_RULES: readonly Rule[] = [
  {
    code: "risk-owner-missing",
    severity: "warning",
    scope: "risks",
    description: "Every risk has a named owner (ISO/IEC 42001 6.1.2, AI RMF GOVERN 2.1).",
    check({ input }, report) {
      for (const at of input.risks ?? []) {
        if (isMissing(at.record.owner)) {
          report(at, "owner", `${nameOf("Risk", at.record.id, at.row)} has no owner`, "Name the person accountable for the risk (a person, not a team).");
        }
      }
    },
  },
  {
    code: "risk-level-off-matrix",
    severity: "error",
    scope: "risks",
    description: "Likelihood and impact are levels of the workbook's risk matrix.",
    check({ input, matrix }, report) {
      const fields: { field: keyof RiskInput; axis: "likelihood" | "impact"; label: string }[] = [
        { field: "inherentLikelihood", axis: "likelihood", label: "inherent likelihood" },
        { field: "inherentImpact", axis: "impact", label: "inherent impact" },
        { field: "residualLikelihood", axis: "likelihood", label: "residual likelihood" },
        { field: "residualImpact", axis: "impact", label: "residual impact" },
      ];
      for (const at of input.risks ?? []) {
        for (const { field, axis, label } of fields) {
          const level = at.record[field];
          if (typeof level !== "number") continue;
          const max = matrix[axis];
          if (!Number.isInteger(level) || level < 1 || level > max) {
            report(
              at,
              field,
              `${nameOf("Risk", at.record.id, at.row)}: ${label} ${level} is not on the matrix (1–${max})`,
              `Use a level from 1 to ${max}, or change the workbook's matrix if your scale is larger.`,
            );
          }
        }
      }
    },
  },
  {
    code: "risk-residual-above-inherent",
    severity: "warning",
    scope: "risks",
    description: "Controls do not make a risk worse: the residual score is at most the inherent score.",
    check({ input, matrix }, report) {
      for (const at of input.risks ?? []) {
        const r = at.record;
        if (
          typeof r.inherentLikelihood !== "number" ||
          typeof r.inherentImpact !== "number" ||
          typeof r.residualLikelihood !== "number" ||
          typeof r.residualImpact !== "number"
        )
          continue;
        const inherent = score(matrix, r.inherentLikelihood, r.inherentImpact);
        const residual = score(matrix, r.residualLikelihood, r.residualImpact);
        if (residual > inherent) {
          report(
            at,
            "residualLikelihood",
            `${nameOf("Risk", r.id, at.row)}: residual score ${residual} is above the inherent score ${inherent}`,
            "Check the ratings: residual risk is what remains after controls.",
          );
        }
      }
    },
  },
  {
    code: "risk-accepted-without-approval",
    severity: "warning",
    scope: "risks",
    description: "An accepted risk records who accepted it and when (ISO/IEC 42001 6.1.3, AI RMF MANAGE 1.4).",
    check({ input }, report) {
      for (const at of input.risks ?? []) {
        const r = at.record;
        if (r.treatment !== "accept") continue;
        const missing = [isMissing(r.acceptance?.approver) ? "who accepted it" : "", isMissing(r.acceptance?.date) ? "when" : ""].filter(Boolean);
        if (missing.length > 0) {
          report(
            at,
            isMissing(r.acceptance?.approver) ? "acceptanceApprover" : "acceptanceDate",
            `${nameOf("Risk", r.id, at.row)} is accepted, but the register does not say ${missing.join(" or ")}`,
            "Record the approver (someone with authority to accept the risk) and the date of acceptance.",
          );
        }
      }
    },
  },
  {
    code: "risk-review-overdue",
    severity: "warning",
    scope: "risks",
    description: "A risk's next review date has not passed (as of the validation date).",
    check({ input, asOf }, report) {
      if (!asOf) return;
      for (const at of input.risks ?? []) {
        const r = at.record;
        if (r.reviewDate && r.reviewDate < asOf && !CLOSED.has(r.status ?? "")) {
          report(at, "reviewDate", `${nameOf("Risk", r.id, at.row)} was due for review on ${r.reviewDate}`, "Review the risk and set the next review date.");
        }
      }
    },
  },
  {
    code: "risk-due-overdue",
    severity: "warning",
    scope: "risks",
    description: "An open risk's treatment due date has not passed (as of the validation date).",
    check({ input, asOf }, report) {
      if (!asOf) return;
      for (const at of input.risks ?? []) {
        const r = at.record;
        if (r.dueDate && r.dueDate < asOf && (r.status === undefined || r.status === "open" || r.status === "in-progress")) {
          report(at, "dueDate", `${nameOf("Risk", r.id, at.row)}: treatment was due on ${r.dueDate} and the risk is still ${r.status ?? "open"}`, "Complete the treatment or agree a new due date.");
        }
      }
    },
  },
];
