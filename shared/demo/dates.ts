import { isIsoDate } from "../model/primitives";

/**
 * `YYYY-MM-DD` plus a number of days (negative to go back), in calendar arithmetic on UTC so no
 * time zone or clock is involved.
 *
 * @example addDays("2026-01-30", 3) // "2026-02-02"
 */
export function addDays(date: string, days: number): string {
  if (!isIsoDate(date)) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  return shifted.toISOString().slice(0, 10);
}
