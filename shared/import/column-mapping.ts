import type { ColumnProfile } from "./column-profile";
import type { FieldSpec, KindSpec } from "./field-spec";
import type { HeaderScorer } from "./header-match";

/** Which field one column feeds, and how sure the importer is. */
export interface ColumnMapping {
  /** Grid column index. */
  readonly column: number;
  readonly header: string;
  readonly field: FieldSpec | undefined;
  /** 0–1: header match adjusted by how well the values fit the field. */
  readonly confidence: number;
  /**
   * A second field the same cells carry ("Review Date / Status" → review date and status):
   * cells are split into parts and each part goes where it fits.
   */
  readonly secondary?: FieldSpec;
  readonly source: "header" | "values" | "template";
}

export interface KindMapping {
  readonly spec: KindSpec;
  readonly columns: readonly ColumnMapping[];
  /** Σ weight × confidence over mapped fields. */
  readonly score: number;
  readonly signatureMet: boolean;
  readonly mappedFields: readonly string[];
}

/** Minimum confidence for a column to be mapped at all. */
const MIN_CONFIDENCE = 0.5;

function share(count: number, profile: ColumnProfile): number {
  return profile.filled === 0 ? 1 : count / profile.filled;
}

/**
 * How well a column's values fit a field type: 1 when they fit or there are too few to tell,
 * lower when they contradict the header (a "Status" column of dates).
 */
function valueFit(field: FieldSpec, profile: ColumnProfile | undefined): number {
  if (!profile || profile.filled < 3) return 1;
  const graded = (fit: number) => (fit >= 0.6 ? 1 : fit >= 0.3 ? 0.8 : 0.55);
  switch (field.type) {
    case "rating":
    case "profile-level":
      return graded(share(profile.ratings, profile));
    case "date":
      return graded(share(profile.dates, profile));
    case "bool":
      return graded(share(profile.yesNo, profile));
    case "id": {
      // Ids are short, mostly unique and present on (nearly) every row.
      const unique = profile.distinct / profile.filled;
      const fill = profile.rows === 0 ? 1 : profile.filled / profile.rows;
      if (profile.averageLength > 60) return 0.5;
      return (unique >= 0.9 ? 1 : unique >= 0.6 ? 0.8 : 0.6) * (fill >= 0.5 ? 1 : 0.7);
    }
    case "text":
    case "list": {
      // Free text that is all numbers or all dates is probably some other column.
      const numeric = share(profile.numbers, profile);
      const dated = share(profile.dates, profile);
      const flags = share(profile.yesNo, profile);
      return numeric >= 0.8 || dated >= 0.8 || flags >= 0.8 ? 0.7 : 1;
    }
    default:
      return 1;
  }
}

const SPLIT_HEADER = /\s*[/&+|]\s*|\s+(?:and|et|und|y|e|en)\s+/i;

function splittable(field: FieldSpec): boolean {
  return field.type !== "text" && field.type !== "list" && field.type !== "id";
}

/** Maps the columns of one header onto the fields of one kind. */
export function mapColumns(
  spec: KindSpec,
  headers: readonly string[],
  profiles: readonly (ColumnProfile | undefined)[],
  scorer: HeaderScorer,
): KindMapping {
  interface Candidate {
    column: number;
    field: FieldSpec;
    score: number;
  }
  const candidates: Candidate[] = [];
  headers.forEach((header, column) => {
    if (header === "") return;
    for (const match of scorer(header)) {
      if (match.kind !== spec.kind || match.score < 0.45) continue;
      const score = match.score * valueFit(match.field, profiles[column]);
      if (score >= MIN_CONFIDENCE) candidates.push({ column, field: match.field, score });
    }
  });
  // Best pairs first; on equal scores the leftmost column wins, as people read.
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);

  const byColumn = new Map<number, { field: FieldSpec; score: number; source: ColumnMapping["source"] }>();
  const fieldsTaken = new Set<string>();
  for (const c of candidates) {
    if (byColumn.has(c.column)) continue;
    if (fieldsTaken.has(c.field.name) && !(c.field.multi && c.score >= 0.6)) continue;
    byColumn.set(c.column, { field: c.field, score: c.score, source: "header" });
    fieldsTaken.add(c.field.name);
  }

  mapByValues(spec, headers, profiles, byColumn, fieldsTaken);

  const secondaries = new Map<number, FieldSpec>();
  for (const [column, mapped] of byColumn) {
    const header = headers[column] ?? "";
    const parts = header.split(SPLIT_HEADER).filter((p) => p.trim() !== "");
    if (parts.length < 2) continue;
    for (const part of parts) {
      const match = scorer(part).find(
        (m) => m.kind === spec.kind && m.score >= 0.8 && m.field.name !== mapped.field.name && !fieldsTaken.has(m.field.name),
      );
      if (match && (splittable(match.field) || splittable(mapped.field))) {
        secondaries.set(column, match.field);
        fieldsTaken.add(match.field.name);
        break;
      }
    }
  }

  const columns: ColumnMapping[] = headers.map((header, column) => {
    const mapped = byColumn.get(column);
    const secondary = secondaries.get(column);
    const base: ColumnMapping = {
      column,
      header,
      field: mapped?.field,
      confidence: mapped ? Math.round(mapped.score * 100) / 100 : 0,
      source: mapped?.source ?? "header",
    };
    return secondary ? { ...base, secondary } : base;
  });
  return summarise(spec, columns);
}

/** Score and signature of a finished mapping. */
export function summarise(spec: KindSpec, columns: readonly ColumnMapping[]): KindMapping {
  const best = new Map<string, number>();
  for (const c of columns) {
    for (const field of [c.field, c.secondary]) {
      if (!field) continue;
      best.set(field.name, Math.max(best.get(field.name) ?? 0, c.confidence));
    }
  }
  let score = 0;
  for (const [name, confidence] of best) score += (spec.fields.find((f) => f.name === name)?.weight ?? 0) * confidence;
  const mappedFields = [...best.keys()];
  const signatureMet = spec.signatures.some((signature) => signature.every((name) => best.has(name)));
  return { spec, columns, score, signatureMet, mappedFields };
}

/** Columns whose header says nothing useful but whose values are unmistakable. */
function mapByValues(
  spec: KindSpec,
  headers: readonly string[],
  profiles: readonly (ColumnProfile | undefined)[],
  byColumn: Map<number, { field: FieldSpec; score: number; source: ColumnMapping["source"] }>,
  fieldsTaken: Set<string>,
): void {
  const rules: { field: string; fits: (p: ColumnProfile) => boolean; score: number }[] = [
    { field: "controlId", fits: (p) => p.filled >= 3 && share(p.annexAIds, p) >= 0.7, score: 0.65 },
    { field: "subcategory", fits: (p) => p.filled >= 3 && share(p.aiRmfIds, p) >= 0.7, score: 0.65 },
    { field: "applicable", fits: (p) => p.filled >= 3 && share(p.yesNo, p) >= 0.8, score: 0.55 },
  ];
  for (const rule of rules) {
    const field = spec.fields.find((f) => f.name === rule.field);
    if (!field || fieldsTaken.has(field.name)) continue;
    const column = headers.findIndex((_, c) => !byColumn.has(c) && profiles[c] !== undefined && rule.fits(profiles[c] as ColumnProfile));
    if (column < 0) continue;
    byColumn.set(column, { field, score: rule.score, source: "values" });
    fieldsTaken.add(field.name);
  }
}
