import { describe, expect, it } from "vitest";
import iso27001 from "../../../shared/catalog/data/iso27001.json";
import iso27001Of2013 from "../../../shared/catalog/data/iso27001-2013.json";
import iso42001 from "../../../shared/catalog/data/iso42001.json";
import editions from "../../../shared/crosswalk/data/iso27001-2013-iso27001.json";
import airc from "../../../shared/crosswalk/data/ai-rmf-iso42001.airc.json";
import { itemsOf } from "../../../shared/catalog/catalogs";
import { defaultCrosswalk } from "../../../shared/crosswalk/default-graph";

/**
 * The ISO rule: from ISO/IEC 42001 and 27001 we ship ids and short titles only — never ISO
 * text, never the intuitem paraphrases. These checks fail if someone adds either.
 */
const SHORT_TITLE_MAX = 80;
const PARAPHRASE_MARKERS = [/\bshall\b/i, /\bshould\b/i, /this control/i, /^the organi[sz]ation\b/i, /ensures? that/i, /\.\s*$/];

describe("ISO content shipped", () => {
  const isoFiles = { iso42001, iso27001, iso27001Of2013 };

  it("has only ids, kinds, parents and titles in the ISO catalog files", () => {
    for (const [name, file] of Object.entries(isoFiles)) {
      for (const item of file.items) {
        expect(Object.keys(item).sort(), `${name} ${item.ref}`).toEqual(
          Object.keys(item).filter((k) => ["ref", "kind", "title", "parent"].includes(k)).sort(),
        );
      }
    }
  });

  it("keeps every ISO title short, single-line and free of requirement or paraphrase wording", () => {
    for (const framework of ["iso42001", "iso27001", "iso27001-2013"] as const) {
      for (const item of itemsOf(framework)) {
        expect(item.title.length, item.id).toBeLessThanOrEqual(SHORT_TITLE_MAX);
        expect(item.title, item.id).not.toMatch(/\n/);
        for (const marker of PARAPHRASE_MARKERS) expect(item.title, item.id).not.toMatch(marker);
        expect(item.statement, item.id).toBeUndefined();
      }
    }
  });

  it("ships crosswalk titles from the AIRC table as short titles only", () => {
    for (const edge of airc.edges) expect(edge.printedTitle.length, `${edge.from}→${edge.to}`).toBeLessThanOrEqual(SHORT_TITLE_MAX);
  });

  it("keeps the 2013 → 2022 correspondence to ids and relationship types", () => {
    for (const edge of editions.edges) expect(Object.keys(edge).sort()).toEqual(["from", "relationship", "to"]);
  });

  it("writes rationales for ISO edges in short sentences of our own, not ISO text", () => {
    for (const edge of defaultCrosswalk().edges) {
      if (!edge.rationale) continue;
      expect(edge.rationale.length, `${edge.from}→${edge.to}`).toBeLessThanOrEqual(200);
      expect(edge.rationale).not.toMatch(/\bshall\b/i);
    }
  });
});
