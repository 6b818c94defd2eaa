/**
 * Regenerates the committed catalog and crosswalk data in shared/catalog/data and
 * shared/crosswalk/data from the reference files handed out beside the checkout
 * (../shared/reference, see its SOURCES.md). Re-runnable; the product never needs the
 * reference folder, only this script does.
 *
 *   npm run catalogs [-- --reference DIR]
 *
 * ISO rule: from the ISO/IEC 42001 and 27001 outlines we keep ids and short titles only.
 * The outlines' `description`/`annotation` fields (intuitem paraphrases, AGPL) are never read.
 */
import { createHash } from "node:crypto";
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { parse as parseYaml } from "yaml";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({ options: { reference: { type: "string" } } });
const referenceDir = resolve(values.reference ?? join(root, "..", "shared", "reference"));
const catalogOut = join(root, "shared", "catalog", "data");
const crosswalkOut = join(root, "shared", "crosswalk", "data");

async function readText(relative: string): Promise<{ text: string; sha256: string }> {
  const text = await readFile(join(referenceDir, relative), "utf8");
  return { text, sha256: createHash("sha256").update(text).digest("hex") };
}

async function writeJson(dir: string, name: string, value: unknown): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, name), `${JSON.stringify(value, null, 1)}\n`);
  process.stdout.write(`wrote ${join(dir, name).slice(root.length + 1)}\n`);
}

// ---------- shapes of the reference files (only the fields we read) ----------

interface CoreFile {
  functions: { id: string; code: string; title: string; text: string }[];
  categories: { id: string; function: string; text: string }[];
  subcategories: { id: string; category: string; function: string; text: string }[];
}
interface PlaybookEntry {
  title: string;
  section_about: string;
  section_actions: string;
  section_doc: string;
}
interface GenAiFile {
  risks: { id: string; number: number; title: string; description: string; section: string; trustworthyCharacteristics: string[] }[];
  actions: { id: string; subcategory: string; text: string; risks: string[] }[];
}
interface OutlineFile {
  objects: { framework: { requirement_nodes: OutlineNode[] } };
}
interface OutlineNode {
  urn: string;
  parent_urn?: string;
  ref_id?: string;
  name?: string;
  assessable: boolean;
  depth: number;
}
interface MappingFile {
  objects: {
    requirement_mapping_sets: {
      source_framework_urn: string;
      requirement_mappings: { source_requirement_urn: string; target_requirement_urn: string; relationship: string }[];
    }[];
  };
}

// ---------- NIST AI RMF 1.0 ----------

/**
 * The seven characteristics of trustworthy AI, AI RMF 1.0 section 3 (public domain). Listed
 * here because the Core file carries only the functions, categories and subcategories.
 */
const TRUSTWORTHINESS = [
  { id: "valid-and-reliable", title: "Valid and reliable", section: "3.1" },
  { id: "safe", title: "Safe", section: "3.2" },
  { id: "secure-and-resilient", title: "Secure and resilient", section: "3.3" },
  { id: "accountable-and-transparent", title: "Accountable and transparent", section: "3.4" },
  { id: "explainable-and-interpretable", title: "Explainable and interpretable", section: "3.5" },
  { id: "privacy-enhanced", title: "Privacy-enhanced", section: "3.6" },
  { id: "fair-with-harmful-bias-managed", title: "Fair – with harmful bias managed", section: "3.7" },
];

async function aiRmf(): Promise<void> {
  const core = await readText("nist-ai-rmf/ai-rmf-core.json");
  const data = JSON.parse(core.text) as CoreFile;
  await writeJson(catalogOut, "ai-rmf.json", {
    source: {
      title: "NIST AI 100-1, Artificial Intelligence Risk Management Framework (AI RMF 1.0), Core (Tables 1–4)",
      edition: "1.0 (January 2023)",
      url: "https://doi.org/10.6028/NIST.AI.100-1",
      licence: "US Government work, public domain (17 USC 105); statements verbatim",
      referenceSha256: core.sha256,
    },
    functions: data.functions.map((f) => ({ ref: f.id, code: f.code, title: f.title, statement: f.text })),
    categories: data.categories.map((c) => ({ ref: c.id, function: c.function, statement: c.text })),
    subcategories: data.subcategories.map((s) => ({ ref: s.id, category: s.category, function: s.function, statement: s.text })),
    characteristics: TRUSTWORTHINESS,
  });

  const playbook = await readText("nist-ai-rmf/playbook.json");
  const entries = JSON.parse(playbook.text) as PlaybookEntry[];
  const bySubcategory: Record<string, { about: string[]; actions: string[]; documentation: string[] }> = {};
  for (const entry of entries) {
    bySubcategory[entry.title.trim()] = {
      about: paragraphs(entry.section_about),
      actions: bullets(entry.section_actions),
      documentation: bullets(sectionUnder(entry.section_doc, /document/i)),
    };
  }
  await writeJson(catalogOut, "ai-rmf-playbook.json", {
    source: {
      title: "NIST AI RMF Playbook (airc.nist.gov/docs/playbook.json): About text, suggested actions and documentation prompts",
      url: "https://airc.nist.gov/docs/playbook.json",
      licence: "US Government work, public domain",
      referenceSha256: playbook.sha256,
    },
    subcategories: bySubcategory,
  });

  const genai = await readText("nist-ai-rmf/genai-profile.json");
  const profile = JSON.parse(genai.text) as GenAiFile;
  await writeJson(catalogOut, "genai-profile.json", {
    source: {
      title: "NIST AI 600-1, Generative Artificial Intelligence Profile",
      edition: "July 2024",
      url: "https://doi.org/10.6028/NIST.AI.600-1",
      licence: "US Government work, public domain",
      referenceSha256: genai.sha256,
    },
    risks: profile.risks.map((r) => ({
      id: r.id,
      number: r.number,
      title: r.title,
      description: r.description,
      section: r.section,
      characteristics: r.trustworthyCharacteristics,
    })),
    actions: profile.actions.map((a) => ({ id: a.id, subcategory: a.subcategory, text: a.text, risks: a.risks })),
  });
}

/** Markdown bullets (`*`, `-`, `•`, `1.`) of a Playbook section; wrapped lines join their bullet. */
function bullets(markdown: string): string[] {
  const out: string[] = [];
  let open = false;
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) {
      open = false;
      continue;
    }
    const bullet = /^(?:[*\-•]|\d+[.)])\s+(.*)$/.exec(line);
    if (bullet?.[1]) {
      out.push(bullet[1].trim());
      open = true;
    } else if (open && out.length > 0) {
      out[out.length - 1] = `${out[out.length - 1]} ${line}`;
    }
  }
  return out;
}

/** The text under the first `###` heading matching `heading`, up to the next heading. */
/** The prose paragraphs of a markdown section: links reduced to their text, headings and emphasis marks dropped. */
function paragraphs(markdown: string): string[] {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.replace(/^#+.*$/gm, "").replace(/[*_`]+/g, "").replace(/\s+/g, " ").trim())
    .filter((p) => p.length > 0);
}

function sectionUnder(markdown: string, heading: RegExp): string {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((l) => l.startsWith("#") && heading.test(l));
  if (start < 0) return "";
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => l.startsWith("#"));
  return (end < 0 ? rest : rest.slice(0, end)).join("\n");
}

// ---------- ISO/IEC 42001 and 27001: ids and short titles only ----------

/**
 * Title corrections where the outline's wording is not the plain clause title
 * (typos, capitalisation, a word added). Keyed by ref.
 */
const ISO27001_TITLE_FIXES: Record<string, string> = {
  "7.5": "Documented information",
  "7.5.2": "Creating and updating documented information",
  "8": "Operation",
  "6.1.2": "Information security risk assessment",
  "6.3": "Planning of changes",
  "A.7.6": "Working in secure areas",
  "A.5": "Organizational controls",
};

/** ISO 42001 subclauses of 6.1 that the outline lacks; the AIRC crosswalk and SoA work need them. */
const ISO42001_ADDED: { ref: string; title: string; parent: string }[] = [
  { ref: "6.1.1", title: "General", parent: "6.1" },
  { ref: "6.1.2", title: "AI risk assessment", parent: "6.1" },
  { ref: "6.1.3", title: "AI risk treatment", parent: "6.1" },
  { ref: "6.1.4", title: "AI system impact assessment", parent: "6.1" },
];

interface IsoItem {
  ref: string;
  kind: "clause" | "objective" | "theme" | "control";
  title: string;
  parent?: string;
}

function isoItems(file: OutlineFile, fixes: Record<string, string>): IsoItem[] {
  const nodes = file.objects.framework.requirement_nodes;
  const refByUrn = new Map<string, string>();
  for (const n of nodes) if (n.ref_id) refByUrn.set(n.urn, normaliseIsoRef(n.ref_id));
  const items: IsoItem[] = [];
  for (const n of nodes) {
    if (!n.ref_id || !/^(A\.)?\d+(\.\d+)*$/i.test(n.ref_id)) continue; // skips grouping nodes like "core"
    const ref = normaliseIsoRef(n.ref_id);
    const annex = ref.startsWith("A.");
    const depth = ref.split(".").length - (annex ? 1 : 0);
    let kind: IsoItem["kind"] = "clause";
    if (annex) kind = n.assessable ? "control" : depth === 1 ? "objective" : "objective";
    const title = (fixes[ref] ?? n.name ?? "").replace(/\s+/g, " ").trim();
    const parent = n.parent_urn ? refByUrn.get(n.parent_urn) : undefined;
    const item: IsoItem = { ref, kind, title };
    if (parent && /^(A\.)?\d/.test(parent)) item.parent = parent;
    items.push(item);
  }
  return items;
}

function normaliseIsoRef(ref: string): string {
  return ref.trim().replace(/^a\./, "A.");
}

async function iso(): Promise<void> {
  const i42 = await readText("ciso-assistant/iso42001-2023.yaml");
  const items42 = isoItems(parseYaml(i42.text) as OutlineFile, {});
  const at = items42.findIndex((i) => i.ref === "6.1");
  items42.splice(at + 1, 0, ...ISO42001_ADDED.map((a) => ({ ...a, kind: "clause" as const })));
  await writeJson(catalogOut, "iso42001.json", {
    source: {
      title: "ISO/IEC 42001:2023 outline: clause and Annex A control ids with short titles",
      edition: "2023",
      note: "Ids and short titles only; no ISO text. Outline from intuitem/ciso-assistant-community (titles only); 6.1.1–6.1.4 added by Crosswalk.",
      referenceSha256: i42.sha256,
    },
    items: items42,
  });

  const i27 = await readText("ciso-assistant/iso27001-2022.yaml");
  const items27 = isoItems(parseYaml(i27.text) as OutlineFile, ISO27001_TITLE_FIXES).map((item) =>
    item.ref.startsWith("A.") && item.kind === "objective" ? { ...item, kind: "theme" as const } : item,
  );
  await writeJson(catalogOut, "iso27001.json", {
    source: {
      title: "ISO/IEC 27001:2022 outline: clause and Annex A control ids with short titles",
      edition: "2022",
      note: "Ids and short titles only; no ISO text. Titles corrected where the outline differs from the plain title.",
      referenceSha256: i27.sha256,
    },
    items: items27,
  });
}

// ---------- NIST SP 800-53 r5, its baselines, and the OLIR mapping to ISO 27001 ----------

interface OutlineNodeWithText extends OutlineNode {
  description?: string;
}
interface BaselineProfile {
  profile: { imports: { "include-controls"?: { "with-ids": string[] }[] }[] };
}

/** SP 800-53B baselines as the OSCAL profiles name them; PRIVACY is the privacy control baseline. */
const BASELINES = ["LOW", "MODERATE", "HIGH", "PRIVACY"] as const;

/**
 * Title corrections where the catalog's wording is not NIST's: intuitem's title-casing lower-cased
 * "Organizational" inside parentheses, and the SC family lost an "s".
 */
const SP80053_TITLE_FIXES: readonly [RegExp, string][] = [
  [/\(organizational Users\)/g, "(Organizational Users)"],
  [/\(non-organizational Users\)/g, "(Non-organizational Users)"],
  [/\(authoritative Source\)/g, "(Authoritative Source)"],
  [/\(recursive or Caching Resolver\)/g, "(Recursive or Caching Resolver)"],
  [/^System and Communication Protection$/, "System and Communications Protection"],
];

function fixSp80053Title(title: string): string {
  return SP80053_TITLE_FIXES.reduce((t, [pattern, replacement]) => t.replace(pattern, replacement), title.replace(/\s+/g, " ").trim());
}

/** `ac-2.1` (OSCAL) or `ac-2(1)` (intuitem) → `AC-2(1)`. */
function sp80053Ref(raw: string): string {
  const m = /^([a-z]{2})-(\d+)(?:[.(](\d+)\)?)?$/i.exec(raw.trim());
  if (!m) throw new Error(`not an SP 800-53 id: ${raw}`);
  return `${m[1]!.toUpperCase()}-${Number(m[2])}${m[3] ? `(${Number(m[3])})` : ""}`;
}

async function sp80053AndOlir(): Promise<void> {
  const mapping = await readText("ciso-assistant/mapping-nist-sp-800-53-rev5-to-iso27001-2022.yaml");
  const sets = (parseYaml(mapping.text) as MappingFile).objects.requirement_mapping_sets;
  const forward = sets.find((s) => s.source_framework_urn.endsWith("nist-sp-800-53-rev5"));
  if (!forward) throw new Error("OLIR mapping: no SP 800-53 → ISO 27001 set");
  const tail = (urn: string) => urn.slice(urn.lastIndexOf(":") + 1);
  const edges = forward.requirement_mappings.map((m) => ({
    from: `SP800-53:${tail(m.source_requirement_urn).toUpperCase()}`,
    to: `ISO27001:${normaliseIsoRef(tail(m.target_requirement_urn))}`,
    relationship: m.relationship,
  }));
  const referenced = new Set(edges.map((e) => e.from.slice("SP800-53:".length)));

  const catalog = await readText("ciso-assistant/nist-sp-800-53-rev5.yaml");
  const nodes = (parseYaml(catalog.text) as { objects: { framework: { requirement_nodes: OutlineNodeWithText[] } } }).objects.framework.requirement_nodes;
  const families: { ref: string; title: string }[] = [];
  const baseTitles = new Map<string, string>();
  // Enhancements keep only their own title ("Automated System Account Management"); the catalog
  // puts the base control's title in front when it loads, which keeps the shipped file small.
  const controls: { ref: string; title: string; withdrawn?: true }[] = [];
  for (const n of nodes) {
    if (!n.ref_id || !n.name) continue;
    if (n.depth === 1) {
      families.push({ ref: n.ref_id.toUpperCase(), title: fixSp80053Title(n.name) });
      continue;
    }
    if (!n.assessable) continue;
    const ref = sp80053Ref(n.ref_id);
    const full = fixSp80053Title(n.name);
    const enhancement = ref.includes("(");
    if (!enhancement) baseTitles.set(ref, full);
    const base = ref.replace(/\(.*$/, "");
    const prefix = `${baseTitles.get(base) ?? ""} | `;
    const title = enhancement && full.startsWith(prefix) ? full.slice(prefix.length) : full;
    const control: (typeof controls)[number] = { ref, title };
    if (/^\s*\[Withdrawn/i.test(n.description ?? "")) control.withdrawn = true;
    controls.push(control);
  }
  const known = new Set(controls.map((c) => c.ref));
  const missing = [...referenced].filter((r) => !known.has(r));
  if (missing.length > 0) throw new Error(`OLIR mapping references unknown SP 800-53 ids: ${missing.join(", ")}`);

  const baselines: Record<string, string[]> = {};
  const baselineHashes: Record<string, string> = {};
  for (const baseline of BASELINES) {
    const file = await readText(`nist-sp800-53/rev5_${baseline}-baseline_profile-min.json`);
    const profile = JSON.parse(file.text) as BaselineProfile;
    const ids = profile.profile.imports.flatMap((i) => (i["include-controls"] ?? []).flatMap((c) => c["with-ids"])).map(sp80053Ref);
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length > 0) throw new Error(`${baseline} baseline names unknown controls: ${unknown.join(", ")}`);
    baselines[baseline] = [...new Set(ids)];
    baselineHashes[baseline] = file.sha256;
  }
  await writeJson(catalogOut, "sp800-53.json", {
    source: {
      title: "NIST SP 800-53 Rev. 5: every control and control enhancement (ids and titles) with SP 800-53B baseline membership",
      edition: "Rev. 5 (5.1.1); baselines from the SP 800-53B OSCAL profiles",
      url: "https://doi.org/10.6028/NIST.SP.800-53r5",
      licence: "US Government work, public domain",
      note: "controls: [ref, title] or [ref, title, \"withdrawn\"] (withdrawn in Rev. 5, kept so old references resolve), tuples because the catalog ships inside the Lambda bundle. Enhancement titles are stored without the base control's title, which the catalog puts in front (AC-2(1): Account Management | Automated System Account Management). Baselines LOW, MODERATE, HIGH (SP 800-53B control baselines) and PRIVACY (the privacy control baseline).",
      referenceSha256: catalog.sha256,
      baselineSha256: baselineHashes,
    },
    families,
    controls: controls.map((c) => (c.withdrawn ? [c.ref, c.title, "withdrawn"] : [c.ref, c.title])),
    baselines,
  });
  await writeJson(crosswalkOut, "sp800-53-iso27001.olir.json", {
    source: {
      id: "nist-olir-sp800-53r5-iso27001-2022",
      title: "NIST OLIR informative reference: SP 800-53 Rev. 5 to ISO/IEC 27001:2022",
      edition: "OLIR submission 2023-10-12 (as packaged by intuitem, 2025-07-03)",
      url: "https://csrc.nist.gov/projects/olir/informative-reference-catalog/details?referenceId=155",
      authoredHere: false,
      referenceSha256: mapping.sha256,
    },
    edges,
  });
}

// ---------- ISO/IEC 27001:2013 and its correspondence to 2022 ----------

interface SingleMappingFile {
  objects: {
    requirement_mapping_set: {
      source_framework_urn: string;
      target_framework_urn: string;
      requirement_mappings: { source_requirement_urn: string; target_requirement_urn: string; relationship: string }[];
    };
  };
}

/**
 * The nine 2013 Annex A controls the intuitem correspondence leaves unmapped, placed where the
 * 2022 edition put them (the correspondence published with ISO/IEC 27002:2022, ids only).
 * Several 2013 controls merged into one 2022 control: those are `subset`.
 */
const EDITIONS_SUPPLEMENT: readonly { from: string; to: string; relationship: "equal" | "subset"; rationale: string }[] = [
  { from: "A.6.1.3", to: "A.5.5", relationship: "equal", rationale: "Contact with authorities carried over unchanged as 2022 A.5.5." },
  { from: "A.6.1.4", to: "A.5.6", relationship: "equal", rationale: "Contact with special interest groups carried over unchanged as 2022 A.5.6." },
  { from: "A.6.1.5", to: "A.5.8", relationship: "equal", rationale: "Information security in project management carried over as 2022 A.5.8." },
  { from: "A.9.2.5", to: "A.5.18", relationship: "subset", rationale: "Access reviews are one part of 2022 A.5.18 Access rights, which merged three 2013 controls." },
  { from: "A.9.2.6", to: "A.5.18", relationship: "subset", rationale: "Removing or adjusting access is one part of 2022 A.5.18 Access rights." },
  { from: "A.12.6.2", to: "A.8.19", relationship: "subset", rationale: "Restrictions on installing software are one part of 2022 A.8.19, merged with A.12.5.1." },
  { from: "A.12.7.1", to: "A.8.34", relationship: "equal", rationale: "Audit controls on information systems carried over as 2022 A.8.34." },
  { from: "A.14.2.3", to: "A.8.32", relationship: "subset", rationale: "Review after platform changes is one part of 2022 A.8.32 Change management." },
  { from: "A.14.2.4", to: "A.8.32", relationship: "subset", rationale: "Restricting changes to software packages is one part of 2022 A.8.32 Change management." },
];

async function iso27001Of2013(): Promise<void> {
  const outline = await readText("ciso-assistant/iso27001-2013.yaml");
  const items = isoItems(parseYaml(outline.text) as OutlineFile, {});
  await writeJson(catalogOut, "iso27001-2013.json", {
    source: {
      title: "ISO/IEC 27001:2013 outline: clause and Annex A control ids with short titles (superseded; kept so 2013 SoAs can be read)",
      edition: "2013",
      note: "Ids and short titles only; no ISO text. Outline from intuitem/ciso-assistant-community (titles only).",
      referenceSha256: outline.sha256,
    },
    items,
  });
  const known = new Set(items.map((i) => i.ref));

  const mapping = await readText("ciso-assistant/mapping-iso27001-2013-to-iso27001-2022.yaml");
  const set = (parseYaml(mapping.text) as SingleMappingFile).objects.requirement_mapping_set;
  if (!set.source_framework_urn.endsWith("iso27001-2013") || !set.target_framework_urn.endsWith("iso27001-2022")) {
    throw new Error("27001 2013 → 2022 mapping: unexpected frameworks");
  }
  const tail = (urn: string) => normaliseIsoRef(urn.slice(urn.lastIndexOf(":") + 1));
  const edges = set.requirement_mappings.map((m) => ({
    from: `ISO27001-2013:${tail(m.source_requirement_urn)}`,
    to: `ISO27001:${tail(m.target_requirement_urn)}`,
    relationship: m.relationship,
  }));
  const unknown = edges.filter((e) => !known.has(e.from.slice("ISO27001-2013:".length)));
  if (unknown.length > 0) throw new Error(`27001 2013 → 2022 mapping names unknown 2013 ids: ${unknown.map((e) => e.from).join(", ")}`);
  await writeJson(crosswalkOut, "iso27001-2013-iso27001.json", {
    source: {
      id: "iso27001-2013-to-2022",
      title: "ISO/IEC 27001:2013 to ISO/IEC 27001:2022 correspondence (ids and relationship types)",
      edition: "intuitem mapping v2 (2024-07-09)",
      url: "https://github.com/intuitem/ciso-assistant-community",
      authoredHere: false,
      note: "Ids and relationship types only, as facts; the packaging repository is AGPL and no descriptions are shipped. Each edge reads: the 2013 item is <relationship> of the 2022 item.",
      referenceSha256: mapping.sha256,
    },
    edges,
  });
  const mapped = new Set(edges.map((e) => e.from));
  const overlap = EDITIONS_SUPPLEMENT.filter((e) => mapped.has(`ISO27001-2013:${e.from}`));
  if (overlap.length > 0) throw new Error(`supplement maps controls the source maps already: ${overlap.map((e) => e.from).join(", ")}`);
  await writeJson(crosswalkOut, "iso27001-2013-iso27001.supplement.json", {
    source: {
      id: "crosswalk-iso27001-2013-to-2022-supplement",
      title: "ISO/IEC 27001:2013 to 2022: the controls the packaged correspondence leaves unmapped, placed by the Crosswalk project",
      edition: "2026-12 v1",
      authoredHere: true,
      note: "Nine 2013 Annex A controls have no edge in the intuitem correspondence; each is placed where ISO/IEC 27002:2022's correspondence table puts it (ids only), with the relationship judged here.",
    },
    edges: EDITIONS_SUPPLEMENT.map((e) => ({ from: `ISO27001-2013:${e.from}`, to: `ISO27001:${e.to}`, relationship: e.relationship, rationale: e.rationale })),
  });
}

// ---------- AI RMF 1.0 ↔ ISO/IEC 42001 (AIRC-listed crosswalk) ----------

async function airc(): Promise<void> {
  const csv = await readText("crosswalks/ai-rmf-1.0_to_iso42001-fdis_microsoft-airc-crosswalk.DERIVED.csv");
  const rows = parseCsv(csv.text);
  const header = rows.shift() ?? [];
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`crosswalk CSV: no column ${name}`);
    return i;
  };
  const [cSub, cPrinted, cNorm, cTitle] = [
    col("ai_rmf_subcategory"),
    col("iso42001_ref_as_printed"),
    col("iso42001_ref_normalized"),
    col("iso42001_title_as_printed"),
  ];
  const edges: { from: string; to: string; relationship: "related"; printed: string; printedTitle: string; note?: string }[] = [];
  const seen = new Map<string, (typeof edges)[number]>();
  const defects: string[] = [];
  for (const row of rows) {
    if (row.length < header.length) continue;
    const from = `AIRMF:${row[cSub]!.trim()}`;
    const to = `ISO42001:${row[cNorm]!.trim()}`;
    const key = `${from}→${to}`;
    const printed = row[cPrinted]!.trim();
    const note = correctionNote(row[cSub]!.trim(), printed);
    const existing = seen.get(key);
    if (existing) {
      existing.note = [existing.note, "listed twice in the source; kept once"].filter(Boolean).join("; ");
      defects.push(`${key}: duplicate row`);
      continue;
    }
    const edge: (typeof edges)[number] = { from, to, relationship: "related", printed, printedTitle: row[cTitle]!.trim() };
    if (note) {
      edge.note = note;
      defects.push(`${key}: ${note}`);
    }
    seen.set(key, edge);
    edges.push(edge);
  }
  await writeJson(crosswalkOut, "ai-rmf-iso42001.airc.json", {
    source: {
      id: "airc-msft-ai-rmf-iso42001",
      title: "NIST AI RMF to ISO/IEC FDIS 42001 crosswalk (authored by Microsoft, listed by NIST's AI Resource Center)",
      edition: "undated; mapped against ISO/IEC FDIS 42001",
      url: "https://airc.nist.gov/docs/NIST_AI_RMF_to_ISO_IEC_42001_Crosswalk.pdf",
      authoredHere: false,
      note:
        "Untyped source: every pair is `related`. Annex B guidance numbers (B.x.y) normalised to the Annex A control ids (A.x.y). " +
        "Printing defects corrected and noted per edge. No licence is stated by the author; the pairs are kept as facts with their source.",
      referenceSha256: csv.sha256,
    },
    edges,
  });
  process.stdout.write(`AIRC crosswalk: ${rows.length} rows, ${edges.length} unique pairs, ${defects.length} notes\n`);
}

/**
 * The source's printing defects, each with the decision taken. Keyed by `subcategory|printed ref`.
 * Title differences that are only FDIS wording (e.g. B.6.1.3, B.9.2) are not defects: the printed
 * title stays in `printedTitle` and our catalog gives the final title.
 */
const AIRC_DEFECTS: Record<string, string> = {
  "GOVERN 2.1|72":
    'printed "72": a typo for clause 7.2 (its printed title is "Competence"); corrected to 7.2',
  "GOVERN 3.2|B.3.2":
    'printed title "Management review inputs" is the title of 9.3.2, not of B.3.2/A.3.2; the id is kept because GOVERN 3.2 (roles and responsibilities for human-AI configurations and oversight) matches A.3.2 AI roles and responsibilities',
  "MAP 1.4|B.2.2":
    'printed title "Customers" is the title of A.10.4, not of B.2.2/A.2.2 (AI policy); the source does not say which is meant, so the printed id is kept',
  "MAP 1.5|6.1.1":
    'printed title "Objective" does not match 6.1.1 (General); the id is kept because 6.1.1 is where AI risk criteria are set, which MAP 1.5 (risk tolerances) asks for',
};

function correctionNote(subcategory: string, printed: string): string | undefined {
  return AIRC_DEFECTS[`${subcategory}|${printed}`];
}

/** RFC 4180 CSV: quoted fields, doubled quotes, newlines inside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f !== ""));
}

await aiRmf();
await iso();
await sp80053AndOlir();
await iso27001Of2013();
await airc();
