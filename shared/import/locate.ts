import type {
  AiSystemInput,
  ImpactAssessmentInput,
  Located,
  ProfileInput,
  RiskInput,
  SoaInput,
  ValidationInput,
} from "../validation/input";
import { columnLetter } from "../file-reader/cell-address";
import type { ImportedRecord, SheetImport } from "./import-result";

/**
 * Imported sheets as validation input: each record with its sheet, row and the column of each
 * field, and the flat import fields folded into the model's shape where it nests
 * (`acceptanceApprover` → `acceptance.approver`).
 */
export function locateImports(imports: readonly SheetImport[]): ValidationInput {
  const input: {
    aiSystems?: Located<AiSystemInput>[];
    risks?: Located<RiskInput>[];
    soa?: Located<SoaInput>[];
    impactAssessments?: Located<ImpactAssessmentInput>[];
    profile?: Located<ProfileInput>[];
    soaHeader?: { sheet: string; cell: string };
  } = {};
  for (const result of imports) {
    const columns = columnsOf(result);
    const locate = <T>(record: T, source: ImportedRecord): Located<T> => ({ record, sheet: result.sheet, row: source.sourceRow, columns });
    switch (result.kind) {
      case "risk-register":
        (input.risks ??= []).push(...result.records.map((r) => locate(toRisk(r), r)));
        break;
      case "soa": {
        (input.soa ??= []).push(...result.records.map((r) => locate(r as SoaInput, r)));
        const letter = columns.controlId;
        if (letter && result.headerRow !== null && !input.soaHeader) input.soaHeader = { sheet: result.sheet, cell: `${letter}${result.headerRow}` };
        break;
      }
      case "ai-inventory":
        (input.aiSystems ??= []).push(...result.records.map((r) => locate(r as AiSystemInput, r)));
        break;
      case "impact-assessment":
        (input.impactAssessments ??= []).push(...result.records.map((r) => locate(r as ImpactAssessmentInput, r)));
        break;
      case "ai-rmf-profile":
        (input.profile ??= []).push(...result.records.map((r) => locate(r as ProfileInput, r)));
        break;
      default:
        break;
    }
  }
  return input;
}

function columnsOf(result: SheetImport): Record<string, string> {
  const originColumn = result.origin.column;
  const columns: Record<string, string> = {};
  for (const m of result.mapping) {
    const letter = columnLetter(m.column + originColumn);
    if (m.field && columns[m.field.name] === undefined) columns[m.field.name] = letter;
    if (m.secondary && columns[m.secondary.name] === undefined) columns[m.secondary.name] = letter;
  }
  const first = result.mapping[0];
  if (columns.id === undefined && first) columns.id = columnLetter(first.column + originColumn);
  return columns;
}

function toRisk(record: ImportedRecord): RiskInput {
  const { acceptanceApprover, acceptanceDate, ...rest } = record as ImportedRecord & { acceptanceApprover?: string; acceptanceDate?: string };
  if (acceptanceApprover === undefined && acceptanceDate === undefined) return rest as RiskInput;
  const acceptance: { approver?: string; date?: string } = {};
  if (acceptanceApprover !== undefined) acceptance.approver = acceptanceApprover;
  if (acceptanceDate !== undefined) acceptance.date = acceptanceDate;
  return { ...(rest as RiskInput), acceptance };
}
