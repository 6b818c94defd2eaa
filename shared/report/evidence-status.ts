/**
 * How well a record set evidences a requirement, as of the report date:
 * - `present`: the records are there and in order;
 * - `partial`: records exist but some are incomplete (unapproved, unowned, unjustified …);
 * - `overdue`: records exist but a review, audit or due date has passed;
 * - `missing`: no records at all.
 * Every status other than `present` comes with reasons.
 */
export const EVIDENCE_STATUSES = ["present", "partial", "overdue", "missing"] as const;
export type EvidenceStatus = (typeof EVIDENCE_STATUSES)[number];

export interface StatusWithReasons {
  readonly status: EvidenceStatus;
  readonly reasons: readonly string[];
}

export type StatusCounts = Record<EvidenceStatus, number>;

/** Weight of a status in readiness figures: present 1, partial and overdue ½, missing 0. */
export const STATUS_WEIGHT: Readonly<Record<EvidenceStatus, number>> = { present: 1, partial: 0.5, overdue: 0.5, missing: 0 };

export function emptyStatusCounts(): StatusCounts {
  return { present: 0, partial: 0, overdue: 0, missing: 0 };
}

/**
 * Collects reasons while a rule runs. Overdue beats partial (it needs action first); `missing` is
 * decided by the caller before anything else.
 */
export class StatusBuilder {
  private readonly overdue: string[] = [];
  private readonly partial: string[] = [];

  markOverdue(reason: string): void {
    this.overdue.push(reason);
  }

  markPartial(reason: string): void {
    this.partial.push(reason);
  }

  result(presentReason: string): StatusWithReasons {
    if (this.overdue.length > 0) return { status: "overdue", reasons: [...this.overdue, ...this.partial] };
    if (this.partial.length > 0) return { status: "partial", reasons: [...this.partial] };
    return { status: "present", reasons: [presentReason] };
  }
}

export function missing(reason: string): StatusWithReasons {
  return { status: "missing", reasons: [reason] };
}

/**
 * Several statuses seen as one (e.g. risk assessment and impact assessment for one activity): all
 * missing → missing; any overdue → overdue; any missing or partial → partial; else present.
 */
export function combineStatuses(statuses: readonly EvidenceStatus[]): EvidenceStatus {
  if (statuses.length === 0) return "missing";
  if (statuses.every((s) => s === "missing")) return "missing";
  if (statuses.includes("overdue")) return "overdue";
  if (statuses.includes("missing") || statuses.includes("partial")) return "partial";
  return "present";
}
