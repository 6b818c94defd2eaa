import { describe, expect, it } from "vitest";
import { dateCell } from "../../../shared/file-reader/grid";
import { inferDateOrder, isoToSerial, normaliseDate, parseDateText, serialToIso } from "../../../shared/import/normalise/date";

const dmy = { order: "dmy" as const, orderKnown: true };
const iso = (text: string, order: "dmy" | "mdy" = "dmy") => parseDateText(text, order)?.iso;

describe("serial dates", () => {
  it("converts Excel serials both ways, including the 1900 leap-year quirk", () => {
    expect(serialToIso(46203)).toBe("2026-06-30");
    expect(serialToIso(1)).toBe("1900-01-01");
    expect(serialToIso(59)).toBe("1900-02-28");
    expect(serialToIso(61)).toBe("1900-03-01");
    expect(serialToIso(60)).toBeUndefined();
    expect(isoToSerial("2026-06-30")).toBe(46203);
    expect(isoToSerial("1900-01-01")).toBe(1);
  });

  it("reads a date cell, ignoring the time of day", () => {
    const out = normaliseDate(dateCell(46203.75), dmy);
    expect(out).toMatchObject({ kind: "value", value: "2026-06-30" });
  });

  it("reports a year typed into a date cell (shown as 1905) instead of guessing", () => {
    const out = normaliseDate(dateCell(2024), dmy);
    expect(out).toMatchObject({ kind: "invalid", code: "date-looks-like-year" });
  });
});

describe("text dates", () => {
  it("reads ISO, numeric and named-month dates", () => {
    expect(iso("2026-06-30")).toBe("2026-06-30");
    expect(iso("2026-06-30T00:00:00Z")).toBe("2026-06-30");
    expect(iso("30/06/2026")).toBe("2026-06-30");
    expect(iso("30.06.2026")).toBe("2026-06-30");
    expect(iso("6/30/2026")).toBe("2026-06-30");
    expect(iso("30-Jun-26")).toBe("2026-06-30");
    expect(iso("30 June 2026")).toBe("2026-06-30");
    expect(iso("June 30th, 2026")).toBe("2026-06-30");
  });

  it("reads month names in seven languages", () => {
    expect(iso("30 juin 2026")).toBe("2026-06-30");
    expect(iso("1. März 2026")).toBe("2026-03-01");
    expect(iso("30 de junio de 2026")).toBe("2026-06-30");
    expect(iso("15 settembre 2026")).toBe("2026-09-15");
    expect(iso("3 mei 2026")).toBe("2026-05-03");
    expect(iso("15 de março de 2026")).toBe("2026-03-15");
    expect(iso("1 janv. 2026")).toBe("2026-01-01");
  });

  it("reads month names in every language of the importer, in the case dates use", () => {
    const cases: [string, string][] = [
      ["15 януари 2026", "2026-01-15"], // Bulgarian
      ["15. veljače 2026.", "2026-02-15"], // Croatian
      ["15. března 2026", "2026-03-15"], // Czech
      ["15. marts 2026", "2026-03-15"], // Danish
      ["15. aprill 2026", "2026-04-15"], // Estonian
      ["15. toukokuuta 2026", "2026-05-15"], // Finnish
      ["15 Ιουνίου 2026", "2026-06-15"], // Greek
      ["2026. július 15.", "2026-07-15"], // Hungarian, year first
      ["15 Lúnasa 2026", "2026-08-15"], // Irish (September and October are two words: not read)
      ["2026. gada 15. septembrī", "2026-09-15"], // Latvian
      ["2026 m. spalio 15 d.", "2026-10-15"], // Lithuanian
      ["15 ta' Novembru 2026", "2026-11-15"], // Maltese
      ["15 Diċembru 2026", "2026-12-15"], // Maltese
      ["15 stycznia 2026", "2026-01-15"], // Polish
      ["15 februarie 2026", "2026-02-15"], // Romanian
      ["15. marca 2026", "2026-03-15"], // Slovak
      ["15. aprila 2026", "2026-04-15"], // Slovenian
      ["15 maj 2026", "2026-05-15"], // Swedish, Danish
      ["15. desember 2026", "2026-12-15"], // Norwegian
      ["15 Ağustos 2026", "2026-08-15"], // Turkish
      ["15 Mayıs 2026", "2026-05-15"], // Turkish
      ["2026年3月15日", "2026-03-15"], // Japanese, Chinese
      ["2026년 3월 15일", "2026-03-15"], // Korean
      ["2026年3月", "2026-03-31"],
    ];
    for (const [text, expected] of cases) expect(iso(text), text).toBe(expected);
  });

  it("leaves a month word two languages read differently unread, rather than guessing", () => {
    // "listopad": November in Polish and Czech, October in Croatian.
    expect(iso("15 listopad 2026")).toBeUndefined();
    expect(iso("15 listopadu 2026")).toBe("2026-11-15"); // Czech genitive, unambiguous
    expect(iso("15 srp 2026")).toBeUndefined(); // Croatian July, Czech August
  });

  it("reads months, quarters and years as the end of the period, with a note", () => {
    expect(parseDateText("Jun 2026")).toEqual({ iso: "2026-06-30", precision: "month" });
    expect(parseDateText("06/2026")).toEqual({ iso: "2026-06-30", precision: "month" });
    expect(parseDateText("Q3 2026")).toEqual({ iso: "2026-09-30", precision: "quarter" });
    expect(parseDateText("H1 2027")).toEqual({ iso: "2027-06-30", precision: "half" });
    expect(parseDateText("2026")).toEqual({ iso: "2026-12-31", precision: "year" });
    const out = normaliseDate("Dec 2026", dmy);
    expect(out).toMatchObject({ kind: "value", value: "2026-12-31", notes: [{ code: "date-partial", severity: "info" }] });
  });

  it("uses the column's evidence for day/month order, and warns when there is none", () => {
    expect(inferDateOrder(["8/29/2023", "7/1/2023"])).toBe("mdy");
    expect(inferDateOrder(["29/08/2023", "01/07/2023"])).toBe("dmy");
    expect(inferDateOrder(["01/07/2023"])).toBeUndefined();
    expect(iso("03/04/2026", "mdy")).toBe("2026-03-04");
    const out = normaliseDate("03/04/2026", { order: "dmy", orderKnown: false });
    expect(out).toMatchObject({ kind: "value", value: "2026-04-03", notes: [{ code: "date-ambiguous" }] });
  });

  it("rejects impossible dates", () => {
    expect(iso("31/02/2026")).toBeUndefined();
    expect(iso("2026-13-01")).toBeUndefined();
    expect(iso("32/13/2026")).toBeUndefined();
  });

  it("splits a date from a status in one cell, passing the status on", () => {
    const out = normaliseDate("Jun 2026 — ACTIVE", dmy);
    expect(out).toMatchObject({ kind: "value", value: "2026-06-30", rest: "ACTIVE" });
    expect(normaliseDate("CLOSED | 15/01/2026", dmy)).toMatchObject({ kind: "value", value: "2026-01-15", rest: "CLOSED" });
  });

  it("keeps a remark in brackets apart from the date", () => {
    expect(normaliseDate("2024-10-16 (pilot licences assigned)", dmy)).toMatchObject({
      kind: "value",
      value: "2024-10-16",
      rest: "pilot licences assigned",
    });
  });

  it("reports text that is no date, and reads empty markers and template text as empty", () => {
    expect(normaliseDate("v1.1 release", dmy)).toMatchObject({ kind: "invalid", code: "date-unreadable" });
    expect(normaliseDate("N/A", dmy).kind).toBe("empty");
    expect(normaliseDate("[DD Mon YYYY]", dmy).kind).toBe("empty");
    expect(normaliseDate("TBD", dmy).kind).toBe("empty");
  });

  it("reads a typed year number as the end of that year", () => {
    expect(normaliseDate(2026, dmy)).toMatchObject({ kind: "value", value: "2026-12-31" });
  });
});
