import type { ColumnProfile } from "./column-profile";
import type { KindMapping } from "./column-mapping";
import { fold } from "./text";

/**
 * Spreadsheets that look like registers but are something else: control self-assessments
 * (a maturity score per requirement), incident databases, framework catalogues (the standard's
 * own items and text, nothing assessed) and legends of rating scales. Their columns name a few
 * register fields (a "Score", a "Description", an "Owner"), so without this check they are
 * filed as impact assessments or risk registers; Crosswalk declines them and says what they are.
 */
export interface NonRegister {
  /** Stable key: `control-self-assessment`, `incident-database`, `framework-catalogue`, `rating-legend`. */
  readonly what: string;
  /** "a control self-assessment" — what the sheet is, for the message. */
  readonly label: string;
}

export const IMPORTED_KINDS_SENTENCE = "Crosswalk imports risk registers, SoAs, AI inventories, impact assessments and AI RMF profiles";

const MATURITY = /\b(?:maturity|cmmi|capability level|compliance (?:level|score|rating)|conformity (?:level|score)|self[- ]?assessment|assessment score|implementation score)\b/;
/** Kinds whose signature a self-assessment or an incident list never meets by accident. */
const REGISTER_KINDS = new Set(["risk-register", "soa", "ai-rmf-profile", "control-mapping"]);
const REQUIREMENT = /\b(?:requirement|requirements|control|controls|question|questions|criterion|criteria|clause|practice|practices|safeguard)\b/;
const INCIDENT = /\bincident\b|\bincidents\b|\bvorfall\b|\bincidente\b/;
const INCIDENT_DETAIL = /\b(?:occurred|date of (?:the )?(?:incident|event)|reported (?:by|on|date)|harm type|harmed|victims?|deployer|developer|alleged)\b/;
const CATALOGUE = /\b(?:function|category|subcategory|sub-category|description|guidance|suggested actions?|informative references?|objective|control text|purpose|about)\b/;

/** What fills the state columns of an assessed table: anything people fill in as they work. */
const WORK_FIELDS = new Set([
  "current", "target", "applicable", "justification", "status", "implementation", "owner", "evidence",
  "inherentLikelihood", "inherentImpact", "residualLikelihood", "residualImpact", "treatment", "gapAction",
  "severity", "likelihood", "assessor", "assessmentDate", "stage",
]);

/** The fields that name what a row is about; a table without any is a scale or a lookup. */
const IDENTITY_FIELDS = new Set(["id", "title", "description", "controlId", "name", "subcategory", "aiSystem", "impact", "cause"]);

function mapped(mappings: readonly KindMapping[]): Set<string> {
  const out = new Set<string>();
  for (const m of mappings) for (const f of m.mappedFields) out.add(f);
  return out;
}

/** A scale lists each of a handful of levels once; a register repeats them down many rows. */
function isScaleColumn(profile: ColumnProfile | undefined): boolean {
  return (
    profile !== undefined &&
    profile.filled >= 3 &&
    profile.filled <= 12 &&
    profile.ratings >= profile.filled * 0.8 &&
    profile.distinct >= profile.filled * 0.9
  );
}

/**
 * What a sheet is when it is not a register, judged from its header texts, the column profiles
 * under it and how each kind mapped it; undefined for anything that may be a register.
 */
export function recogniseNonRegister(
  headers: readonly string[],
  profiles: readonly (ColumnProfile | undefined)[],
  mappings: readonly KindMapping[],
): NonRegister | undefined {
  // `incident_id` and `Maturity-Level` read as words.
  const folded = headers.map((h) => fold(h.split("\n")[0] ?? "").replace(/[_-]+/g, " "));
  const fields = mapped(mappings);
  const has = (pattern: RegExp) => folded.filter((h) => h !== "" && pattern.test(h)).length;
  const risky = fields.has("inherentLikelihood") || fields.has("residualLikelihood") || fields.has("treatment");
  // A register with an extra maturity or incident column is still a register.
  const registerLike = mappings.filter((m) => m.signatureMet && REGISTER_KINDS.has(m.spec.kind)).map((m) => m.spec.kind);

  if (has(INCIDENT) >= 1 && has(INCIDENT) + has(INCIDENT_DETAIL) >= 2 && !risky && !fields.has("controlId") && registerLike.length === 0) {
    return { what: "incident-database", label: "an incident database" };
  }
  const profileIds = profiles.some((p) => p !== undefined && p.filled >= 3 && p.aiRmfIds >= p.filled * 0.7);
  const maturity = has(MATURITY) >= 1;
  // A maturity column passes for a profile's current state; only AI RMF ids make it a profile.
  const otherRegister = registerLike.some((k) => k !== "ai-rmf-profile");
  if (maturity && has(REQUIREMENT) >= 1 && !risky && !profileIds && !fields.has("applicable") && !otherRegister) {
    return { what: "control-self-assessment", label: "a control self-assessment" };
  }
  const work = [...fields].filter((f) => WORK_FIELDS.has(f));
  const idColumn = profiles.some((p) => p !== undefined && p.filled >= 5 && (p.aiRmfIds + p.annexAIds) >= p.filled * 0.7);
  if (idColumn && work.length === 0 && has(CATALOGUE) >= 2) {
    return { what: "framework-catalogue", label: "a framework catalogue (the standard's items and their text, with nothing assessed)" };
  }
  // A kind the header passes for, but with no column saying what a row is about: a scale.
  const passing = mappings.filter((m) => m.signatureMet);
  const anonymous = passing.length > 0 && passing.every((m) => !m.mappedFields.some((f) => IDENTITY_FIELDS.has(f)));
  if (anonymous && profiles.some(isScaleColumn)) {
    return { what: "rating-legend", label: "a legend of rating scales" };
  }
  return undefined;
}

/** The sentence an unknown result carries for a declined sheet. */
export function declineMessage(sheet: string, nonRegister: NonRegister): string {
  return `Sheet "${sheet}" looks like ${nonRegister.label}, not a register; ${IMPORTED_KINDS_SENTENCE}. Use --kind to read it as one of those anyway.`;
}
