import type { DualConformanceReport } from "../report";
import type { DirectEvidence, InferredEvidence, ProfileCell } from "../sections/ai-rmf";
import type { SoaCell } from "../sections/soa";
import { URL_NAMESPACE, uuidV5 } from "../util/uuid";

/** The OSCAL version the document follows. */
export const OSCAL_VERSION = "1.1.2";
/** Namespace of Crosswalk's OSCAL properties. */
export const OSCAL_NS = "https://crosswalk.dev/ns/oscal";
const NAMESPACE = uuidV5(URL_NAMESPACE, `${OSCAL_NS}/assessment-results`);

export interface OscalProperty {
  readonly name: string;
  readonly value: string;
  readonly ns?: string;
}

export interface OscalObservation {
  readonly uuid: string;
  readonly title: string;
  readonly description: string;
  readonly props?: readonly OscalProperty[];
  readonly methods: readonly string[];
  readonly types?: readonly string[];
  readonly "relevant-evidence"?: readonly { readonly description: string }[];
  readonly collected: string;
}

export interface OscalFinding {
  readonly uuid: string;
  readonly title: string;
  readonly description: string;
  readonly props?: readonly OscalProperty[];
  readonly target: {
    readonly type: "objective-id";
    readonly "target-id": string;
    readonly title: string;
    readonly status: { readonly state: "satisfied" | "not-satisfied"; readonly reason: "pass" | "fail" | "other"; readonly remarks?: string };
    readonly "implementation-status"?: { readonly state: "implemented" | "partial" | "planned" | "not-applicable" };
  };
  readonly "related-observations": readonly { readonly "observation-uuid": string }[];
}

export interface OscalResult {
  readonly uuid: string;
  readonly title: string;
  readonly description: string;
  readonly start: string;
  readonly end: string;
  readonly props?: readonly OscalProperty[];
  readonly "reviewed-controls": { readonly "control-selections": readonly { readonly "include-controls": readonly { readonly "control-id": string }[] }[] };
  readonly observations?: readonly OscalObservation[];
  readonly findings?: readonly OscalFinding[];
}

export interface OscalAssessmentResults {
  readonly "assessment-results": {
    readonly uuid: string;
    readonly metadata: {
      readonly title: string;
      readonly "last-modified": string;
      readonly version: string;
      readonly "oscal-version": string;
      readonly parties: readonly { readonly uuid: string; readonly type: "organization"; readonly name: string }[];
      readonly remarks: string;
    };
    readonly "import-ap": { readonly href: string; readonly remarks: string };
    readonly results: readonly OscalResult[];
  };
}

/** An OSCAL token for a control or subcategory: `ISO42001:A.5.2` → `iso42001_a.5.2`, `AIRMF:GOVERN 1.1` → `ai-rmf_govern-1.1`. */
export function oscalControlId(id: string): string {
  const colon = id.indexOf(":");
  const prefix = id.slice(0, colon).toLowerCase();
  const ref = id.slice(colon + 1).toLowerCase().replace(/\s+/g, "-").replace(/[^\p{L}\p{N}._-]/gu, "-");
  return `${prefix === "airmf" ? "ai-rmf" : prefix}_${ref}`;
}

/** OSCAL strings that carry a pattern may not start or end with, or span, whitespace. */
const nonBlank = (text: string, fallback: string) => text.replace(/\s+/g, " ").trim() || fallback;

/** Per item, each team's cell: built once so a document for many teams needs no search per team. */
function byTeam<T extends { readonly team: string }>(cells: readonly T[]): Map<string, T> {
  return new Map(cells.map((cell) => [cell.team, cell]));
}

function soaFinding(cell: SoaCell | undefined): { state: "satisfied" | "not-satisfied"; reason: "pass" | "fail" | "other"; implementation?: "implemented" | "partial" | "planned" | "not-applicable"; remarks: string } {
  if (!cell) return { state: "not-satisfied", reason: "fail", remarks: "The control has no row in the team's Statement of Applicability." };
  if (cell.applicable === undefined) return { state: "not-satisfied", reason: "fail", remarks: "Applicability has not been decided." };
  if (cell.applicable === false) {
    return cell.justified
      ? { state: "satisfied", reason: "other", implementation: "not-applicable", remarks: "Excluded, with a justification recorded." }
      : { state: "not-satisfied", reason: "fail", implementation: "not-applicable", remarks: "Excluded without a justification." };
  }
  switch (cell.status) {
    case "implemented":
      return cell.evidence > 0
        ? { state: "satisfied", reason: "pass", implementation: "implemented", remarks: `Implemented; ${cell.evidence} evidence item(s) recorded.` }
        : { state: "not-satisfied", reason: "fail", implementation: "implemented", remarks: "Marked implemented but no evidence is recorded." };
    case "partially-implemented":
      return { state: "not-satisfied", reason: "fail", implementation: "partial", remarks: "Partially implemented." };
    case "planned":
      return { state: "not-satisfied", reason: "fail", implementation: "planned", remarks: "Implementation planned." };
    default:
      return { state: "not-satisfied", reason: "fail", remarks: cell.status === "not-implemented" ? "Not implemented." : "Applicable, with no implementation status." };
  }
}

interface SubcategoryCells {
  readonly profile?: ProfileCell;
  readonly direct?: DirectEvidence;
  readonly inferred?: InferredEvidence;
}

function subcategoryFinding({ profile, direct, inferred }: SubcategoryCells): { state: "satisfied" | "not-satisfied"; reason: "pass" | "fail" | "other"; remarks: string } {
  if (profile?.target !== undefined && profile.target > 0) {
    const current = profile.current ?? 0;
    return current >= profile.target
      ? { state: "satisfied", reason: "pass", remarks: `Profile current level ${current} meets the target ${profile.target}.` }
      : { state: "not-satisfied", reason: "fail", remarks: `Profile current level ${current} is below the target ${profile.target}.` };
  }
  if (direct) return { state: "satisfied", reason: "pass", remarks: "Addressed directly in the team's records; no profile target set." };
  if (inferred) return { state: "not-satisfied", reason: "other", remarks: `Only supporting evidence inferred through the crosswalk from implemented ISO/IEC 42001 controls ${inferred.via.join(", ")}.` };
  return { state: "not-satisfied", reason: "fail", remarks: "Not addressed in the team's records." };
}

/**
 * The report's Statement of Applicability and AI RMF profile as an OSCAL 1.1 assessment-results
 * document: one result per team workbook version, one observation and one finding per ISO/IEC 42001
 * Annex A control and per AI RMF subcategory. UUIDs are version-5 UUIDs of the content's identity
 * (organisation, as-of date, team, workbook version, item), so the same input gives the same
 * document and a new workbook version gives new result UUIDs.
 */
export function renderOscal(report: DualConformanceReport): OscalAssessmentResults {
  const stamp = `${report.asOf}T00:00:00Z`;
  const identity = `${report.org.id}|${report.asOf}|${report.teams.map((t) => `${t.key}@${t.version}`).join(",")}`;
  // The identity (every team's version) is hashed once into a namespace of its own, so each of the
  // many item UUIDs hashes only its short name.
  const documentNamespace = uuidV5(NAMESPACE, identity);
  const id = (...parts: string[]) => uuidV5(documentNamespace, parts.join("|"));
  const prop = (name: string, value: string): OscalProperty => ({ name, value: nonBlank(value, "-"), ns: OSCAL_NS });
  const controlIds = [...report.iso42001.soa.controls.map((c) => c.id), ...report.aiRmf.subcategories.map((s) => s.id)].map((c) => ({ "control-id": oscalControlId(c) }));

  const soaCells = report.iso42001.soa.controls.map((control) => ({ control, cells: byTeam(control.teams) }));
  const subcategoryCells = report.aiRmf.subcategories.map((row) => ({ row, profile: byTeam(row.profile.teams), direct: byTeam(row.direct), inferred: byTeam(row.inferred) }));
  const results: OscalResult[] = report.teams.map((team) => {
    const observations: OscalObservation[] = [];
    const findings: OscalFinding[] = [];
    const teamId = `${team.key}@${team.version}`;
    for (const { control, cells } of soaCells) {
      const cell = cells.get(team.key);
      const outcome = soaFinding(cell);
      const observationUuid = id(teamId, "observation", control.id);
      observations.push({
        uuid: observationUuid,
        title: `${control.ref} in the Statement of Applicability`,
        description: cell
          ? `SoA row: applicable ${cell.applicable === undefined ? "undecided" : cell.applicable ? "yes" : "no"}; status ${cell.status ?? "none"}; justification ${cell.justified ? "recorded" : "none"}; ${cell.evidence} evidence item(s)${cell.owner ? `; owner ${cell.owner}` : ""}.`
          : "No SoA row for this control.",
        props: [prop("team", team.key), prop("crosswalk-id", control.id)],
        methods: ["EXAMINE"],
        types: ["control-objective"],
        collected: stamp,
      });
      findings.push({
        uuid: id(teamId, "finding", control.id),
        title: `${control.ref} ${control.title}`,
        description: `ISO/IEC 42001 Annex A ${control.ref} for ${team.name}: ${outcome.remarks}`,
        props: [prop("team", team.key), prop("framework", "iso42001"), prop("crosswalk-id", control.id)],
        target: {
          type: "objective-id",
          "target-id": oscalControlId(control.id),
          title: `${control.ref} ${control.title}`,
          status: { state: outcome.state, reason: outcome.reason, remarks: outcome.remarks },
          ...(outcome.implementation ? { "implementation-status": { state: outcome.implementation } } : {}),
        },
        "related-observations": [{ "observation-uuid": observationUuid }],
      });
    }
    for (const cells of subcategoryCells) {
      const row = cells.row;
      const profile = cells.profile.get(team.key);
      const direct = cells.direct.get(team.key);
      const inferred = cells.inferred.get(team.key);
      const outcome = subcategoryFinding({ ...(profile ? { profile } : {}), ...(direct ? { direct } : {}), ...(inferred ? { inferred } : {}) });
      const observationUuid = id(teamId, "observation", row.id);
      const sources = direct
        ? [`${direct.risks} risk(s)`, `${direct.aiSystems} AI system(s)`, `${direct.impactAssessments} impact assessment(s)`, `${direct.managementRecords} management record(s)`, direct.profile ? "profile evidence" : ""].filter((x) => x !== "").join(", ")
        : "no direct references";
      observations.push({
        uuid: observationUuid,
        title: `${row.ref} in the AI RMF profile and records`,
        description: `Profile: ${profile ? `current ${profile.current ?? "none"}, target ${profile.target ?? "none"}` : "no row"}. Records: ${sources}.`,
        props: [prop("team", team.key), prop("crosswalk-id", row.id)],
        methods: ["EXAMINE"],
        types: ["control-objective"],
        collected: stamp,
      });
      findings.push({
        uuid: id(teamId, "finding", row.id),
        title: `AI RMF ${row.ref}`,
        description: `NIST AI RMF ${row.ref} for ${team.name}: ${outcome.remarks}`,
        props: [prop("team", team.key), prop("framework", "ai-rmf"), prop("crosswalk-id", row.id)],
        target: {
          type: "objective-id",
          "target-id": oscalControlId(row.id),
          title: `${row.ref}: ${row.title}`,
          status: { state: outcome.state, reason: outcome.reason, remarks: outcome.remarks },
        },
        "related-observations": [{ "observation-uuid": observationUuid }],
      });
    }
    return {
      uuid: id(teamId, "result"),
      title: `${team.name} — workbook ${team.workbook} version ${team.version}`,
      description: `Self-assessment of team ${team.key} from its workbook records as of ${report.asOf}: the ISO/IEC 42001 Statement of Applicability and the NIST AI RMF profile.`,
      start: stamp,
      end: stamp,
      props: [prop("team", team.key), prop("workbook", team.workbook), prop("workbook-version", String(team.version))],
      "reviewed-controls": { "control-selections": [{ "include-controls": controlIds }] },
      ...(observations.length > 0 ? { observations } : {}),
      ...(findings.length > 0 ? { findings } : {}),
    };
  });

  return {
    "assessment-results": {
      uuid: id("assessment-results"),
      metadata: {
        title: `Dual-conformance assessment results — ${nonBlank(report.org.name, report.org.id)} — ${report.asOf}`,
        "last-modified": stamp,
        version: `${report.asOf}-r${report.reportVersion}`,
        "oscal-version": OSCAL_VERSION,
        parties: [{ uuid: id("party", report.org.id), type: "organization", name: nonBlank(report.org.name, report.org.id) }],
        remarks: "Generated by Crosswalk from team workbook records (self-assessment), not from an audit. Control ids: iso42001_<Annex A id> and ai-rmf_<subcategory>.",
      },
      "import-ap": { href: "#", remarks: "No OSCAL assessment plan: the results consolidate the teams' own workbook records." },
      results: results.length > 0 ? results : [emptyResult(id("result", "none"), stamp, controlIds)],
    },
  };
}

function emptyResult(uuid: string, stamp: string, controlIds: readonly { "control-id": string }[]): OscalResult {
  return {
    uuid,
    title: "No team workbooks",
    description: "The report consolidated no team workbooks, so there are no findings.",
    start: stamp,
    end: stamp,
    "reviewed-controls": { "control-selections": [{ "include-controls": controlIds }] },
  };
}

/** The OSCAL document as JSON text. */
export function renderOscalJson(report: DualConformanceReport): string {
  return `${JSON.stringify(renderOscal(report), null, 2)}\n`;
}
