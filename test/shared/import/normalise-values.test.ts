import { describe, expect, it } from "vitest";
import { dateCell } from "../../../shared/file-reader/grid";
import { isEmptyMarker, isPlaceholder } from "../../../shared/import/normalise/empty";
import { listItems, splitList } from "../../../shared/import/normalise/list";
import { normaliseRefs } from "../../../shared/import/normalise/refs";
import { isFormulaLike, normaliseProfileLevel, normaliseRecordId, normaliseText } from "../../../shared/import/normalise/text-value";
import { normaliseWord, normaliseWords } from "../../../shared/import/normalise/word";
import { normaliseYesNo } from "../../../shared/import/normalise/yes-no";
import { RISK_STATUS_WORDS } from "../../../shared/import/vocabulary/risk-status";
import { ROLE_WORDS } from "../../../shared/import/vocabulary/role";
import { SOA_STATUS_WORDS } from "../../../shared/import/vocabulary/soa-status";
import { STAGE_WORDS } from "../../../shared/import/vocabulary/stage";
import { TREATMENT_WORDS } from "../../../shared/import/vocabulary/treatment";

const valueOf = <T>(out: { kind: string; value?: T }) => (out.kind === "value" ? out.value : out.kind);

describe("yes/no flags", () => {
  it("reads yes/no words with stray spaces, in several languages, and ticks", () => {
    for (const yes of ["Yes", " yes ", "Y", "x", "✓", "TRUE", "Oui", "ja", "Sí", "sim", "Applicable", "Included"]) {
      expect(valueOf(normaliseYesNo(yes)), yes).toBe(true);
    }
    for (const no of ["No", " n", "FALSE", "non", "Nein", "não", "nee", "N/A", "Not applicable", "Excluded"]) {
      expect(valueOf(normaliseYesNo(no)), no).toBe(false);
    }
    expect(valueOf(normaliseYesNo(1))).toBe(true);
    expect(valueOf(normaliseYesNo(false))).toBe(false);
  });

  it("passes on the text after a leading yes/no", () => {
    expect(normaliseYesNo("Yes – required by the AI policy")).toMatchObject({ kind: "value", value: true, rest: "required by the AI policy" });
  });

  it("reports anything else", () => {
    expect(normaliseYesNo("perhaps").kind).toBe("invalid");
    expect(normaliseYesNo(7).kind).toBe("invalid");
  });
});

describe("lists", () => {
  it("splits numbered lines and strips the numbering", () => {
    expect(splitList("1. Daily regression suite.\n2. Hash check, hourly.\n3) Rollback")).toEqual(["Daily regression suite.", "Hash check, hourly.", "Rollback"]);
  });

  it("splits on semicolons, and on commas only between short items", () => {
    expect(splitList("MFA; logging ;  access review")).toEqual(["MFA", "logging", "access review"]);
    expect(splitList("Policy, Procedure, Training")).toEqual(["Policy", "Procedure", "Training"]);
    const sentence = "We review access quarterly, and revoke stale accounts within five working days of the review";
    expect(splitList(sentence)).toEqual([sentence]);
  });

  it("drops empty markers and placeholders, and reads numbers and dates as one item", () => {
    expect(splitList("—")).toEqual([]);
    expect(splitList("a\n[control name]\n-")).toEqual(["a"]);
    expect(listItems(12)).toEqual(["12"]);
    expect(listItems(dateCell(46203))).toEqual(["2026-06-30"]);
  });
});

describe("framework references", () => {
  it("reads bare ids of the column's framework into namespaced ids", () => {
    expect(valueOf(normaliseRefs("6.1.4, 8.4, A.5.2", { framework: "iso42001" }))).toEqual(["ISO42001:6.1.4", "ISO42001:8.4", "ISO42001:A.5.2"]);
    expect(valueOf(normaliseRefs("GV-1.1; Map 1.1\nMEASURE 2.11", { framework: "ai-rmf" }))).toEqual(["AIRMF:GOVERN 1.1", "AIRMF:MAP 1.1", "AIRMF:MEASURE 2.11"]);
    expect(valueOf(normaliseRefs("AC-2, IA-4", { framework: "sp800-53" }))).toEqual(["SP800-53:AC-2", "SP800-53:IA-4"]);
  });

  it("reads ISO/IEC 27002 numbers as ISO/IEC 27001 Annex A controls", () => {
    expect(valueOf(normaliseRefs("5.15, 8.2", { framework: "iso27001", annexANumbers: true }))).toEqual(["ISO27001:A.5.15", "ISO27001:A.8.2"]);
  });

  it("recovers ids that Excel turned into dates or numbers, with a note", () => {
    // "6.1.2" typed into a cell in a day-first locale becomes 6 January 2002.
    const fromDate = normaliseRefs(dateCell(isoSerial("2002-01-06")), { framework: "iso42001" });
    expect(fromDate).toMatchObject({ kind: "value", value: ["ISO42001:6.1.2"], notes: [{ code: "ref-corrected", severity: "info" }] });
    expect(valueOf(normaliseRefs(dateCell(isoSerial("2026-05-02")), { framework: "iso42001" }))).toEqual(["ISO42001:5.2"]);
    expect(valueOf(normaliseRefs(6.1, { framework: "iso42001" }))).toEqual(["ISO42001:6.1"]);
    // A date that is no id in the framework is reported, not kept as an id.
    expect(normaliseRefs(dateCell(isoSerial("2010-01-01")), { framework: "iso27001" }).kind).toBe("invalid");
  });

  it("reads AI 600-1 suggested actions as their subcategory", () => {
    const out = normaliseRefs("GV-6.1-005, GV-6.1-009", { framework: "ai-rmf" });
    expect(out).toMatchObject({ kind: "value", value: ["AIRMF:GOVERN 6.1"], notes: [{ code: "ref-genai-action" }] });
  });

  it("keeps a well-formed id missing from the catalog, for validation to report", () => {
    expect(valueOf(normaliseRefs("A.5.99", { framework: "iso42001" }))).toEqual(["ISO42001:A.5.99"]);
  });

  it("reports text that is no id, keeping the readable ones", () => {
    const out = normaliseRefs("A.5.2, see the policy", { framework: "iso42001" });
    expect(out).toMatchObject({ kind: "value", value: ["ISO42001:A.5.2"], notes: [{ code: "ref-unreadable", severity: "warning" }] });
    expect(normaliseRefs("see the policy", { framework: "iso42001" }).kind).toBe("invalid");
  });
});

function isoSerial(iso: string): number {
  const ms = Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30);
  return Math.round(ms / 86_400_000);
}

describe("closed vocabularies", () => {
  const treatments = ["mitigate", "avoid", "transfer", "accept"];
  it("reads treatment words in several languages", () => {
    const read = (t: string) => valueOf(normaliseWord(t, TREATMENT_WORDS, "treatment", treatments));
    expect(["Reduce", "Mitigation", "Atténuer", "Mindern", "reducir", "ridurre", "verminderen", "reduzir"].map(read)).toEqual(Array(8).fill("mitigate"));
    expect(["Accept", "Tolerate", "Accepter", "akzeptieren", "aceptar", "accettare", "accepteren", "aceitar"].map(read)).toEqual(Array(8).fill("accept"));
    expect(["Transfer", "Share", "Insure", "übertragen"].map(read)).toEqual(Array(4).fill("transfer"));
    expect(["Avoid", "Terminate", "éviter", "vermeiden"].map(read)).toEqual(Array(4).fill("avoid"));
  });

  it("passes on text after a recognised word", () => {
    expect(normaliseWord("Mitigate – add MFA", TREATMENT_WORDS, "treatment", treatments)).toMatchObject({ value: "mitigate", rest: "add MFA" });
  });

  it("reads statuses with remarks in brackets", () => {
    expect(valueOf(normaliseWord("CLOSED (remediated)", RISK_STATUS_WORDS, "risk status", []))).toBe("closed");
    expect(valueOf(normaliseWord("In Bearbeitung", RISK_STATUS_WORDS, "risk status", []))).toBe("in-progress");
  });

  it("reads SoA statuses, N/A included", () => {
    const read = (t: string) => valueOf(normaliseWord(t, SOA_STATUS_WORDS, "status", [], { naIsValue: true }));
    expect(read("Partially implemented")).toBe("partially-implemented");
    expect(read("Not implemented")).toBe("not-implemented");
    expect(read("Umgesetzt")).toBe("implemented");
    expect(read("N/A")).toBe("not-applicable");
  });

  it("reads lifecycle stages, including the US federal inventory's", () => {
    const read = (t: string) => valueOf(normaliseWord(t, STAGE_WORDS, "stage", []));
    expect(read("Operation and Maintenance")).toBe("operation");
    expect(read("Acquisition and/or Development")).toBe("development");
    expect(read("Implementation and Assessment")).toBe("deployment");
    expect(read("Retired")).toBe("retired");
    expect(read("En production")).toBe("operation");
  });

  it("reads several roles from one cell", () => {
    expect(valueOf(normaliseWords("Developer / Deployer", ROLE_WORDS, "role", []))).toEqual(["developer", "deployer"]);
  });

  it("reports an unknown word with the allowed values", () => {
    const out = normaliseWord("Ignore", TREATMENT_WORDS, "treatment", treatments);
    expect(out).toMatchObject({ kind: "invalid", code: "treatment-unknown" });
    if (out.kind === "invalid") expect(out.hint).toContain("mitigate");
  });
});

describe("text, ids and profile levels", () => {
  it("trims text, reads markers and placeholders as empty", () => {
    expect(valueOf(normaliseText("  Ann  "))).toBe("Ann");
    expect(valueOf(normaliseText("n/a"))).toBe("empty");
    expect(valueOf(normaliseText("[Named individual]"))).toBe("empty");
    expect(valueOf(normaliseText(42))).toBe("42");
  });

  it("keeps formula-like text as text, with a warning", () => {
    const out = normaliseText("=HYPERLINK(\"http://x\",\"y\")");
    expect(out).toMatchObject({ kind: "value", notes: [{ code: "formula-like-text" }] });
    expect(isFormulaLike("+SUM(1)")).toBe(true);
    expect(isFormulaLike("@cmd")).toBe(true);
    expect(isFormulaLike("- item")).toBe(false);
    expect(isFormulaLike("-5")).toBe(false);
  });

  it("refuses an id Excel turned into a date", () => {
    expect(normaliseRecordId(dateCell(46000))).toMatchObject({ kind: "invalid", code: "id-became-date" });
    expect(valueOf(normaliseRecordId(" R-01\n"))).toBe("R-01");
  });

  it("reads profile levels as numbers, names and labels", () => {
    expect(valueOf(normaliseProfileLevel(3))).toBe(3);
    expect(valueOf(normaliseProfileLevel("Defined"))).toBe(3);
    expect(valueOf(normaliseProfileLevel("ad hoc"))).toBe(1);
    expect(normaliseProfileLevel(7).kind).toBe("invalid");
  });

  it("knows empty markers and template placeholders", () => {
    expect(["—", "-", "N/A", "none", "  "].every(isEmptyMarker)).toBe(true);
    expect(isEmptyMarker("Nothing to add here")).toBe(false);
    expect(["[R-XX-01]", "[1-5]", "<owner>", "TBD", "xxx"].every(isPlaceholder)).toBe(true);
    expect(isPlaceholder("R-01")).toBe(false);
  });
});
