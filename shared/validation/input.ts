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

export interface RiskInput {
  readonly id?: string;
  readonly title?: string;
  readonly aiSystem?: string;
  readonly inherentLikelihood?: number;
  readonly inherentImpact?: number;
  readonly residualLikelihood?: number;
  readonly residualImpact?: number;
  readonly treatment?: string;
  readonly owner?: string;
  readonly status?: string;
  readonly dueDate?: string;
  readonly reviewDate?: string;
  readonly acceptance?: { readonly approver?: string; readonly date?: string };
  readonly aiRmfRefs?: readonly string[];
  readonly iso42001Refs?: readonly string[];
  readonly iso27001Refs?: readonly string[];
}

export interface SoaInput {
  readonly controlId?: string;
  readonly title?: string;
  readonly applicable?: boolean;
  readonly justification?: string;
  readonly status?: string;
  readonly owner?: string;
  readonly evidence?: readonly string[];
}

export interface AiSystemInput {
  readonly id?: string;
  readonly name?: string;
  readonly owner?: string;
  readonly stage?: string;
  readonly reviewDate?: string;
  readonly aiRmfRefs?: readonly string[];
  readonly iso42001Refs?: readonly string[];
}

export interface ImpactAssessmentInput {
  readonly id?: string;
  readonly aiSystem?: string;
  readonly reviewDate?: string;
  readonly aiRmfRefs?: readonly string[];
  readonly iso42001Refs?: readonly string[];
}

export interface ProfileInput {
  readonly subcategory?: string;
  readonly current?: number;
  readonly target?: number;
  readonly owner?: string;
  readonly dueDate?: string;
  readonly iso42001Refs?: readonly string[];
}

/** Levels per axis of the workbook's risk matrix and how scores combine. */
export interface MatrixSize {
  readonly likelihood: number;
  readonly impact: number;
  readonly scoring: "product" | "sum";
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

/** A model risk matrix (`{ likelihood: { levels }, impact: { levels }, scoring }`) as a size. */
export function matrixSizeOf(matrix: {
  readonly likelihood: { readonly levels: readonly unknown[] };
  readonly impact: { readonly levels: readonly unknown[] };
  readonly scoring?: "product" | "sum";
}): MatrixSize {
  return { likelihood: matrix.likelihood.levels.length, impact: matrix.impact.levels.length, scoring: matrix.scoring ?? "product" };
}
