import type { WorkbookSnapshot } from "../model/snapshot";
import { addDays } from "./dates";
import { demoSnapshots, type DemoOptions } from "./demo-snapshots";
import { DEMO_AS_OF } from "./org";

export interface DemoWorkbookHistory {
  readonly team: string;
  readonly workbook: string;
  /** Oldest first; the last is the matching `demoSnapshots()` entry. */
  readonly versions: readonly WorkbookSnapshot[];
}

/** Days before the as-of date at which the earlier versions were taken. */
export const DEMO_HISTORY_OFFSETS = [-180, -90] as const;

/**
 * Each demo workbook as three versions — 180 days before the as-of date, 90 days before, and
 * now — so a seeded API has history to list and diff. Earlier versions are the current one
 * rewound: records that did not exist yet are left out, work done since is undone.
 */
export function demoHistory(options: DemoOptions = {}): DemoWorkbookHistory[] {
  const asOf = options.asOf ?? DEMO_AS_OF;
  return demoSnapshots(options).map((current) => ({
    team: current.workbook.team,
    workbook: current.workbook.name,
    versions: [...DEMO_HISTORY_OFFSETS.map((days) => rewind(current, addDays(asOf, days))), current],
  }));
}

const after = (date: string | undefined, cutoff: string) => date !== undefined && date > cutoff;

/** The snapshot as it plausibly stood on `date`: a pure function of the current snapshot. */
export function rewind(current: WorkbookSnapshot, date: string): WorkbookSnapshot {
  const copy = JSON.parse(JSON.stringify(current)) as WorkbookSnapshot;
  copy.workbook.asOf = date;
  copy.aiSystems = copy.aiSystems.map((system) => {
    if (!after(system.deployedDate, date)) return system;
    const { deployedDate: _deployed, ...rest } = system;
    return { ...rest, stage: "validation" };
  });
  copy.risks = copy.risks
    .filter((risk) => !after(risk.identifiedDate, date))
    .map((risk) => {
      const undone = (risk.actions ?? []).some((action) => after(action.completedDate, date));
      const actions = risk.actions?.map((action) => {
        if (!after(action.completedDate, date)) return action;
        const { completedDate: _completed, ...rest } = action;
        return { ...rest, status: "in-progress" as const };
      });
      const rewound = { ...risk, ...(actions ? { actions } : {}) };
      if (after(rewound.lastReview, date)) delete rewound.lastReview;
      if (undone) {
        rewound.status = "in-progress";
        if (rewound.inherentLikelihood !== undefined) rewound.residualLikelihood = rewound.inherentLikelihood;
        if (rewound.inherentImpact !== undefined) rewound.residualImpact = rewound.inherentImpact;
      }
      return rewound;
    });
  copy.soa = copy.soa.map((row, index) => {
    if (after(row.lastReview, date)) delete row.lastReview;
    if (index % 3 === 0 && row.status === "implemented") return { ...row, status: "partially-implemented" };
    if (index % 3 === 0 && row.status === "partially-implemented") return { ...row, status: "planned" };
    return row;
  });
  copy.impactAssessments = copy.impactAssessments.filter((assessment) => !after(assessment.assessmentDate, date));
  copy.profile = copy.profile.map((row, index) =>
    index % 4 === 0 && row.current !== undefined && row.current > 0 ? { ...row, current: row.current - 1 } : row,
  );
  const ms = copy.managementSystem;
  ms.managementReviews = ms.managementReviews.filter((review) => !after(review.date, date));
  ms.nonconformities = ms.nonconformities.filter((nc) => !after(nc.raisedDate, date));
  ms.internalAudits = ms.internalAudits.map((audit) => {
    if (!after(audit.completedDate, date)) return audit;
    const { completedDate: _completed, conclusion: _conclusion, nonconformities: _ncs, ...rest } = audit;
    return { ...rest, status: after(audit.plannedDate, date) ? "planned" : "in-progress" };
  });
  ms.metrics = ms.metrics.map((metric) => {
    if (!after(metric.lastMeasured, date)) return metric;
    const { lastValue: _value, lastMeasured: _measured, ...rest } = metric;
    return { ...rest, status: "no-data" };
  });
  return copy;
}
