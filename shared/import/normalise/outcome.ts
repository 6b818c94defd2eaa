import type { Severity } from "../../issues/issue";

/** Something worth telling the user about a value that was read anyway. */
export interface Note {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly hint?: string;
}

/**
 * What a normaliser made of one cell: a value (perhaps with notes, perhaps with text left over
 * for a companion field), nothing at all, or a clear refusal. Normalisers never throw.
 */
export type Outcome<T> =
  | { readonly kind: "value"; readonly value: T; readonly notes?: readonly Note[]; readonly rest?: string }
  | { readonly kind: "empty"; readonly notes?: readonly Note[] }
  | { readonly kind: "invalid"; readonly code: string; readonly message: string; readonly hint?: string };

export function value<T>(v: T, notes?: readonly Note[], rest?: string): Outcome<T> {
  const out: { kind: "value"; value: T; notes?: readonly Note[]; rest?: string } = { kind: "value", value: v };
  if (notes && notes.length > 0) out.notes = notes;
  if (rest !== undefined && rest !== "") out.rest = rest;
  return out;
}

export const EMPTY: Outcome<never> = { kind: "empty" };

export function invalid(code: string, message: string, hint?: string): Outcome<never> {
  return hint === undefined ? { kind: "invalid", code, message } : { kind: "invalid", code, message, hint };
}
