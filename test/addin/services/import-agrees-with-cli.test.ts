/**
 * The add-in's Import and `crosswalk import` give the same result for the same file: over every
 * case of the import corpus (the samples and each hand-made fixture), the pane's engine picks the
 * sheet the CLI picks and reads it as the same kind, header row, fields and record count.
 */
import { describe, expect, it } from "vitest";
import { createImportEngine } from "../../../addin/services/import-wizard";
import { sharedWorkbookLayout } from "../../../addin/setup/shared-layout";
import { importWorkbook } from "../../../shared/import/import-workbook";
import { layoutForKind } from "../../../shared/layout/index";
import { CORPUS, load } from "../../shared/import/corpus-cases";

const engine = createImportEngine(sharedWorkbookLayout());

describe("the add-in's Import agrees with crosswalk import", () => {
  it.each(CORPUS.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const workbook = load(c);
    const cli = importWorkbook(workbook, c.options);
    if (!cli.ok) throw new Error(cli.message);
    const chosen = cli.chosen;

    // The pane lists a file's sheets with data and starts on the one the engine chooses.
    const sheet = c.options?.sheet ?? engine.chooseSheet(workbook.sheets.filter((s) => s.values.length > 0));
    const grid = workbook.sheets.find((s) => s.name.toLowerCase() === sheet?.toLowerCase());
    if (!grid) throw new Error(`the pane chose no sheet (${String(sheet)})`);
    const analysis = engine.analyse(grid);
    const fields = (columns: readonly { readonly field: string | null }[]) => [...new Set(columns.flatMap((col) => (col.field === null ? [] : [col.field])))].sort();

    expect({ sheet: grid.name, kind: analysis.kind, fields: fields(analysis.columns) }).toEqual({ sheet: chosen.sheet, kind: chosen.kind, fields: fields(chosen.columns) });
    if (chosen.kind === "unknown") {
      // Declined or not recognised: the pane says what the CLI says.
      expect(analysis.explanation).toBe(chosen.explanation);
      return;
    }
    expect(analysis.headerRow + 1).toBe(chosen.headerRow);
    if (layoutForKind(chosen.kind) === undefined) return; // a control library previews as SoA rows
    expect(engine.preview(grid, {}).rows).toHaveLength(chosen.stats.records);
  }, 60_000);

  it("starts on the register, not on the fullest sheet: a long instructions sheet before a short register", () => {
    const instructions = { name: "Instructions", values: Array.from({ length: 40 }, (_, i) => [`Step ${i + 1}`, "Fill in one row per risk, rating likelihood and impact from 1 to 5.", "See the legend."]) };
    const register = {
      name: "Risks",
      values: [
        ["Risk ID", "Risk title", "Owner", "Likelihood", "Impact"],
        ["R-1", "Model drift", "Ana", 3, 4],
        ["R-2", "Biased outcomes", "Ben", 2, 5],
      ],
    };
    const sheets = [instructions, register];
    const cli = importWorkbook({ sheets });
    expect(cli.ok && cli.chosen.sheet).toBe("Risks");
    expect(engine.chooseSheet(sheets)).toBe("Risks");
  });
});
