import type { AiSystem } from "../model/ai-system";
import type { ImpactAssessment } from "../model/impact-assessment";
import type { ProfileEntry } from "../model/profile";
import type { Risk } from "../model/risk";
import type { SoaEntry } from "../model/soa";
import type { RiskMatrix } from "../scoring/matrix";

/**
 * What validation reads: the workbook's records, each with where it sits (sheet, row, the column
 * of each field) so every issue points at a cell. Record types are the model's shapes with every
 * field optional, because imported data is incomplete by nature; model records fit them as they
 * are, so the add-in passes what it read from its sheets and the CLI what it imported.
 */


export interface Located<T> {
  readonly record: T;
  readonly sheet: string;
  /** 1-based row as Excel shows it. */
  readonly row: number;
  /** Column letter of each field on this sheet, so issues name the exact cell. */
  readonly columns: Readonly<Partial<Record<string, string>>>;
}

/*
 * Record shapes are the model's (`shared/model/`) with every field optional: a register being
 * imported may lack ids or owners, and rules exist to say so.
 */
export type RiskInput = Partial<Risk>;
export type SoaInput = Partial<SoaEntry>;
export type AiSystemInput = Partial<AiSystem>;
/** Impact assessments are checked per sheet row (one impact per row), hence no nesting here. */
export type ImpactAssessmentInput = Partial<Pick<ImpactAssessment, "id" | "aiSystem" | "reviewDate" | "aiRmfRefs" | "iso42001Refs">>;
export type ProfileInput = Partial<ProfileEntry>;

/** A rating band as validation needs it: its id, label and score range. */
export interface MatrixBand {
  readonly id: string;
  readonly label: string;
  readonly min: number;
  readonly max: number;
}

/** Levels per axis of the workbook's risk matrix, how scores combine, and its rating bands. */
export interface MatrixSize {
  readonly likelihood: number;
  readonly impact: number;
  readonly scoring: "product" | "sum";
  /** The matrix's bands; when absent, those of `matrixForSize` for these sizes. */
  readonly bands?: readonly MatrixBand[];
}

export interface ValidationInput {
  /** The workbook's matrix; a 5×5 product matrix when absent. */
  readonly matrix?: MatrixSize;
  readonly aiSystems?: readonly Located<AiSystemInput>[];
  readonly risks?: readonly Located<RiskInput>[];
  readonly soa?: readonly Located<SoaInput>[];
  readonly impactAssessments?: readonly Located<ImpactAssessmentInput>[];
  readonly profile?: readonly Located<ProfileInput>[];
  /** Where the SoA's header is (for "control missing" issues, which have no row of their own). */
  readonly soaHeader?: { readonly sheet: string; readonly cell: string };
  /** Collections that were looked for but are absent (so cross-sheet rules know what is missing). */
  readonly present?: {
    readonly aiSystems: boolean;
    readonly impactAssessments: boolean;
  };
}

export const DEFAULT_MATRIX_SIZE: MatrixSize = { likelihood: 5, impact: 5, scoring: "product" };

/** The workbook's risk matrix (`snapshot.matrix`) as the sizes validation needs. */
export function matrixSizeOf(matrix: Pick<RiskMatrix, "likelihood" | "impact" | "scoring"> & Partial<Pick<RiskMatrix, "bands">>): MatrixSize {
  const size = { likelihood: matrix.likelihood.levels.length, impact: matrix.impact.levels.length, scoring: matrix.scoring ?? "product" } as const;
  return matrix.bands ? { ...size, bands: matrix.bands.map(({ id, label, min, max }) => ({ id, label, min, max })) } : size;
}
