import { describe, expect, it } from "vitest";
import { normaliseRating, ratingScaleOf } from "../../../shared/import/normalise/rating";
import { MATRIX_3X3 } from "../../../shared/scoring/presets";

const five = { levels: 5 };
const three = { levels: 3 };
const read = (cell: Parameters<typeof normaliseRating>[0], scale = five) => {
  const out = normaliseRating(cell, scale);
  return out.kind === "value" ? out.value : out.kind;
};

describe("normaliseRating", () => {
  it("reads numbers and numeric text", () => {
    expect(read(3)).toBe(3);
    expect(read("4")).toBe(4);
    expect(read(" 2 ")).toBe(2);
    expect(read("3.0")).toBe(3);
  });

  it("reads a number with its echo or label in brackets, as registers print scores", () => {
    expect(read("12 (12)")).toBe(12);
    expect(read("3 (Possible)")).toBe(3);
    expect(read("High (4)")).toBe(4);
    expect(read("3 - Possible")).toBe(3);
    expect(read("4/5")).toBe(4);
  });

  it("warns when the number and the word disagree, keeping the number", () => {
    const out = normaliseRating("2 - Almost certain", five);
    expect(out.kind).toBe("value");
    if (out.kind === "value") {
      expect(out.value).toBe(2);
      expect(out.notes?.[0]?.code).toBe("rating-disagrees");
    }
  });

  it("reads English scale words on a five-level scale", () => {
    expect(["Rare", "Unlikely", "Possible", "Likely", "Almost certain"].map((w) => read(w))).toEqual([1, 2, 3, 4, 5]);
    expect(["Negligible", "Minor", "Moderate", "Major", "Severe"].map((w) => read(w))).toEqual([1, 2, 3, 4, 5]);
  });

  it("reads low/medium/high as 1–3 on a three-level scale", () => {
    expect(["Low", "Medium", "High"].map((w) => read(w, three))).toEqual([1, 2, 3]);
  });

  it("reads translated and inflected words", () => {
    expect(read("Élevée")).toBe(4);
    expect(read("très élevé")).toBe(5);
    expect(read("hohe")).toBe(4);
    expect(read("Mittlere")).toBe(3);
    expect(read("geringe")).toBe(2);
    expect(read("Muy alta")).toBe(5);
    expect(read("bassa")).toBe(2);
    expect(read("zeer hoog")).toBe(5);
    expect(read("média")).toBe(3);
    expect(read("Probable")).toBe(4);
  });

  it("reads the workbook matrix's own labels and synonyms first", () => {
    const scale = ratingScaleOf(MATRIX_3X3.likelihood);
    expect(read("Possible", scale)).toBe(2);
    expect(read("H", scale)).toBe(3);
  });

  it("refuses fractions, dates and unknown words with a hint", () => {
    expect(read(2.5)).toBe("invalid");
    expect(read("2.5")).toBe("invalid");
    expect(read({ kind: "date", serial: 46000 })).toBe("invalid");
    const out = normaliseRating("sometimes", five);
    expect(out.kind).toBe("invalid");
    if (out.kind === "invalid") expect(out.hint).toMatch(/1–5/);
  });

  it("reads template placeholders and empty markers as empty", () => {
    expect(read("[1-5]")).toBe("empty");
    expect(read("—")).toBe("empty");
    expect(read(null)).toBe("empty");
  });
});
