/**
 * The frameworks Crosswalk knows. The id is what users type on the command line
 * (`--to iso42001`); the prefix namespaces ids inside the model, because the same string
 * (`A.5.2`) names a control in ISO/IEC 42001 *and* in ISO/IEC 27001. `iso27001-2013` is the
 * superseded edition, kept so 2013 Statements of Applicability can be read and carried to 2022.
 */
export const FRAMEWORKS = ["ai-rmf", "iso42001", "iso27001", "sp800-53", "iso27001-2013"] as const;
export type FrameworkId = (typeof FRAMEWORKS)[number];

export const FRAMEWORK_PREFIX: Readonly<Record<FrameworkId, string>> = {
  "ai-rmf": "AIRMF",
  iso42001: "ISO42001",
  iso27001: "ISO27001",
  "sp800-53": "SP800-53",
  "iso27001-2013": "ISO27001-2013",
};

export const FRAMEWORK_NAME: Readonly<Record<FrameworkId, string>> = {
  "ai-rmf": "NIST AI RMF 1.0",
  iso42001: "ISO/IEC 42001:2023",
  iso27001: "ISO/IEC 27001:2022",
  "sp800-53": "NIST SP 800-53 Rev. 5",
  "iso27001-2013": "ISO/IEC 27001:2013",
};

/** Frameworks a bare id (no namespace, no framework given) is read in first; the superseded edition only as a fallback. */
export const CURRENT_FRAMEWORKS: readonly FrameworkId[] = ["ai-rmf", "iso42001", "iso27001", "sp800-53"];

/** A namespaced id such as `AIRMF:GOVERN 1.1`, `ISO42001:A.5.2`, `SP800-53:AC-2`. */
export type NamespacedId = `${string}:${string}`;

export function isFrameworkId(value: string): value is FrameworkId {
  return (FRAMEWORKS as readonly string[]).includes(value);
}

export function namespaced(framework: FrameworkId, ref: string): NamespacedId {
  return `${FRAMEWORK_PREFIX[framework]}:${ref}`;
}

/** Splits `ISO42001:A.5.2` into its framework and bare ref; undefined for anything else. */
export function splitNamespaced(id: string): { framework: FrameworkId; ref: string } | undefined {
  const colon = id.indexOf(":");
  if (colon <= 0) return undefined;
  const prefix = id.slice(0, colon);
  const framework = FRAMEWORKS.find((f) => FRAMEWORK_PREFIX[f] === prefix);
  return framework ? { framework, ref: id.slice(colon + 1) } : undefined;
}
