/**
 * Excel turns ids such as `10.1.1` or `6.1.2` into dates as they are typed. These helpers
 * recover the dotted forms a date may have come from, so the parser can look them up.
 */

/** Days between Excel's 1900 epoch (with its fictitious 29 Feb 1900) and 1970-01-01. */
const EXCEL_EPOCH_OFFSET = 25569;
const MS_PER_DAY = 86_400_000;
/** Excel's last serial, 9999-12-31. */
const MAX_EXCEL_SERIAL = 2_958_465;

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The calendar date of an Excel serial number (1900 date system), or undefined out of range. */
export function excelSerialToDate(serial: number): CalendarDate | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > MAX_EXCEL_SERIAL) return undefined;
  const whole = Math.floor(serial);
  // Serials before 1 March 1900 count the leap day Excel invented; shift them by one.
  const days = whole < 61 ? whole + 1 : whole;
  const d = new Date((days - EXCEL_EPOCH_OFFSET) * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** `2010-01-01`, `2010-01-01T00:00:00Z`, `2010/1/1`: the date part, or undefined. */
export function isoDateText(text: string): CalendarDate | undefined {
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return { year, month, day };
}

export function dateOf(value: Date): CalendarDate | undefined {
  if (Number.isNaN(value.getTime())) return undefined;
  return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
}

/**
 * The dotted ids a date may have been typed as, most likely first: year-first as in the
 * design's example (2010-01-01 ← `10.1.1`), then day-first and month-first locales.
 */
export function dottedCandidates(date: CalendarDate): string[] {
  const yy = date.year % 100;
  const forms = [`${yy}.${date.month}.${date.day}`, `${date.day}.${date.month}.${yy}`, `${date.month}.${date.day}.${yy}`];
  if (date.year >= 2000 && date.year < 2100) forms.push(`${date.day}.${date.month}`, `${date.month}.${date.day}`);
  return [...new Set(forms)];
}
