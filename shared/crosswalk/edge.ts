import type { NamespacedId } from "../catalog/framework";
import type { Relationship } from "./relationship";

/** Where edges come from: a published document, or this project (`authoredHere`). */
export interface EdgeSource {
  readonly id: string;
  readonly title: string;
  readonly edition?: string;
  readonly url?: string;
  readonly authoredHere: boolean;
  readonly note?: string;
}

/** One directed, typed edge of the crosswalk graph. */
export interface CrosswalkEdge {
  readonly from: NamespacedId;
  readonly to: NamespacedId;
  readonly relationship: Relationship;
  /** The id of the EdgeSource this edge was taken from. */
  readonly source: string;
  /** Why, in our words; every relationship this project assigns has one. */
  readonly rationale?: string;
  /** A correction or caveat about the source's own entry (e.g. a printing defect). */
  readonly note?: string;
}
