/**
 * What the preview opens with: an in-memory workbook holding the kind of sheet a risk manager
 * already has (a legacy register with a banner, merged title and free-text scores), so import,
 * validation and crosswalk lookups can be tried without Excel.
 */
import { MemoryWorkbook } from "../../port/memory-workbook";

export function demoWorkbook(): MemoryWorkbook {
  // Typed formulas are calculated with the add-in's own CROSSWALK functions, loaded on first use.
  const wb = new MemoryWorkbook({ formulas: () => import("./preview-formulas").then((m) => m.evaluateFormula) });
  wb.addSheet(
    "Legacy Risks",
    [
      ["AI risk register — Payments team", null, null, null, null, null, null, null],
      ["Owner: Head of Risk. Reviewed quarterly.", null, null, null, null, null, null, null],
      ["Risk ref", "Risk description", "AI system", "Likelihood (1-5)", "Impact (1-5)", "Treatment", "Owner", "NIST AI RMF"],
      ["PAY-01", "Model drift causes false fraud declines", "Fraud scoring", 4, 3, "Mitigate", "J. Smith", "MEASURE 2.4"],
      ["PAY-02", "Training data includes personal data without consent", "Fraud scoring", 3, 5, "Mitigate", "A. Patel", "GV-1.1"],
      ["PAY-03", "Chatbot gives wrong refund advice", "Support assistant", 3, 3, "Accept", "", "MG-2.2"],
      ["PAY-04", "Vendor model changes without notice", "Support assistant", 2, 4, "Transfer", "L. Chen", "GOVERN 6.1"],
    ],
    { merges: [{ sheet: "Legacy Risks", row: 0, column: 0, rows: 1, columns: 8 }] },
  );
  return wb;
}
