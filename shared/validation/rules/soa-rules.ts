import { requiredControls } from "../../catalog/framework-ids";
import type { Rule } from "../rule";
import { isMissing, nameOf } from "../rule";

export const SOA_RULES: readonly Rule[] = [
  {
    code: "soa-control-missing",
    severity: "error",
    scope: "soa",
    description: "The Statement of Applicability lists every ISO/IEC 42001 Annex A control (6.1.3), or every ISO/IEC 27001 Annex A control for a 27001 SoA.",
    check({ input, reportAt }) {
      const rows = input.soa;
      if (!rows || rows.length === 0) return;
      const listed = new Set(rows.map((at) => at.record.controlId).filter((id): id is string => typeof id === "string"));
      const sheet = input.soaHeader?.sheet ?? rows[0]?.sheet ?? "Statement of Applicability";
      const cell = input.soaHeader?.cell ?? "A1";
      // An SoA of ISO/IEC 27001 (an integrated management system may keep one) is checked
      // against its own Annex A; the SoA's framework is the one most of its rows name.
      let iso27001 = 0;
      for (const id of listed) if (id.startsWith("ISO27001:")) iso27001++;
      const framework = iso27001 * 2 > listed.size ? "iso27001" : "iso42001";
      const standard = framework === "iso27001" ? "ISO/IEC 27001" : "ISO/IEC 42001";
      for (const control of requiredControls(framework)) {
        if (!listed.has(control)) {
          reportAt(
            sheet,
            cell,
            `${standard} Annex A control ${control.slice(control.indexOf(":") + 1)} is not in the Statement of Applicability`,
            "Add a row for it, with whether it applies and why (excluded controls need a justification too).",
          );
        }
      }
    },
  },
  {
    code: "soa-excluded-without-justification",
    severity: "warning",
    scope: "soa",
    description: "A control marked not applicable says why (ISO/IEC 42001 6.1.3).",
    check({ input }, report) {
      for (const at of input.soa ?? []) {
        if (at.record.applicable === false && isMissing(at.record.justification)) {
          report(at, "justification", `${nameOf("Control", at.record.controlId, at.row)} is excluded without a justification`, "State why the control does not apply.");
        }
      }
    },
  },
  {
    code: "soa-implemented-without-evidence",
    severity: "warning",
    scope: "soa",
    description: "A control marked implemented points at evidence.",
    check({ input }, report) {
      for (const at of input.soa ?? []) {
        const r = at.record;
        if (r.status === "implemented" && (r.evidence === undefined || r.evidence.length === 0)) {
          report(at, "evidence", `${nameOf("Control", r.controlId, at.row)} is implemented but lists no evidence`, "Name the document, record or system that shows it is in place.");
        }
      }
    },
  },
  {
    code: "soa-duplicate-control",
    severity: "warning",
    scope: "soa",
    description: "Each control appears once in the Statement of Applicability.",
    check({ input }, report) {
      const first = new Map<string, number>();
      for (const at of input.soa ?? []) {
        const id = at.record.controlId;
        if (!id) continue;
        const seen = first.get(id);
        if (seen === undefined) first.set(id, at.row);
        else report(at, "controlId", `${nameOf("Control", id, at.row)} is listed again (first on row ${seen})`, "Keep one row per control.");
      }
    },
  },
  {
    code: "soa-owner-missing",
    severity: "info",
    scope: "soa",
    description: "An applicable control has an owner.",
    check({ input }, report) {
      for (const at of input.soa ?? []) {
        if (at.record.applicable === true && isMissing(at.record.owner)) {
          report(at, "owner", `${nameOf("Control", at.record.controlId, at.row)} applies but has no owner`, "Name who is responsible for the control.");
        }
      }
    },
  },
];
