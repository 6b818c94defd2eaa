import type { EvidenceStatus } from "../evidence-status";

/** A 0..1 figure as a whole percentage, `0.656` → `66%`; `n/a` when absent. */
export function percent(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? "n/a" : `${Math.round(value * 100)}%`;
}

export function fixed(value: number, places = 1): string {
  return value.toFixed(places);
}

export const STATUS_LABEL: Readonly<Record<EvidenceStatus, string>> = {
  present: "Present",
  partial: "Partial",
  overdue: "Overdue",
  missing: "Missing",
};

export const ADDRESSED_LABEL: Readonly<Record<string, string>> = {
  direct: "Direct",
  inferred: "Inferred",
  none: "Not addressed",
};

/** Drops the framework prefix of a namespaced id: `ISO42001:A.5.2` → `A.5.2`. */
export function bare(id: string): string {
  const colon = id.indexOf(":");
  return colon >= 0 ? id.slice(colon + 1) : id;
}

/** A whole number with thousands separators, `12345` → `12,345`, the same on every machine (no locale data). */
export function grouped(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const sign = value < 0 ? "-" : "";
  const digits = String(Math.abs(Math.round(value)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
