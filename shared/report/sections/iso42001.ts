import { emptyStatusCounts, type EvidenceStatus, type StatusCounts } from "../evidence-status";
import { EVIDENCE_ITEMS, type EvidenceItemId, type TeamClauseEvidence } from "./clause-evidence";
import type { ConsolidatedSoa } from "./soa";

export interface ClauseEvidenceCell {
  readonly team: string;
  readonly status: EvidenceStatus;
  readonly reasons: readonly string[];
}

export interface ClauseEvidenceRow {
  readonly id: EvidenceItemId;
  readonly title: string;
  /** Bare clause ids, e.g. `6.1.2`. */
  readonly clauses: readonly string[];
  readonly teams: readonly ClauseEvidenceCell[];
  /** Teams per status; they add up to the number of teams. */
  readonly counts: StatusCounts;
}

export interface Iso42001Section {
  readonly clauseEvidence: {
    readonly items: readonly ClauseEvidenceRow[];
    /** Per team: evidence items per status (they add up to the number of items). */
    readonly teams: readonly ({ readonly team: string } & StatusCounts)[];
  };
  readonly soa: ConsolidatedSoa;
}

const bare = (id: string) => id.slice(id.indexOf(":") + 1);

export function iso42001Section(perTeam: readonly { team: string; evidence: readonly TeamClauseEvidence[] }[], soa: ConsolidatedSoa): Iso42001Section {
  const items: ClauseEvidenceRow[] = EVIDENCE_ITEMS.map((item, position) => {
    const counts = emptyStatusCounts();
    const teams = perTeam.map((t) => {
      const e = t.evidence[position]!;
      counts[e.status] += 1;
      return { team: t.team, status: e.status, reasons: e.reasons };
    });
    return { id: item.id, title: item.title, clauses: item.clauses.map(bare), teams, counts };
  });
  const teams = perTeam.map((t) => {
    const counts = emptyStatusCounts();
    for (const e of t.evidence) counts[e.status] += 1;
    return { team: t.team, ...counts };
  });
  return { clauseEvidence: { items, teams }, soa };
}
