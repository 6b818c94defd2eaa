import { describe, expect, it } from "vitest";
import { type GridValue, dateCell, errorCell } from "../../../shared/file-reader/grid";
import { importSheet } from "../../../shared/import/import-sheet";
import type { SheetImport } from "../../../shared/import/import-result";
import { isoToSerial } from "../../../shared/import/normalise/date";
import { deepFreeze, grid } from "./grids";

function fields(result: SheetImport): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const c of result.columns) if (c.field) out[c.field] = c.column;
  return out;
}

function codes(result: SheetImport): string[] {
  return result.issues.map((i) => i.code);
}

describe("header detection", () => {
  it("finds a header below banner rows, starting in column B, with line breaks and hints in the cells", () => {
    const result = importSheet(
      grid(
        [
          [null, "ACME AI RISK REGISTER 2026"],
          [null, "Owner: Risk Office  |  Version 3  |  Confidential"],
          [],
          [null, "Risk ID", "Risk title", "Likelihood\n(1 = rare … 5 = almost certain)", "Impact\n(1-5)", "Risk owner\n(a named person, not a team)", "Treatment", "Next review"],
          [null, "R-01", "Model drift", 3, 4, "Ann Lee", "Mitigate", "2026-09-30"],
          [null, "R-02", "Prompt injection", "Likely", "Major", "Bo Chen", "Accept", "30/06/2026"],
        ],
        { merges: [{ startRow: 0, startColumn: 1, endRow: 0, endColumn: 7 }] },
      ),
    );
    expect(result.kind).toBe("risk-register");
    expect(result.headerRow).toBe(4);
    expect(fields(result)).toMatchObject({
      id: "B",
      title: "C",
      inherentLikelihood: "D",
      inherentImpact: "E",
      owner: "F",
      treatment: "G",
      reviewDate: "H",
    });
    expect(result.records).toEqual([
      { sourceRow: 5, id: "R-01", title: "Model drift", inherentLikelihood: 3, inherentImpact: 4, owner: "Ann Lee", treatment: "mitigate", reviewDate: "2026-09-30" },
      { sourceRow: 6, id: "R-02", title: "Prompt injection", inherentLikelihood: 4, inherentImpact: 4, owner: "Bo Chen", treatment: "accept", reviewDate: "2026-06-30" },
    ]);
  });

  it("combines a merged two-row header: group labels over likelihood and impact", () => {
    const result = importSheet(
      grid(
        [
          ["ID", "Risk", "Inherent risk", null, "Residual risk", null, "Owner"],
          [null, null, "Likelihood", "Impact", "Likelihood", "Impact", null],
          ["R1", "Bias in scoring", 4, 5, 2, 3, "Kim"],
        ],
        {
          merges: [
            { startRow: 0, startColumn: 2, endRow: 0, endColumn: 3 },
            { startRow: 0, startColumn: 4, endRow: 0, endColumn: 5 },
            { startRow: 0, startColumn: 0, endRow: 1, endColumn: 0 },
            { startRow: 0, startColumn: 1, endRow: 1, endColumn: 1 },
            { startRow: 0, startColumn: 6, endRow: 1, endColumn: 6 },
          ],
        },
      ),
    );
    expect(result.kind).toBe("risk-register");
    expect(result.headerRow).toBe(2);
    expect(fields(result)).toMatchObject({ inherentLikelihood: "C", inherentImpact: "D", residualLikelihood: "E", residualImpact: "F", owner: "G" });
    expect(result.records[0]).toMatchObject({ sourceRow: 3, inherentLikelihood: 4, inherentImpact: 5, residualLikelihood: 2, residualImpact: 3 });
  });

  it("combines a two-row header without merge information (as saved to CSV)", () => {
    const result = importSheet(
      grid([
        ["Risk ID", "Description", "Gross risk", "", "Net risk", "", "Owner"],
        ["", "", "Probability", "Severity", "Probability", "Severity", ""],
        ["R1", "Data leak", "5", "4", "3", "4", "Ann"],
      ]),
    );
    expect(fields(result)).toMatchObject({ inherentLikelihood: "C", inherentImpact: "D", residualLikelihood: "E", residualImpact: "F" });
    expect(result.records[0]).toMatchObject({ inherentLikelihood: 5, inherentImpact: 4, residualLikelihood: 3, residualImpact: 4 });
  });

  it("reads single-letter L and I columns under group labels, and leaves score columns unmapped", () => {
    const result = importSheet(
      grid([
        ["Risk ID", "Inherent risk", "", "", "Residual risk", "", ""],
        ["", "L", "I", "Score (L × I)", "L", "I", "Likelihood x Impact"],
        ["R1", 4, 5, 20, 2, 3, 6],
      ]),
    );
    expect(fields(result)).toEqual({ id: "A", inherentLikelihood: "B", inherentImpact: "C", residualLikelihood: "E", residualImpact: "F" });
  });

  it("reads a grid that starts further down the sheet, naming cells as Excel shows them", () => {
    const result = importSheet(
      grid(
        [
          ["Risk ID", "Likelihood", "Impact", "Owner"],
          ["R1", 9, 2, null],
        ],
        { origin: { row: 3, column: 2 } },
      ),
    );
    expect(result.headerRow).toBe(4);
    expect(result.columns.map((c) => c.column)).toEqual(["C", "D", "E", "F"]);
    expect(result.records[0]?.sourceRow).toBe(5);
  });
});

describe("languages", () => {
  const cases: { lang: string; header: string[]; row: GridValue[] }[] = [
    {
      lang: "French",
      header: ["N° du risque", "Description du risque", "Probabilité", "Gravité", "Probabilité résiduelle", "Gravité résiduelle", "Propriétaire du risque", "Traitement", "Échéance"],
      row: ["R-1", "Biais", "Élevée", "Majeur", "Faible", "Modéré", "Mme Dupont", "Réduire", "30 juin 2026"],
    },
    {
      lang: "German",
      header: ["Risiko-ID", "Risikobeschreibung", "Eintrittswahrscheinlichkeit", "Schadensausmaß", "Netto-Eintrittswahrscheinlichkeit", "Netto-Schadensausmaß", "Risikoeigner", "Risikobehandlung", "Fälligkeit"],
      row: ["R-1", "Verzerrung", "hoch", "erheblich", "gering", "mittel", "Fr. Müller", "Mindern", "30.06.2026"],
    },
    {
      lang: "Spanish",
      header: ["ID del riesgo", "Descripción del riesgo", "Probabilidad", "Impacto", "Probabilidad residual", "Impacto residual", "Propietario del riesgo", "Tratamiento", "Fecha límite"],
      row: ["R-1", "Sesgo", "Alta", "Mayor", "Baja", "Moderado", "Sra. García", "Mitigar", "30/06/2026"],
    },
    {
      lang: "Italian",
      header: ["ID rischio", "Descrizione del rischio", "Probabilità", "Impatto", "Probabilità residua", "Impatto residuo", "Responsabile", "Trattamento", "Scadenza"],
      row: ["R-1", "Distorsione", "Alta", "Maggiore", "Bassa", "Moderato", "Sig.ra Rossi", "Ridurre", "30/06/2026"],
    },
    {
      lang: "Dutch",
      header: ["Risico-ID", "Risicobeschrijving", "Kans", "Impact", "Restkans", "Restimpact", "Risico-eigenaar", "Behandeling", "Streefdatum"],
      row: ["R-1", "Vooringenomenheid", "Hoog", "Groot", "Laag", "Gemiddeld", "Mw. de Vries", "Verminderen", "30-06-2026"],
    },
    {
      lang: "Portuguese",
      header: ["ID do risco", "Descrição do risco", "Probabilidade", "Impacto", "Probabilidade residual", "Impacto residual", "Proprietário do risco", "Tratamento", "Prazo"],
      row: ["R-1", "Viés", "Alta", "Maior", "Baixa", "Moderado", "Sra. Silva", "Mitigar", "30/06/2026"],
    },
  ];

  for (const { lang, header, row } of cases) {
    it(`reads a ${lang} risk register`, () => {
      const result = importSheet(grid([header, row]));
      expect(result.kind).toBe("risk-register");
      expect(fields(result)).toEqual({
        id: "A",
        description: "B",
        inherentLikelihood: "C",
        inherentImpact: "D",
        residualLikelihood: "E",
        residualImpact: "F",
        owner: "G",
        treatment: "H",
        dueDate: "I",
      });
      expect(result.records[0]).toMatchObject({
        id: "R-1",
        inherentLikelihood: 4,
        inherentImpact: 4,
        residualLikelihood: 2,
        residualImpact: 3,
        treatment: "mitigate",
        dueDate: "2026-06-30",
      });
    });
  }

  it("reads a German Statement of Applicability", () => {
    const result = importSheet(
      grid([
        ["Maßnahmen-Nr.", "Maßnahme", "Anwendbar", "Begründung", "Umsetzungsstatus", "Nachweise", "Verantwortlich"],
        ["A.2.2", "KI-Politik", "Ja", "Pflicht", "Umgesetzt", "Richtlinie v2", "CISO"],
        ["A.10.4", "Kunden", "Nein", "Keine Kunden", null, null, null],
      ]),
    );
    expect(result.kind).toBe("soa");
    expect(result.records).toEqual([
      { sourceRow: 2, controlId: "ISO42001:A.2.2", title: "KI-Politik", applicable: true, justification: "Pflicht", status: "implemented", evidence: ["Richtlinie v2"], owner: "CISO" },
      { sourceRow: 3, controlId: "ISO42001:A.10.4", title: "Kunden", applicable: false, justification: "Keine Kunden" },
    ]);
  });
});

describe("sheet kinds", () => {
  it("recognises a Statement of Applicability and reads N/A as not applicable", () => {
    const result = importSheet(
      grid([
        ["Control", "Control title", "Applicable (Y/N)", "Justification for inclusion / exclusion", "Implementation status", "Evidence", "Owner"],
        ["A.5.2", "AI system impact assessment process", " Y ", "Required by 6.1.4", "Implemented", "AIA procedure v1", "CISO"],
        ["A.6.2.4", "AI system verification and validation", "Y", "", "Partially implemented", "", ""],
        ["A.10.4", "Customers", "N/A", "", "", "", ""],
      ]),
    );
    expect(result.kind).toBe("soa");
    expect(result.records.map((r) => [r.controlId, r.applicable, r.status])).toEqual([
      ["ISO42001:A.5.2", true, "implemented"],
      ["ISO42001:A.6.2.4", true, "partially-implemented"],
      ["ISO42001:A.10.4", false, undefined],
    ]);
  });

  it("tells an ISO/IEC 27001 SoA by its control ids", () => {
    const result = importSheet(
      grid([
        ["Control ID", "Applicable", "Justification"],
        ["A.5.15", "Yes", "Access control"],
        ["A.8.24", "Yes", "Cryptography"],
      ]),
    );
    expect(result.records.map((r) => r.controlId)).toEqual(["ISO27001:A.5.15", "ISO27001:A.8.24"]);
  });

  it("recognises an AI system inventory", () => {
    const result = importSheet(
      grid([
        ["System ID", "AI system name", "Intended purpose", "Business owner", "Lifecycle stage", "Our role"],
        ["AI-1", "Credit scorer", "Scores loan applications", "Head of Credit", "In production", "Developer / Deployer"],
        ["AI-2", "Chat assistant", "Answers customer questions", "Head of Service", "Pilot", "Deployer"],
      ]),
    );
    expect(result.kind).toBe("ai-inventory");
    expect(result.records[0]).toEqual({ sourceRow: 2, id: "AI-1", name: "Credit scorer", purpose: "Scores loan applications", owner: "Head of Credit", stage: "operation", role: ["developer", "deployer"] });
    expect(result.records[1]).toMatchObject({ stage: "deployment", role: ["deployer"] });
  });

  it("recognises an impact assessment", () => {
    const result = importSheet(
      grid([
        ["Assessment ID", "AI System", "Affected parties", "Potential harm", "Severity", "Likelihood", "Mitigation measures", "Approved by", "Approval date"],
        ["AIA-1", "AI-1", "Applicants; Staff", "Unfair refusal", "High", "Possible", "Human review\nBias testing", "CRO", "01/03/2026"],
      ]),
    );
    expect(result.kind).toBe("impact-assessment");
    expect(result.records[0]).toMatchObject({
      id: "AIA-1",
      aiSystem: "AI-1",
      affectedParties: ["Applicants", "Staff"],
      impact: "Unfair refusal",
      severity: 4,
      likelihood: 3,
      measures: ["Human review", "Bias testing"],
      approver: "CRO",
      approvalDate: "2026-03-01",
    });
  });

  it("recognises an AI RMF profile", () => {
    const result = importSheet(
      grid([
        ["Subcategory", "Current state", "Target state", "Gap action", "Owner"],
        ["GV-1.1", "Initial", 3, "Map legal requirements", "Legal"],
        ["MAP 1.1", 2, "Managed", "", "Product"],
      ]),
    );
    expect(result.kind).toBe("ai-rmf-profile");
    expect(result.records.map((r) => [r.subcategory, r.current, r.target])).toEqual([
      ["AIRMF:GOVERN 1.1", 1, 3],
      ["AIRMF:MAP 1.1", 2, 4],
    ]);
  });

  it("says why a sheet is not recognised instead of guessing", () => {
    const result = importSheet(
      grid([
        ["Item", "Cost", "Quarter"],
        ["Laptops", 1200, "Q1"],
      ]),
    );
    expect(result.kind).toBe("unknown");
    expect(result.records).toEqual([]);
    expect(result.issues[0]).toMatchObject({ code: "sheet-not-recognised", severity: "error" });
    expect(result.explanation).toMatch(/"Item", "Cost", "Quarter"/);
    expect(result.explanation).toMatch(/--kind/);
  });

  it("names the two closest kinds in one sentence and what each lacks", () => {
    const result = importSheet(grid([["Risk owner", "Status", "Comments"], ["Ann", "Open", "x"]]));
    expect(result.kind).toBe("unknown");
    expect(result.explanation).toMatch(/The closest is an AI system inventory \(found system owner, .*; next comes a risk register \(found risk owner, status/);
    expect(result.explanation).toMatch(/needs likelihood and impact/);
  });

  it("reports an empty sheet", () => {
    expect(importSheet(grid([[], [null, "  "]]))).toMatchObject({ kind: "unknown", issues: [{ code: "sheet-empty" }] });
  });

  it("reads a sheet as the kind asked for, warning that it does not look like one", () => {
    const result = importSheet(grid([["Name", "Notes"], ["Credit scorer", "x"]]), { kind: "ai-inventory" });
    expect(result.kind).toBe("ai-inventory");
    expect(result.records[0]).toMatchObject({ name: "Credit scorer" });
    expect(codes(result)).toContain("kind-forced");
  });
});

describe("where the data ends", () => {
  const header = ["Risk ID", "Description", "Likelihood", "Impact", "Owner"];

  it("skips blank rows, section headings, summary, legend, template and attestation rows", () => {
    const result = importSheet(
      grid(
        [
          header,
          ["Security risks"],
          ["R-1", "Prompt injection", 4, 4, "Ann"],
          [],
          ["R-2", "Model theft", 2, 5, "Bo"],
          ["Total", null, 6, 9, null],
          ["TEMPLATE ROWS — copy for new risks"],
          ["[R-XX-01]", "[Description]", "[1-5]", "[1-5]", "[Named individual]"],
          ["I certify that this register is complete.", null, null, null, null],
          ["Signed: ____________  Date: ______"],
        ],
        { merges: [{ startRow: 1, startColumn: 0, endRow: 1, endColumn: 4 }] },
      ),
    );
    expect(result.records.map((r) => r.id)).toEqual(["R-1", "R-2"]);
    expect(result.stats).toEqual({ records: 2, skipped: 6 });
    expect(codes(result)).toEqual(expect.arrayContaining(["row-skipped-heading", "row-skipped-summary", "rows-after-end"]));
  });

  it("skips placeholder rows between records without ending the table", () => {
    const result = importSheet(grid([header, ["[R-XX-01]", "[Description]", "[1-5]", "[1-5]", "[Name]"], ["R-1", "Drift", 2, 2, "Ann"]]));
    expect(result.records.map((r) => r.id)).toEqual(["R-1"]);
    expect(codes(result)).toContain("row-skipped-placeholder");
  });

  it("does not read trailing rows of formulas without saved values as records", () => {
    const formulas = [undefined, undefined, undefined, undefined, undefined, undefined, ["", "", "", "", "", "C7*D7"], ["", "", "", "", "", "C8*D8"]];
    const result = importSheet(
      grid(
        [
          [...header, "Score"],
          ["R-1", "Drift", 2, 3, "Ann", 6],
          ["R-2", "Bias", 3, 3, "Bo", 9],
          [],
          [],
          [],
          [null, null, null, null, null, null],
          [null, null, null, null, null, null],
        ],
        { formulas },
      ),
    );
    expect(result.records.map((r) => r.id)).toEqual(["R-1", "R-2"]);
  });

  it("reports a formula with no saved value in a record, leaving the field empty", () => {
    const result = importSheet(
      grid([header, ["R-1", "Drift", null, 3, "Ann"]], { formulas: [undefined, [undefined, undefined, "VLOOKUP(B2,Scales!A:B,2,0)"]] }),
    );
    expect(result.records[0]).not.toHaveProperty("inherentLikelihood");
    expect(result.issues).toContainEqual(expect.objectContaining({ code: "formula-without-value", severity: "warning", cell: "C2" }));
  });

  it("skips a repeated header (printed page headers)", () => {
    const result = importSheet(grid([header, ["R-1", "Drift", 2, 3, "Ann"], header, ["R-2", "Bias", 3, 3, "Bo"]]));
    expect(result.records.map((r) => r.id)).toEqual(["R-1", "R-2"]);
    expect(codes(result)).toContain("row-skipped-repeated-header");
  });

  it("imports hidden rows and says so", () => {
    const result = importSheet(grid([header, ["R-1", "Drift", 2, 3, "Ann"], ["R-2", "Bias", 3, 3, "Bo"]], { hiddenRows: [2] }));
    expect(result.records).toHaveLength(2);
    expect(result.issues).toContainEqual(expect.objectContaining({ code: "row-hidden", cell: "A3" }));
  });
});

describe("values", () => {
  it("splits 'Jun 2026 — ACTIVE' into review date and status under a combined header", () => {
    const result = importSheet(
      grid([
        ["Risk ID", "Likelihood", "Impact", "Review Date / Status"],
        ["R-1", 2, 3, "Jun 2026 — ACTIVE"],
        ["R-2", 2, 3, "Dec 2026 — CLOSED (remediated)"],
        ["R-3", 2, 3, "v1.1 release — OPEN"],
      ]),
    );
    expect(result.columns.filter((c) => c.column === "D").map((c) => c.field)).toEqual(["reviewDate", "status"]);
    expect(result.records.map((r) => [r.reviewDate, r.status])).toEqual([
      ["2026-06-30", "open"],
      ["2026-12-31", "closed"],
      [undefined, "open"],
    ]);
    expect(result.issues).toContainEqual(expect.objectContaining({ code: "date-unreadable", cell: "D4" }));
    expect(result.records[2]?.extra).toEqual({ "Review Date / Status": "v1.1 release — OPEN" });
  });

  it("reads word scales of three levels as 1–3", () => {
    const result = importSheet(
      grid([
        ["Risk", "Likelihood", "Impact", "Owner", "Treatment"],
        ["Drift", "Low", "High", "Ann", "Mitigate"],
        ["Bias", "Medium", "Medium", "Bo", "Accept"],
      ]),
    );
    expect(result.records.map((r) => [r.inherentLikelihood, r.inherentImpact])).toEqual([
      [1, 3],
      [2, 2],
    ]);
  });

  it("recovers framework ids Excel turned into dates and reads lists of refs", () => {
    const result = importSheet(
      grid([
        ["Risk ID", "Likelihood", "Impact", "ISO 42001", "NIST AI RMF"],
        ["R-1", 3, 3, dateCell(isoToSerial("2002-01-06") ?? 0), "GV-1.1, MP-5.1"],
      ]),
    );
    expect(result.records[0]).toMatchObject({ iso42001Refs: ["ISO42001:6.1.2"], aiRmfRefs: ["AIRMF:GOVERN 1.1", "AIRMF:MAP 5.1"] });
    expect(codes(result)).toContain("ref-corrected");
  });

  it("keeps unmapped columns in extra, by header", () => {
    const result = importSheet(grid([["Risk ID", "Likelihood", "Impact", "Heat", "Heat"], ["R-1", 2, 2, "amber", "x"]]));
    expect(result.records[0]?.extra).toEqual({ Heat: "amber", "Heat (E)": "x" });
  });

  it("reports error cells and keeps their text", () => {
    const result = importSheet(grid([["Risk ID", "Likelihood", "Impact"], ["R-1", errorCell("#N/A"), 2]]));
    expect(result.issues).toContainEqual(expect.objectContaining({ code: "cell-error", cell: "B2" }));
    expect(result.records[0]?.extra).toEqual({ Likelihood: "#N/A" });
  });

  it("sets the treatment to accept when the status says the risk was accepted", () => {
    const result = importSheet(grid([["Risk ID", "Likelihood", "Impact", "Status"], ["R-1", 2, 2, "Accepted"]]));
    expect(result.records[0]).toMatchObject({ status: "monitoring", treatment: "accept" });
  });
});

describe("purity", () => {
  it("never modifies its input", () => {
    const input = deepFreeze(
      grid(
        [
          ["Risk ID", "Likelihood", "Impact", "Review Date / Status"],
          ["R-1", "3 (3)", "High", "Jun 2026 — ACTIVE"],
          ["Total", 3, null, null],
        ],
        { merges: [{ startRow: 0, startColumn: 0, endRow: 0, endColumn: 0 }], hiddenRows: [1], formulas: [[], [null, null, "1+1"]] },
      ),
    );
    const before = JSON.stringify(input);
    expect(() => importSheet(input)).not.toThrow();
    expect(JSON.stringify(input)).toBe(before);
  });

  it("gives the same result twice", () => {
    const input = grid([["Risk ID", "Likelihood", "Impact"], ["R-1", 2, 3]]);
    expect(importSheet(input)).toEqual(importSheet(input));
  });
});
