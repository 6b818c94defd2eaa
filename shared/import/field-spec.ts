import type { FrameworkId } from "../catalog/framework";

/**
 * What the importer knows about one field of one sheet kind: its value type (which normaliser
 * reads the cells) and the header words that name it, in every supported language.
 *
 * Synonyms are phrases compared after folding (case, accents, punctuation and stopwords do not
 * matter). A phrase starting with `=` only matches a header that says exactly that and nothing
 * more (short words like "ID", "No", "L" would match far too much otherwise).
 */
export type FieldType =
  | "text"
  | "id"
  | "rating"
  | "band"
  | "date"
  | "bool"
  | "list"
  | "refs"
  | "treatment"
  | "risk-status"
  | "soa-status"
  | "stage"
  | "role"
  | "profile-level"
  | "assessment-status"
  | "impact-kind";

export type RatingConcept = "likelihood" | "impact";
export type RatingStage = "inherent" | "residual";

export interface FieldSpec {
  readonly name: string;
  /** How a risk manager would name the field in a message. */
  readonly label: string;
  readonly type: FieldType;
  /** For `refs` fields: the framework whose ids the column holds. */
  readonly framework?: FrameworkId;
  /** For rating fields: matched by concept (likelihood/impact) and stage (inherent/residual). */
  readonly rating?: { readonly concept: RatingConcept; readonly stage: RatingStage };
  readonly synonyms: readonly string[];
  /** Phrases that name the field less surely (scored lower). */
  readonly weak?: readonly string[];
  /** How much finding this field says about the sheet's kind (0–3). */
  readonly weight: number;
  /** Several columns may feed this field (their values are joined). */
  readonly multi?: boolean;
}

export interface KindSpec {
  readonly kind: string;
  readonly label: string;
  readonly fields: readonly FieldSpec[];
  /**
   * The sheet is of this kind only if one of these field sets is fully mapped, e.g. a risk
   * register needs a likelihood and an impact column, or a treatment and an owner column.
   */
  readonly signatures: readonly (readonly string[])[];
  /** One sentence for the "not recognised" explanation: what this kind needs. */
  readonly needs: string;
}
