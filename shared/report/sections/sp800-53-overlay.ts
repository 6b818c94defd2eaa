import { catalogItem } from "../../catalog/catalogs";
import { baselineControls, type Sp80053Baseline } from "../../catalog/sp800-53-baselines";
import { defaultCrosswalk } from "../../crosswalk/default-graph";
import { compose, invert, type Relationship } from "../../crosswalk/relationship";
import type { Iso27001Overlay, OverlayRow } from "./iso27001-overlay";

export interface Sp80053OverlayRow {
  readonly id: string;
  readonly ref: string;
  readonly title: string;
  /** Reached: some ISO/IEC 27001 control the organisation's work addresses maps to it. Never "implemented". */
  readonly reached: boolean;
  /** The ISO/IEC 27001 controls it is reached through (bare ids), and how each was addressed. */
  readonly via: readonly { readonly ref: string; readonly status: "direct" | "inferred" }[];
  /** The relationship of the path from the organisation's work to this control (`related` when it ran through two overlaps). */
  readonly relationship?: Relationship;
}

/**
 * The SP 800-53 overlay: for an organisation whose profile names a baseline, which controls of that
 * baseline its ISO/IEC 27001 / 42001 work reaches through the crosswalk (ISO/IEC 27001 controls
 * addressed directly or inferred, then NIST's OLIR mapping). Reached through the crosswalk
 * (inferred), never claimed as implemented: OLIR pairs are partial overlaps.
 */
export interface Sp80053Overlay {
  readonly baseline: Sp80053Baseline;
  readonly basis: "inferred";
  readonly note: string;
  readonly totals: { readonly controls: number; readonly reached: number; readonly notReached: number };
  readonly controls: readonly Sp80053OverlayRow[];
}

export function sp80053Overlay(baseline: Sp80053Baseline, iso27001: Iso27001Overlay): Sp80053Overlay {
  const graph = defaultCrosswalk();
  const addressed = new Map<string, OverlayRow>();
  for (const row of iso27001.controls) if (row.status !== "none") addressed.set(row.id, row);
  const reach = new Map<string, { via: { ref: string; status: "direct" | "inferred" }[]; relationship: Relationship }>();
  for (const row of addressed.values()) {
    // An ISO 27001 control addressed directly starts the path; one inferred from ISO 42001 work is one overlap in already.
    const start: Relationship = row.status === "direct" ? "equal" : (row.inferred[0]?.relationship ?? "related");
    for (const edge of graph.inverse(row.id)) {
      if (!edge.from.startsWith("SP800-53:")) continue;
      const relationship = compose(start, invert(edge.relationship));
      const entry = reach.get(edge.from) ?? { via: [], relationship };
      entry.via.push({ ref: row.ref, status: row.status === "direct" ? "direct" : "inferred" });
      if (relationship !== "related") entry.relationship = relationship;
      reach.set(edge.from, entry);
    }
  }
  const controls = baselineControls(baseline).map((id): Sp80053OverlayRow => {
    const item = catalogItem(id);
    const r = reach.get(id);
    return {
      id,
      ref: item?.ref ?? id.slice(id.indexOf(":") + 1),
      title: item?.title ?? "",
      reached: r !== undefined,
      via: r?.via ?? [],
      ...(r ? { relationship: r.relationship } : {}),
    };
  });
  const reached = controls.filter((c) => c.reached).length;
  return {
    baseline,
    basis: "inferred",
    note: `Reached through the crosswalk (inferred), never implemented: the ${baseline} baseline's controls that NIST's OLIR mapping pairs with an ISO/IEC 27001 control the organisation's work addresses (directly in an SoA, or inferred from ISO/IEC 42001 work). OLIR pairs are partial overlaps, so a reached control still needs its own assessment.`,
    totals: { controls: controls.length, reached, notReached: controls.length - reached },
    controls,
  };
}
