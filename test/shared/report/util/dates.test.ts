import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, addMonths, dayNumber, daysBetween, fromDayNumber } from "../../../../shared/report/util/dates";

const isoDate = fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2200-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe("report date arithmetic", () => {
  it("agrees with the calendar on every date (day numbers are days since 1970-01-01)", () => {
    fc.assert(
      fc.property(isoDate, (date) => {
        expect(dayNumber(date)).toBe(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
        expect(fromDayNumber(dayNumber(date))).toBe(date);
      }),
    );
  });

  it("adds days across months, years and leap days", () => {
    expect(addDays("2026-01-30", 3)).toBe("2026-02-02");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(daysBetween("2026-09-30", "2027-06-30")).toBe(273);
  });

  it("adds months, clamping the day to the month's end", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2027-06-30", -4)).toBe("2027-02-28");
    expect(addMonths("2027-06-30", 33)).toBe("2030-03-30");
    expect(addMonths("2024-02-29", 12)).toBe("2025-02-28");
  });
});
