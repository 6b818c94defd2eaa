import { describe, expect, it } from "vitest";
import { describeChange, describeValue, EMPTY, MAX_VALUE_CHARS } from "../../../shared/diff/describe-change";

describe("a changed field as a person reads it", () => {
  it("reads old → new with text, numbers and booleans as written", () => {
    expect(describeChange({ field: "owner", before: "Ana", after: "Ben" })).toBe("owner: Ana → Ben");
    expect(describeChange({ field: "likelihood", before: 3, after: 4 })).toBe("likelihood: 3 → 4");
    expect(describeChange({ field: "applicable", before: true, after: false })).toBe("applicable: true → false");
  });

  it("says (empty) for a field added, removed or blanked", () => {
    expect(describeChange({ field: "owner", after: "Ben" })).toBe(`owner: ${EMPTY} → Ben`);
    expect(describeChange({ field: "owner", before: "Ana" })).toBe(`owner: Ana → ${EMPTY}`);
    expect(describeValue("   ")).toBe(EMPTY);
    expect(describeValue(null)).toBe(EMPTY);
  });

  it("joins lists and writes nested values as compact JSON", () => {
    expect(describeValue(["GV-1.1", "MP-2.3"])).toBe("GV-1.1, MP-2.3");
    expect(describeValue([{ id: "A-1" }])).toBe('[{"id":"A-1"}]');
    expect(describeValue({ likelihood: 3 })).toBe('{"likelihood":3}');
  });

  it("puts multi-line text on one line and cuts long values with an ellipsis", () => {
    expect(describeValue("line one\nline  two")).toBe("line one line two");
    const long = describeValue("x".repeat(200));
    expect(long).toHaveLength(MAX_VALUE_CHARS);
    expect(long.endsWith("…")).toBe(true);
    expect(describeValue("x".repeat(MAX_VALUE_CHARS))).toBe("x".repeat(MAX_VALUE_CHARS));
    expect(describeValue("abcdef", 4)).toBe("abc…");
  });
});
