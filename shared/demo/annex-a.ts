import { catalogItem } from "../catalog/catalogs";

/** The 38 ISO/IEC 42001 Annex A control ids, as a literal list so demo tables keyed by them are checked for completeness. */
const IDS = [
  "A.2.2",
  "A.2.3",
  "A.2.4",
  "A.3.2",
  "A.3.3",
  "A.4.2",
  "A.4.3",
  "A.4.4",
  "A.4.5",
  "A.4.6",
  "A.5.2",
  "A.5.3",
  "A.5.4",
  "A.5.5",
  "A.6.1.2",
  "A.6.1.3",
  "A.6.2.2",
  "A.6.2.3",
  "A.6.2.4",
  "A.6.2.5",
  "A.6.2.6",
  "A.6.2.7",
  "A.6.2.8",
  "A.7.2",
  "A.7.3",
  "A.7.4",
  "A.7.5",
  "A.7.6",
  "A.8.2",
  "A.8.3",
  "A.8.4",
  "A.8.5",
  "A.9.2",
  "A.9.3",
  "A.9.4",
  "A.10.2",
  "A.10.3",
  "A.10.4",
] as const;

export type DemoAnnexAControlId = (typeof IDS)[number];

/** The controls with their catalog short titles (ids and short titles only, never ISO text). */
export const DEMO_ANNEX_A_CONTROLS: readonly { readonly id: DemoAnnexAControlId; readonly title: string }[] = IDS.map((id) => ({
  id,
  title: catalogItem(`ISO42001:${id}`)?.title ?? id,
}));
