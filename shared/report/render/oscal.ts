import type { DualConformanceReport } from "../report";
import type { DirectEvidence, InferredEvidence, ProfileCell } from "../sections/ai-rmf";
import type { SoaCell } from "../sections/soa";
import { CROSSWALK_OSCAL_NS, oscalCatalogHref, oscalId } from "../../catalog/oscal-catalog";
import type { OscalMetadata, OscalProperty } from "../../util/oscal-metadata";
import { URL_NAMESPACE, uuidV5 } from "../../util/uuid";

/** The OSCAL version the document follows. */
export const OSCAL_VERSION = "1.1.2";
/** Namespace of Crosswalk's OSCAL properties: the one the catalog and mapping exports use. */
export const OSCAL_NS = CROSSWALK_OSCAL_NS;
const NAMESPACE = uuidV5(URL_NAMESPACE, `${OSCAL_NS}/assessment-results`);

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

export interface OscalResource {
  readonly uuid: string;
  readonly title: string;
  readonly description: string;
  readonly rlinks?: readonly { readonly href: string; readonly "media-type": string }[];
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
  readonly "reviewed-controls": {
    readonly "control-selections": readonly {
      readonly "include-controls": readonly { readonly "control-id": string }[];
      readonly "exclude-controls"?: readonly { readonly "control-id": string }[];
    }[];
  };
  readonly observations?: readonly OscalObservation[];
  readonly findings?: readonly OscalFinding[];
}

export interface OscalAssessmentResults {
  readonly "assessment-results": {
    readonly uuid: string;
    readonly metadata: OscalMetadata & {
      readonly roles?: readonly { readonly id: string; readonly title: string }[];
      readonly parties: readonly { readonly uuid: string; readonly type: "organization" | "person"; readonly name: string }[];
      readonly "responsible-parties"?: readonly { readonly "role-id": string; readonly "party-uuids": readonly string[] }[];
    };
    readonly "import-ap": { readonly href: string; readonly remarks: string };
    readonly results: readonly OscalResult[];
    readonly "back-matter": { readonly resources: readonly OscalResource[] };
  };
}

/**
 * An OSCAL token for a control or subcategory: `ISO42001:A.5.2` → `iso42001_a.5.2`, `AIRMF:GOVERN 1.1`
 * → `ai-rmf_govern-1.1` — the ids of the catalogs `crosswalk catalog export --format oscal-catalog` writes.
 */
export function oscalControlId(id: string): string {
  return oscalId(id);
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
    // Justified exclusions are left out of the result (see `excluded`); an unjustified one is a finding.
    return { state: "not-satisfied", reason: "fail", implementation: "not-applicable", remarks: "Excluded without a justification." };
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
  const partyUuid = (owner: string) => id("party", "owner", nonBlank(owner, "-"));
  const owners = [...new Set(report.iso42001.soa.controls.flatMap((c) => c.teams.map((t) => t.owner).filter((o): o is string => o !== undefined && o.trim() !== "")))].sort();
  const planUuid = id("assessment-plan");
  const catalogResources: OscalResource[] = (["iso42001", "ai-rmf"] as const).map((framework) => ({
    uuid: id("catalog", framework),
    title: `${framework === "iso42001" ? "ISO/IEC 42001:2023" : "NIST AI RMF 1.0"} OSCAL catalog`,
    description: `The catalog the control ids resolve in: crosswalk catalog export --format oscal-catalog --framework ${framework}.`,
    rlinks: [{ href: oscalCatalogHref(framework), "media-type": "application/oscal.catalog+json" }],
  }));
  const controlIds = [...report.iso42001.soa.controls.map((c) => c.id), ...report.aiRmf.subcategories.map((s) => s.id)].map((c) => ({ "control-id": oscalControlId(c) }));

  const soaCells = report.iso42001.soa.controls.map((control) => ({ control, cells: byTeam(control.teams) }));
  const subcategoryCells = report.aiRmf.subcategories.map((row) => ({ row, profile: byTeam(row.profile.teams), direct: byTeam(row.direct), inferred: byTeam(row.inferred) }));
  const results: OscalResult[] = report.teams.map((team) => {
    const observations: OscalObservation[] = [];
    const findings: OscalFinding[] = [];
    const teamId = `${team.key}@${team.version}`;
    // The workbook version is what was examined: the result starts and ends at its time.
    const collected = /(Z|[+-]\d{2}:\d{2})$/.test(team.createdAt) ? team.createdAt : stamp;
    const excluded: { "control-id": string }[] = [];
    for (const { control, cells } of soaCells) {
      const cell = cells.get(team.key);
      if (cell?.applicable === false && cell.justified) {
        // Not applicable, with a justification: outside this team's assessment, neither satisfied nor not.
        excluded.push({ "control-id": oscalControlId(control.id) });
        continue;
      }
      const outcome = soaFinding(cell);
      const observationUuid = id(teamId, "observation", control.id);
      observations.push({
        uuid: observationUuid,
        title: `${control.ref} in the Statement of Applicability`,
        description: cell
          ? `SoA row: applicable ${cell.applicable === undefined ? "undecided" : cell.applicable ? "yes" : "no"}; status ${cell.status ?? "none"}; justification ${cell.justified ? "recorded" : "none"}; ${cell.evidence} evidence item(s)${cell.owner ? `; owner ${cell.owner}` : ""}.`
          : "No SoA row for this control.",
        props: [prop("team", team.key), prop("crosswalk-id", control.id), ...(cell?.owner ? [prop("owner-party-uuid", partyUuid(cell.owner))] : [])],
        methods: ["EXAMINE"],
        types: ["control-objective"],
        ...(cell?.evidenceItems ? { "relevant-evidence": cell.evidenceItems.map((e) => ({ description: nonBlank(e, "-") })) } : {}),
        collected: collected,
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
        collected: collected,
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
      start: collected,
      end: collected,
      props: [prop("team", team.key), prop("workbook", team.workbook), prop("workbook-version", String(team.version))],
      "reviewed-controls": { "control-selections": [{ "include-controls": controlIds, ...(excluded.length > 0 ? { "exclude-controls": excluded } : {}) }] },
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
        ...(owners.length > 0 ? { roles: [{ id: "control-owner", title: "Control owner" }] } : {}),
        parties: [
          { uuid: id("party", report.org.id), type: "organization", name: nonBlank(report.org.name, report.org.id) },
          ...owners.map((owner) => ({ uuid: partyUuid(owner), type: "person" as const, name: nonBlank(owner, "-") })),
        ],
        ...(owners.length > 0 ? { "responsible-parties": [{ "role-id": "control-owner", "party-uuids": owners.map(partyUuid) }] } : {}),
        remarks: "Generated by Crosswalk from team workbook records (self-assessment), not from an audit. Control ids: iso42001_<Annex A id> and ai-rmf_<subcategory>, resolving in the catalogs in back-matter. Controls a team excludes with a justification are left out of its result (exclude-controls). SoA owners are parties with the control-owner role; each observation names its owner's party uuid.",
      },
      "import-ap": { href: `#${planUuid}`, remarks: "The self-assessment plan in back-matter: the teams' own workbook records, examined by Crosswalk." },
      results: results.length > 0 ? results : [emptyResult(id("result", "none"), stamp, controlIds)],
      "back-matter": {
        resources: [
          {
            uuid: planUuid,
            title: "Self-assessment plan",
            description: `Examine each team's latest workbook version as of ${report.asOf}: the ISO/IEC 42001 Statement of Applicability (every Annex A control) and the NIST AI RMF profile (every subcategory), against the catalogs listed here.`,
          },
          ...catalogResources,
        ],
      },
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
