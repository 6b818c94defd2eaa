import type { WorkbookSnapshot } from "../../model/snapshot";
import type { ImplementationStatus } from "../../model/soa";
import { catalogItem } from "../../catalog/catalogs";
import type { CatalogIndex } from "../catalog-index";
import { naturalCompare } from "../util/natural-compare";

/** One team's SoA row for a control, reduced to what consolidation compares. */
export interface SoaCell {
  readonly team: string;
  /** Absent when the team has not decided. */
  readonly applicable?: boolean;
  readonly status?: ImplementationStatus;
  /** A justification for the inclusion or exclusion is recorded. */
  readonly justified: boolean;
  /** Evidence items recorded. */
  readonly evidence: number;
  /** The evidence items as the SoA lists them (present when there are any); the OSCAL export cites them. */
  readonly evidenceItems?: readonly string[];
  readonly owner?: string;
}

/** Counts over the teams for one control; `applicable + excluded + undecided + absent` = teams. */
export interface SoaCounts {
  readonly applicable: number;
  readonly excluded: number;
  readonly undecided: number;
  /** Teams whose SoA has no row for the control. */
  readonly absent: number;
  /** Split of `applicable` by implementation status; they add up to `applicable`. */
  readonly implemented: number;
  readonly partiallyImplemented: number;
  readonly planned: number;
  readonly notImplemented: number;
  readonly noStatus: number;
}

export interface SoaControlRow {
  readonly id: string;
  readonly ref: string;
  readonly title: string;
  /** The Annex A objective (e.g. `A.5`) the control sits under. */
  readonly objective: string;
  readonly teams: readonly SoaCell[];
  readonly absentFrom: readonly string[];
  readonly counts: SoaCounts;
  /** Some teams apply the control and others exclude it. */
  readonly disagreement: boolean;
}

export interface SoaTeamRow extends SoaCounts {
  readonly team: string;
  /** SoA rows for Annex A controls. */
  readonly rows: number;
  /** Rows for other controls (ISO/IEC 27001 or the organisation's own). */
  readonly additionalRows: number;
}

export interface SoaFinding {
  readonly team: string;
  readonly controlId: string;
  readonly ref: string;
  readonly title: string;
  readonly owner?: string;
}

export interface ConsolidatedSoa {
  readonly controls: readonly SoaControlRow[];
  /** Controls outside ISO/IEC 42001 Annex A that teams added (ISO/IEC 27001, own controls), by id. */
  readonly additionalControls: readonly { readonly controlId: string; readonly title?: string; readonly teams: readonly SoaCell[] }[];
  readonly exclusionsWithoutJustification: readonly SoaFinding[];
  readonly implementedWithoutEvidence: readonly SoaFinding[];
  readonly disagreements: readonly { readonly controlId: string; readonly ref: string; readonly title: string; readonly applicable: readonly string[]; readonly excluded: readonly string[] }[];
  /** ISO/IEC 42001 ids in an SoA that name no Annex A control. */
  readonly unknownControls: readonly { readonly team: string; readonly controlId: string }[];
  readonly teams: readonly SoaTeamRow[];
}

/** One team's SoA indexed by Annex A position, plus its other rows. */
export interface TeamSoa {
  readonly team: string;
  readonly cells: readonly (SoaCell | undefined)[];
  readonly additional: readonly { readonly controlId: string; readonly title?: string; readonly cell: SoaCell }[];
  readonly unknown: readonly string[];
  /** Implemented, applicable Annex A and ISO/IEC 27001 ids (namespaced). */
  readonly implemented: readonly string[];
}

function cellOf(team: string, row: WorkbookSnapshot["soa"][number]): SoaCell {
  return {
    team,
    ...(row.applicable !== undefined ? { applicable: row.applicable } : {}),
    ...(row.applicable !== false && row.status !== undefined ? { status: row.status } : {}),
    justified: row.justification !== undefined,
    evidence: row.evidence?.length ?? 0,
    ...(row.evidence && row.evidence.length > 0 ? { evidenceItems: [...row.evidence] } : {}),
    ...(row.owner !== undefined ? { owner: row.owner } : {}),
  };
}

export function teamSoa(team: string, snapshot: WorkbookSnapshot, index: CatalogIndex): TeamSoa {
  const cells: (SoaCell | undefined)[] = new Array(index.annexA.length).fill(undefined);
  const additional: { controlId: string; title?: string; cell: SoaCell }[] = [];
  const unknown: string[] = [];
  const implemented: string[] = [];
  const seenAdditional = new Set<string>();
  for (const row of snapshot.soa) {
    const k = index.annexAIndex.get(row.controlId);
    if (row.status === "implemented" && row.applicable !== false) implemented.push(row.controlId);
    if (k !== undefined) {
      cells[k] ??= cellOf(team, row); // the first row for a control wins; duplicates are a validation issue
      continue;
    }
    if (row.controlId.startsWith("ISO42001:") && !index.iso42001Clauses.has(row.controlId)) {
      unknown.push(row.controlId);
      continue;
    }
    if (seenAdditional.has(row.controlId)) continue;
    seenAdditional.add(row.controlId);
    additional.push({ controlId: row.controlId, ...(row.title !== undefined ? { title: row.title } : {}), cell: cellOf(team, row) });
  }
  return { team, cells, additional, unknown, implemented };
}

function emptyCounts(): { -readonly [K in keyof SoaCounts]: number } {
  return { applicable: 0, excluded: 0, undecided: 0, absent: 0, implemented: 0, partiallyImplemented: 0, planned: 0, notImplemented: 0, noStatus: 0 };
}

function tally(counts: { -readonly [K in keyof SoaCounts]: number }, cell: SoaCell | undefined): void {
  if (!cell) counts.absent += 1;
  else if (cell.applicable === false) counts.excluded += 1;
  else if (cell.applicable === undefined) counts.undecided += 1;
  else {
    counts.applicable += 1;
    if (cell.status === "implemented") counts.implemented += 1;
    else if (cell.status === "partially-implemented") counts.partiallyImplemented += 1;
    else if (cell.status === "planned") counts.planned += 1;
    else if (cell.status === "not-implemented") counts.notImplemented += 1;
    else counts.noStatus += 1;
  }
}

export function consolidateSoa(perTeam: readonly TeamSoa[], index: CatalogIndex, listLimit: number): ConsolidatedSoa {
  const exclusionsWithoutJustification: SoaFinding[] = [];
  const implementedWithoutEvidence: SoaFinding[] = [];
  const disagreements: ConsolidatedSoa["disagreements"][number][] = [];
  const controls: SoaControlRow[] = index.annexA.map((control, k) => {
    const counts = emptyCounts();
    const teams: SoaCell[] = [];
    const absentFrom: string[] = [];
    const applicable: string[] = [];
    const excluded: string[] = [];
    for (const t of perTeam) {
      const cell = t.cells[k];
      tally(counts, cell);
      if (!cell) {
        absentFrom.push(t.team);
        continue;
      }
      teams.push(cell);
      const finding = { team: t.team, controlId: control.id, ref: control.ref, title: control.title, ...(cell.owner !== undefined ? { owner: cell.owner } : {}) };
      if (cell.applicable === true) applicable.push(t.team);
      if (cell.applicable === false) {
        excluded.push(t.team);
        if (!cell.justified) exclusionsWithoutJustification.push(finding);
      }
      if (cell.applicable !== false && cell.status === "implemented" && cell.evidence === 0) implementedWithoutEvidence.push(finding);
    }
    const disagreement = applicable.length > 0 && excluded.length > 0;
    if (disagreement) disagreements.push({ controlId: control.id, ref: control.ref, title: control.title, applicable, excluded });
    return {
      id: control.id,
      ref: control.ref,
      title: control.title,
      objective: catalogItem(control.parent ?? "")?.ref ?? "",
      teams,
      absentFrom,
      counts,
      disagreement,
    };
  });

  const additionalById = new Map<string, { controlId: string; title?: string; teams: SoaCell[] }>();
  for (const t of perTeam) {
    for (const a of t.additional) {
      let entry = additionalById.get(a.controlId);
      if (!entry) additionalById.set(a.controlId, (entry = { controlId: a.controlId, ...(a.title !== undefined ? { title: a.title } : {}), teams: [] }));
      entry.teams.push(a.cell);
    }
  }
  const additionalControls = [...additionalById.values()].sort((a, b) => naturalCompare(a.controlId, b.controlId)).slice(0, listLimit);

  const teams: SoaTeamRow[] = perTeam.map((t) => {
    const counts = emptyCounts();
    let rows = 0;
    for (const cell of t.cells) {
      tally(counts, cell);
      if (cell) rows += 1;
    }
    return { team: t.team, rows, additionalRows: t.additional.length, ...counts };
  });

  return {
    controls,
    additionalControls,
    exclusionsWithoutJustification: exclusionsWithoutJustification.slice(0, listLimit),
    implementedWithoutEvidence: implementedWithoutEvidence.slice(0, listLimit),
    disagreements,
    unknownControls: perTeam.flatMap((t) => t.unknown.map((controlId) => ({ team: t.team, controlId }))).slice(0, listLimit),
    teams,
  };
}
