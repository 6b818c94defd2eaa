import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importWorkbook } from "../../../shared/import/import-workbook";
import { CORPUS, FIXTURES, IMPORT_FILES, load, SAMPLES } from "./corpus-cases";

describe("the import corpus", () => {
  it.each(CORPUS.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const outcome = importWorkbook(load(c), c.options);
    if (!outcome.ok) throw new Error(outcome.message);
    const result = outcome.chosen;
    const fields = [...new Set(result.columns.flatMap((column) => (column.field === null ? [] : [column.field])))].sort();
    expect({
      kind: result.kind,
      sheet: result.sheet,
      headerRow: result.headerRow,
      records: result.stats.records,
      fields,
      ...(result.template ? { template: result.template.id } : {}),
      ...(result.declined ? { declined: result.declined.what } : {}),
    }).toEqual({ ...c.expected, fields: [...c.expected.fields].sort() });
    expect(result.records).toHaveLength(c.expected.records);
  }, 60_000);

  it("has a case for every sample and import fixture file", () => {
    const named = new Set(CORPUS.flatMap((c) => (c.file ? [c.file] : [])));
    const files = [
      ...readdirSync(SAMPLES).filter((f) => !f.endsWith(".md")).map((f) => `samples/${f}`),
      ...readdirSync(IMPORT_FILES).filter((f) => /\.(?:csv|tsv|txt|xlsx|xlsm|xls|ods)$/i.test(f)).map((f) => `import/${f}`),
    ];
    expect(files.filter((f) => !named.has(f))).toEqual([]);
  });

  const handouts = join(__dirname, "../../../../shared/samples");
  it.skipIf(!existsSync(handouts))("has every handout sample copied into the fixtures", () => {
    const missing = readdirSync(handouts).filter((f) => !f.endsWith(".md") && !existsSync(join(SAMPLES, f)));
    expect(missing).toEqual([]);
  });
});
