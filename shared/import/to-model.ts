import type { Issue } from "../issues/issue";
import type { AiSystem } from "../model/ai-system";
import type { Impact, ImpactAssessment } from "../model/impact-assessment";
import type { ProfileEntry } from "../model/profile";
import type { Risk } from "../model/risk";
import type { SoaEntry } from "../model/soa";
import type { ImportedRecord, SheetImport } from "./import-result";

/**
 * Imported rows as model records (`shared/model/`), ready for a snapshot: nested fields built
 * from their flat columns (acceptance, approval, actions, impacts), rows of one impact
 * assessment grouped, and a key made up where the sheet had none (reported, never silent).
 */
export interface ModelRecords {
  readonly aiSystems: AiSystem[];
  readonly risks: Risk[];
  readonly soa: SoaEntry[];
  readonly impactAssessments: ImpactAssessment[];
  readonly profile: ProfileEntry[];
  readonly issues: Issue[];
}

type Flat = Record<string, unknown>;

function without(record: ImportedRecord, ...keys: string[]): Flat {
  const out: Flat = {};
  for (const [key, value] of Object.entries(record)) if (key !== "sourceRow" && !keys.includes(key)) out[key] = value;
  return out;
}

function compact<T extends Flat>(value: T): T {
  for (const key of Object.keys(value)) if (value[key] === undefined) delete value[key];
  return value;
}

export function toModel(imports: readonly SheetImport[]): ModelRecords {
  const out: ModelRecords = { aiSystems: [], risks: [], soa: [], impactAssessments: [], profile: [], issues: [] };
  for (const result of imports) {
    const generated = (record: ImportedRecord, prefix: string, what: string): string => {
      const id = `${prefix}-ROW${record.sourceRow}`;
      out.issues.push({
        code: "id-generated",
        severity: "info",
        sheet: result.sheet,
        cell: `A${record.sourceRow}`,
        message: `The ${what} on row ${record.sourceRow} has no id; it was given ${id}`,
        hint: "Give every record an id of its own, so links between sheets survive edits.",
      });
      return id;
    };
    switch (result.kind) {
      case "risk-register":
        for (const record of result.records) {
          const { acceptanceApprover, acceptanceDate, actions, ...rest } = without(record);
          const risk = compact({
            ...rest,
            id: typeof rest.id === "string" ? rest.id : generated(record, "RISK", "risk"),
            actions: Array.isArray(actions) ? actions.map((description: string) => ({ description })) : undefined,
            acceptance:
              acceptanceApprover !== undefined || acceptanceDate !== undefined
                ? compact({ approver: acceptanceApprover, date: acceptanceDate })
                : undefined,
          });
          out.risks.push(risk as unknown as Risk);
        }
        break;
      case "soa":
        for (const record of result.records) {
          if (typeof record.controlId !== "string") {
            out.issues.push({
              code: "soa-row-without-control",
              severity: "warning",
              sheet: result.sheet,
              cell: `A${record.sourceRow}`,
              message: `Row ${record.sourceRow} names no control, so it cannot be part of the Statement of Applicability`,
              hint: "Fill in the control id.",
            });
            continue;
          }
          out.soa.push(without(record) as unknown as SoaEntry);
        }
        break;
      case "ai-inventory":
        for (const record of result.records) {
          const flat = without(record);
          out.aiSystems.push({ ...flat, id: typeof flat.id === "string" ? flat.id : generated(record, "AI", "AI system") } as unknown as AiSystem);
        }
        break;
      case "ai-rmf-profile":
        for (const record of result.records) if (typeof record.subcategory === "string") out.profile.push(without(record) as unknown as ProfileEntry);
        break;
      case "impact-assessment": {
        const byKey = new Map<string, ImpactAssessment & { impacts: Impact[] }>();
        for (const record of result.records) {
          const { impact, impactKind, severity, likelihood, approver, approvalDate, ...rest } = without(record);
          const key = typeof rest.id === "string" ? rest.id : typeof rest.aiSystem === "string" ? `AIA-${rest.aiSystem}` : generated(record, "AIA", "impact assessment");
          let assessment = byKey.get(key);
          if (!assessment) {
            assessment = compact({
              ...rest,
              id: key,
              impacts: [] as Impact[],
              approval: approver !== undefined || approvalDate !== undefined ? compact({ approver, date: approvalDate }) : undefined,
            }) as unknown as ImpactAssessment & { impacts: Impact[] };
            byKey.set(key, assessment);
          }
          if (typeof impact === "string") {
            assessment.impacts.push(compact({ description: impact, kind: impactKind, severity, likelihood }) as unknown as Impact);
          }
        }
        out.impactAssessments.push(...byKey.values());
        break;
      }
      default:
        break;
    }
  }
  return out;
}
