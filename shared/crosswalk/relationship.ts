/**
 * How the `from` item of an edge relates to its `to` item (NIST OLIR / set-theory style):
 * `subset` means everything `from` asks is within `to`. `related` is what an untyped source gives.
 */
export const RELATIONSHIPS = ["equal", "subset", "superset", "intersect", "related"] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export function isRelationship(value: string): value is Relationship {
  return (RELATIONSHIPS as readonly string[]).includes(value);
}

/** The relationship read from the other end of the edge. */
export function invert(r: Relationship): Relationship {
  if (r === "subset") return "superset";
  if (r === "superset") return "subset";
  return r;
}

const STRENGTH: Readonly<Record<Relationship, number>> = { equal: 4, subset: 3, superset: 3, intersect: 2, related: 1 };

export function strength(r: Relationship): number {
  return STRENGTH[r];
}

/**
 * The relationship of a two-step path a→b→c, exact only when it follows from the two steps:
 * equal passes the other step through (equal ∘ X = X ∘ equal = X); a ⊆ b ⊆ c gives a ⊆ c and
 * a ⊇ b ⊇ c gives a ⊇ c. Nothing else follows: two overlaps need not overlap each other (a ∩ b
 * and b ∩ c can sit in different parts of b), a ⊆ b ⊇ c may share nothing, and a ⊆ b ∩ c may
 * miss c entirely. Such paths are `related` — a lead to check, never a claimed overlap.
 */
export function compose(first: Relationship, second: Relationship): Relationship {
  if (first === "equal") return second;
  if (second === "equal") return first;
  if (first === second && (first === "subset" || first === "superset")) return first;
  return "related";
}
