import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { itemsOf } from "../../../shared/catalog/catalogs";
import { FRAMEWORKS } from "../../../shared/catalog/framework";
import { parseId } from "../../../shared/ids/parse";

function idOf(input: unknown, framework?: (typeof FRAMEWORKS)[number]): string {
  const r = parseId(input, framework ? { framework } : {});
  return r.ok ? r.id : `!${r.code}`;
}

describe("parseId reads AI RMF ids in every written form", () => {
  it.each([
    ["GOVERN 1.1"], ["GV-1.1"], ["GV 1.1"], ["gv1.1"], ["Govern 1.1"], ["GOVERN1.1"], ["govern-1.1"], ["GV.1.1"],
    ["MAP 1.1:".replace("MAP 1.1", "GOVERN 1.1")], [" GOVERN 1.1 "], ["GOVERN\u00a01.1"], ["GV\u20131.1"], ["AIRMF:GOVERN 1.1"], ["AI RMF GOVERN 1.1"],
  ])("%j → AIRMF:GOVERN 1.1", (input) => {
    expect(idOf(input)).toBe("AIRMF:GOVERN 1.1");
  });

  it("reads the design's examples", () => {
    expect(idOf("MAP 1.1:")).toBe("AIRMF:MAP 1.1");
    expect(idOf("MS-2.11")).toBe("AIRMF:MEASURE 2.11");
    expect(idOf("MG 4.3")).toBe("AIRMF:MANAGE 4.3");
  });

  it("reads functions and categories too", () => {
    expect(idOf("Govern")).toBe("AIRMF:GOVERN");
    expect(idOf("GV-1")).toBe("AIRMF:GOVERN 1");
  });

  it("reads an AI 600-1 action id as its subcategory and says so", () => {
    const r = parseId("GV-1.1-001");
    expect(r.ok && r.id).toBe("AIRMF:GOVERN 1.1");
    expect(r.ok && r.correction).toMatch(/600-1 action/);
  });
});

describe("parseId reads ISO ids", () => {
  it("reads Annex A controls shared by two standards in the framework asked for", () => {
    expect(idOf("A.5.2", "iso42001")).toBe("ISO42001:A.5.2");
    expect(idOf("A.5.2", "iso27001")).toBe("ISO27001:A.5.2");
    expect(idOf("a5.2", "iso27001")).toBe("ISO27001:A.5.2");
    expect(idOf("Annex A.6.2.4", "iso42001")).toBe("ISO42001:A.6.2.4");
  });

  it("calls a bare id that two standards share ambiguous and offers both", () => {
    const r = parseId("A.5.2");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe("id.ambiguous");
      expect(r.suggestions).toEqual(["ISO42001:A.5.2", "ISO27001:A.5.2"]);
    }
  });

  it("reads Annex B guidance numbers as the Annex A control of ISO 42001 and notes it", () => {
    const r = parseId("B.6.2.4");
    expect(r.ok && r.id).toBe("ISO42001:A.6.2.4");
    expect(r.ok && r.correction).toMatch(/Annex B/);
    expect(idOf("B.6.2.4", "iso27001")).toBe("!id.unrecognised");
  });

  it("reads clauses with or without a word before them", () => {
    expect(idOf("Clause 6.1.2", "iso42001")).toBe("ISO42001:6.1.2");
    expect(idOf("§ 9.3.2", "iso27001")).toBe("ISO27001:9.3.2");
    expect(idOf("ISO/IEC 42001:2023 6.1.4")).toBe("ISO42001:6.1.4");
    expect(idOf("ISO27001:A.8.34")).toBe("ISO27001:A.8.34");
  });

  it("mends a dropped dot such as the crosswalk's printed \"72\"", () => {
    const r = parseId("72", { framework: "iso42001" });
    expect(r.ok && r.id).toBe("ISO42001:7.2");
    expect(r.ok && r.correction).toMatch(/dropped dot/);
  });

  it("recovers ids that Excel turned into dates or numbers", () => {
    // 6.1.2 typed in a day-first locale becomes 6 January 2002.
    expect(idOf(new Date(Date.UTC(2002, 0, 6)), "iso42001")).toBe("ISO42001:6.1.2");
    expect(idOf("2002-01-06", "iso42001")).toBe("ISO42001:6.1.2");
    // Excel serial 37262 is 2002-01-06.
    expect(idOf(37262, "iso42001")).toBe("ISO42001:6.1.2");
    // 9.2.1 year-first: 2009-02-01.
    expect(idOf(new Date(Date.UTC(2009, 1, 1)), "iso27001")).toBe("ISO27001:9.2.1");
    expect(idOf(6.1, "iso27001")).toBe("ISO27001:6.1");
    const r = parseId(new Date(Date.UTC(2010, 0, 1)), { framework: "iso27001" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/date Excel made of an id \("10\.1\.1"/);
  });
});

describe("parseId reads SP 800-53 ids", () => {
  it.each([["AC-2"], ["ac-2"], ["AC 2"], ["AC-02"], ["SP800-53:AC-2"], ["NIST SP 800-53 AC-2"]])("%j → SP800-53:AC-2", (input) => {
    expect(idOf(input)).toBe("SP800-53:AC-2");
  });

  it("reads control enhancements written with or without spaces", () => {
    expect(idOf("AC-2(12)")).toBe("SP800-53:AC-2(12)");
    expect(idOf("ac-2 ( 12 )")).toBe("SP800-53:AC-2(12)");
  });
});

describe("parseId reports what it cannot read", () => {
  it("says an empty cell is empty", () => {
    for (const empty of ["", "   ", null, undefined]) expect(idOf(empty)).toBe("!id.empty");
  });

  it("suggests near misses for a typo", () => {
    const r = parseId("GOVREN 1.1");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.suggestions[0]).toBe("AIRMF:GOVERN 1.1");
  });

  it("tells a well-formed but unknown id from something that is not an id", () => {
    const unknown = parseId("A.5.38", { framework: "iso27001" });
    expect(unknown.ok || unknown.code).toBe("id.unknown");
    if (!unknown.ok) expect(unknown.suggestions).toContain("ISO27001:A.5.37");
    expect(idOf("GOVERN 7.1")).toBe("!id.unknown");
    expect(idOf("hello world")).toBe("!id.unrecognised");
    expect(idOf(true)).toBe("!id.unrecognised");
    expect(idOf({})).toBe("!id.unrecognised");
    expect(idOf("x".repeat(32767))).toBe("!id.unrecognised");
  });
});

describe("parseId properties", () => {
  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string(), fc.date({ noInvalidDate: false }), fc.double()), fc.constantFrom(undefined, ...FRAMEWORKS), (input, framework) => {
        const r = parseId(input, framework ? { framework } : {});
        expect(typeof r.ok).toBe("boolean");
      }),
      { numRuns: 2000 },
    );
  });

  it("reads every catalog id back to itself, namespaced or bare in its framework", () => {
    for (const framework of FRAMEWORKS) {
      for (const item of itemsOf(framework)) {
        expect(idOf(item.id)).toBe(item.id);
        expect(idOf(item.ref, framework)).toBe(item.id);
      }
    }
  });

  it("is idempotent: the canonical id it returns parses to itself", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (input) => {
        const r = parseId(input);
        if (r.ok) expect(idOf(r.id)).toBe(r.id);
      }),
    );
  });

  it("only suggests ids that exist and that it reads back", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z]{1,7}[ .-]?\d{1,2}(\.\d{1,2}){0,2}$/), (input) => {
        const r = parseId(input);
        if (!r.ok) for (const s of r.suggestions) expect(idOf(s)).toBe(s);
      }),
    );
  });
});

describe("parseId reads SP 800-53 enhancements as people write them", () => {
  it.each([["AC-2(1)"], ["AC-2 (1)"], ["AC-02(01)"], ["ac-2.1"], ["AC 2(1)"], ["SP 800-53 AC-2(1)"], ["SP800-53:AC-2(1)"], ["NIST SP 800-53 Rev. 5 AC-2 (1)"]])("%j → SP800-53:AC-2(1)", (input) => {
    expect(idOf(input)).toBe("SP800-53:AC-2(1)");
  });

  it("keeps the canonical forms of base controls and two-digit enhancements", () => {
    expect(idOf("AC-2 (12)")).toBe("SP800-53:AC-2(12)");
    expect(idOf("AC-02")).toBe("SP800-53:AC-2");
    expect(idOf("SI-7")).toBe("SP800-53:SI-7");
    expect(idOf("AU-10")).toBe("SP800-53:AU-10");
  });

  it("calls an enhancement that does not exist unknown, suggesting near ones", () => {
    const r = parseId("AC-2(99)");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.code).toBe("id.unknown");
  });
});

describe("parseId reads ISO/IEC 27001:2013 ids", () => {
  it("reads the namespaced forms", () => {
    expect(idOf("ISO27001-2013:A.12.4.1")).toBe("ISO27001-2013:A.12.4.1");
    expect(idOf("ISO/IEC 27001:2013 A.12.4.1")).toBe("ISO27001-2013:A.12.4.1");
    expect(idOf("A.12.4.1", "iso27001-2013")).toBe("ISO27001-2013:A.12.4.1");
  });

  it("falls back to the 2013 edition for a bare id no current framework has, and says so", () => {
    const r = parseId("A.12.4.1");
    expect(r.ok && r.id).toBe("ISO27001-2013:A.12.4.1");
    expect(r.ok && r.correction).toMatch(/27001:2013/);
  });

  it("never lets the 2013 edition make a current bare id ambiguous", () => {
    expect(idOf("A.6.1.2")).toBe("ISO42001:A.6.1.2");
    expect(idOf("A.8.15")).toBe("ISO27001:A.8.15");
    expect(idOf("ISO 27001 A.5.1")).toBe("ISO27001:A.5.1");
  });
});
