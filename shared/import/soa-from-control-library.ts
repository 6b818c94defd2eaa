/**
 * A control library (kind `control-mapping`: the organisation's controls, each with the framework
 * requirements it covers) as a pre-filled Statement of Applicability: one entry per ISO/IEC 42001
 * or ISO/IEC 27001 Annex A control the library references, in catalog order, with the library's
 * controls that reference it as evidence. Whether a control applies and how far it is implemented
 * stay the user's to say, so those fields are left empty. Clauses (42001 "7.2") are not SoA rows.
 */
import { catalogItem } from "../catalog/catalogs";
import { requiredControls } from "../catalog/framework-ids";
import type { SoaEntry } from "../model/soa";
import type { ImportedRecord } from "./import-result";

/** The reference fields of a control-mapping record that can name Annex A controls. */
const REF_FIELDS = ["iso42001Refs", "iso27001Refs"] as const;

export type SoaFromLibrary =
  | {
      readonly ok: true;
      /** SoA entries (model shape: `controlId` namespaced), ISO/IEC 42001 first. */
      readonly entries: readonly SoaEntry[];
      /** How many Annex A controls of each standard the library references. */
      readonly counts: { readonly iso42001: number; readonly iso27001: number };
      /** Library controls that reference at least one Annex A control. */
      readonly controls: number;
      /** One sentence for the user: what the pre-fill holds. */
      readonly summary: string;
    }
  | { readonly ok: false; readonly reason: string };

export function soaFromControlLibrary(records: readonly ImportedRecord[]): SoaFromLibrary {
  const annexA = new Map<string, number>([...requiredControls("iso42001"), ...requiredControls("iso27001")].map((id, order) => [id, order]));
  const byControl = new Map<string, string[]>();
  let clausesOnly = 0;
  let contributing = 0;
  for (const record of records) {
    const refs = REF_FIELDS.flatMap((field) => refsOf(record[field]));
    const controls = refs.filter((id) => annexA.has(id));
    if (refs.length > controls.length) clausesOnly += refs.length - controls.length;
    if (controls.length === 0) continue;
    contributing++;
    const name = controlName(record);
    for (const id of controls) {
      const list = byControl.get(id) ?? [];
      if (!list.includes(name)) list.push(name);
      byControl.set(id, list);
    }
  }
  if (byControl.size === 0) {
    const clauses = clausesOnly > 0 ? " (it names only clauses or ids that are not Annex A controls, which a Statement of Applicability does not list)" : "";
    return {
      ok: false,
      reason: `This control library references no ISO/IEC 42001 or ISO/IEC 27001 Annex A control${clauses}, so there is nothing to pre-fill the Statement of Applicability with.`,
    };
  }
  const ids = [...byControl.keys()].sort((a, b) => (annexA.get(a) ?? 0) - (annexA.get(b) ?? 0));
  const entries = ids.map((id): SoaEntry => {
    const implementing = byControl.get(id) ?? [];
    const title = catalogItem(id)?.title;
    return {
      controlId: id,
      ...(title ? { title } : {}),
      evidence: implementing,
      notes: `From the control library: ${implementing.length === 1 ? "1 control references" : `${implementing.length} controls reference`} this control.`,
    };
  });
  const counts = { iso42001: ids.filter((id) => id.startsWith("ISO42001:")).length, iso27001: ids.filter((id) => id.startsWith("ISO27001:")).length };
  return { ok: true, entries, counts, controls: contributing, summary: summaryOf(counts, contributing) };
}

function summaryOf(counts: { iso42001: number; iso27001: number }, controls: number): string {
  const parts = [
    ...(counts.iso42001 > 0 ? [`${counts.iso42001} ISO/IEC 42001 Annex A control${counts.iso42001 === 1 ? "" : "s"}`] : []),
    ...(counts.iso27001 > 0 ? [`${counts.iso27001} ISO/IEC 27001 Annex A control${counts.iso27001 === 1 ? "" : "s"}`] : []),
  ];
  return `${controls} of its controls reference ${parts.join(" and ")}: it can pre-fill the Statement of Applicability, one row per control, with the library's controls as evidence.`;
}

function refsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/** "MFA coverage review (AC-07)": the control's title, with its id when the library has one. */
function controlName(record: ImportedRecord): string {
  const title = typeof record.title === "string" ? record.title.trim() : "";
  const id = typeof record.id === "string" || typeof record.id === "number" ? String(record.id).trim() : "";
  if (title && id) return `${title} (${id})`;
  return title || id || `Row ${record.sourceRow}`;
}
