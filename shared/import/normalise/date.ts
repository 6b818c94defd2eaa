import type { GridValue } from "../../file-reader/grid";
import { isDateCell, isErrorCell } from "../../file-reader/grid";
import { quote } from "../../issues/issue";
import { fold } from "../text";
import { isEmptyMarker, isPlaceholder } from "./empty";
import { monthNumber } from "./months";
import { EMPTY, invalid, type Note, type Outcome, value } from "./outcome";

/** Day-month order for numeric dates such as 03/04/2026. */
export type DateOrder = "dmy" | "mdy";

export type DatePrecision = "day" | "month" | "quarter" | "half" | "year";

export interface ParsedDate {
  /** `YYYY-MM-DD`; for a month, quarter or year, its last day. */
  readonly iso: string;
  readonly precision: DatePrecision;
  /** True when day and month could be swapped (both ≤ 12) and the order decided it. */
  readonly ambiguous?: boolean;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoOf(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1900 || year > 9999) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/**
 * An Excel serial (1900 date system) as `YYYY-MM-DD`. Serial 60 is Excel's phantom 29 Feb 1900.
 * @example serialToIso(46203) // "2026-06-30"
 */
export function serialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return undefined;
  const whole = Math.floor(serial);
  if (whole === 60) return undefined;
  const days = whole < 60 ? whole : whole - 1;
  const date = new Date(Date.UTC(1899, 11, 31) + days * 86_400_000);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** `YYYY-MM-DD` → Excel serial (1900 system). */
export function isoToSerial(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const days = Math.round((ms - Date.UTC(1899, 11, 30)) / 86_400_000);
  return days < 61 ? days - 1 : days;
}

function fullYear(text: string): number {
  const n = Number(text);
  if (text.length === 2) return n < 70 ? 2000 + n : 1900 + n;
  return n;
}

function endOf(year: number, lastMonth: number): string | undefined {
  return isoOf(year, lastMonth, daysInMonth(year, lastMonth));
}

/**
 * Reads a date written as text: ISO (2026-06-30), numeric with / . or - (30/06/2026, 6/30/26),
 * with month names in the importer's languages (30 juin 2026, June 30, 2026, 30-Jun-26, 30. März 2026,
 * 30 de junio de 2026, 30 czerwca 2026, 2026. június 30., 2026年6月30日), month only (Jun 2026, 06/2026), quarter or half (Q3 2026, H1 2026) or a
 * bare year. Returns undefined for anything else.
 */
export function parseDateText(text: string, order: DateOrder = "dmy"): ParsedDate | undefined {
  const t = text.trim();
  if (t === "" || t.length > 60) return undefined;

  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/i.exec(t);
  if (m) {
    const iso = isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
    return iso ? { iso, precision: "day" } : undefined;
  }
  m = /^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})\.?(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)?$/i.exec(t);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const year = fullYear(m[3] ?? "");
    if (a > 12 && b > 12) return undefined;
    const dayFirst = a > 12 ? true : b > 12 ? false : order === "dmy";
    const iso = dayFirst ? isoOf(year, b, a) : isoOf(year, a, b);
    if (!iso) return undefined;
    return a <= 12 && b <= 12 && a !== b ? { iso, precision: "day", ambiguous: true } : { iso, precision: "day" };
  }
  {
    const my = /^(\d{1,2})[/.\-](\d{4})$/.exec(t);
    const ym = /^(\d{4})[/.\-](\d{1,2})$/.exec(t);
    const month = my ? Number(my[1]) : ym ? Number(ym[2]) : 0;
    const year = my ? Number(my[2]) : ym ? Number(ym[1]) : 0;
    if (month >= 1 && month <= 12) {
      const iso = endOf(year, month);
      return iso ? { iso, precision: "month" } : undefined;
    }
  }

  const f = fold(t)
    .replace(/(\d)(?:st|nd|rd|th|er|e|eme|º|ª|o|a)\b/g, "$1")
    .replace(/\b(?:de|del|of|the|le|der|den|am|el|il|gada)\b|\bta'/g, " ")
    .replace(/[,./\-]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    // Lithuanian "2026 m. kovo 15 d.": the year's "m." and the day's "d.".
    .replace(/^(\d{4}) m (?=\p{L})/u, "$1 ")
    .replace(/(\d) d$/, "$1");

  // Japanese and Chinese 2026年3月15日, Korean 2026년 3월 15일 (the day optional).
  // On the composed text: folding decomposes Hangul into its letters. NFKC makes ２０２６ ASCII.
  m = /^(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월](?:\s*(\d{1,2})\s*[日일])?$/u.exec(t.normalize("NFKC"));
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    if (m[3] === undefined) {
      const iso = month >= 1 && month <= 12 ? endOf(year, month) : undefined;
      return iso ? { iso, precision: "month" } : undefined;
    }
    const iso = isoOf(year, month, Number(m[3]));
    return iso ? { iso, precision: "day" } : undefined;
  }

  m = /^q([1-4]) ?(\d{4})$/.exec(f) ?? /^(?:t|k)([1-4]) ?(\d{4})$/.exec(f);
  if (m) return quarter(Number(m[2]), Number(m[1]));
  m = /^(\d{4}) ?q([1-4])$/.exec(f);
  if (m) return quarter(Number(m[1]), Number(m[2]));
  m = /^(?:h|s)([12]) ?(\d{4})$/.exec(f);
  if (m) {
    const iso = endOf(Number(m[2]), Number(m[1]) * 6);
    return iso ? { iso, precision: "half" } : undefined;
  }
  m = /^(\d{4})$/.exec(f);
  if (m) {
    const year = Number(m[1]);
    if (year < 1950 || year > 2200) return undefined;
    const iso = endOf(year, 12);
    return iso ? { iso, precision: "year" } : undefined;
  }
  m = /^(\d{1,2}) (\p{L}+) (\d{4}|\d{2})$/u.exec(f);
  if (m) {
    const month = monthNumber(m[2] ?? "");
    if (!month) return undefined;
    const iso = isoOf(fullYear(m[3] ?? ""), month, Number(m[1]));
    return iso ? { iso, precision: "day" } : undefined;
  }
  m = /^(\p{L}+) (\d{1,2}) (\d{4})$/u.exec(f);
  if (m) {
    const month = monthNumber(m[1] ?? "");
    if (!month) return undefined;
    const iso = isoOf(Number(m[3]), month, Number(m[2]));
    return iso ? { iso, precision: "day" } : undefined;
  }
  // Year first: Hungarian "2026. március 15.", Lithuanian "2026 m. kovo 15 d.", Latvian "2026. gada 15. martā".
  m = /^(\d{4}) (\p{L}+) (\d{1,2})$/u.exec(f) ?? /^(\d{4}) (\d{1,2}) (\p{L}+)$/u.exec(f);
  if (m) {
    const wordFirst = /^\p{L}/u.test(m[2] ?? "");
    const month = monthNumber((wordFirst ? m[2] : m[3]) ?? "");
    if (!month) return undefined;
    const iso = isoOf(Number(m[1]), month, Number(wordFirst ? m[3] : m[2]));
    return iso ? { iso, precision: "day" } : undefined;
  }
  m = /^(\p{L}+) (\d{4}|\d{2})$/u.exec(f);
  if (m) {
    const month = monthNumber(m[1] ?? "");
    if (!month) return undefined;
    const iso = endOf(fullYear(m[2] ?? ""), month);
    return iso ? { iso, precision: "month" } : undefined;
  }
  return undefined;
}

function quarter(year: number, q: number): ParsedDate | undefined {
  const iso = endOf(year, q * 3);
  return iso ? { iso, precision: "quarter" } : undefined;
}

/**
 * Which order a column's numeric dates use, from the values that can only be read one way
 * (31/01/2026 is day-first, 01/31/2026 month-first); undefined when none tells.
 */
export function inferDateOrder(texts: Iterable<string>): DateOrder | undefined {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const text of texts) {
    const m = /^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](?:\d{4}|\d{2})\b/.exec(text);
    if (!m) continue;
    if (Number(m[1]) > 12) dayFirst++;
    else if (Number(m[2]) > 12) monthFirst++;
  }
  if (dayFirst === monthFirst) return undefined;
  return dayFirst > monthFirst ? "dmy" : "mdy";
}

const PRECISION_WORD: Readonly<Record<Exclude<DatePrecision, "day">, string>> = {
  month: "the end of that month",
  quarter: "the end of that quarter",
  half: "the end of that half-year",
  year: "the end of that year",
};

export interface DateContext {
  readonly order: DateOrder;
  /** False when the column gave no evidence for `order` and it is a default. */
  readonly orderKnown: boolean;
}

function fromSerial(serial: number, shown: string): Outcome<string> {
  const whole = Math.floor(serial);
  if (whole >= 1900 && whole <= 2200 && serial < 3653) {
    return invalid(
      "date-looks-like-year",
      `${shown} is Excel's day number ${whole}, which looks like the year ${whole} typed into a date cell`,
      `Type a full date such as 31/12/${whole}, or format the cell as a number if only the year is known.`,
    );
  }
  if (serial < 3653) {
    return invalid("date-implausible", `${shown} is before 1910, which is not a plausible date here`, "Check the cell's value and format.");
  }
  const iso = serialToIso(serial);
  return iso ? value(iso) : invalid("date-invalid", `${shown} is not a valid date`);
}

/** One date cell → `YYYY-MM-DD` (with a note when only a month/quarter/year was given). */
export function normaliseDate(cell: GridValue, context: DateContext): Outcome<string> {
  if (cell === null) return EMPTY;
  if (isDateCell(cell)) return fromSerial(cell.serial, serialToIso(cell.serial) ?? String(cell.serial));
  if (isErrorCell(cell)) return invalid("cell-error", `the cell shows the error ${cell.code}`);
  if (typeof cell === "boolean") return invalid("date-invalid", `${String(cell).toUpperCase()} is not a date`);
  if (typeof cell === "number") {
    if (Number.isInteger(cell) && cell >= 1950 && cell <= 2200) return partial({ iso: `${cell}-12-31`, precision: "year" }, String(cell));
    return fromSerial(cell, String(cell));
  }
  const text = cell.trim();
  if (text === "" || isEmptyMarker(text)) return EMPTY;
  if (isPlaceholder(text)) return placeholderOutcome(text);
  const parsed = parseDateText(text, context.order);
  if (parsed) return partial(parsed, text, context);
  // "2024-10-16 (pilot licences assigned)": the date, with the remark passed on.
  const remark = /^(.*?)\s*\(([^()]*)\)\s*$/s.exec(text);
  if (remark?.[1]) {
    const inner = parseDateText(remark[1], context.order);
    if (inner) {
      const outcome = partial(inner, remark[1], context);
      return outcome.kind === "value" ? value(outcome.value, outcome.notes, (remark[2] ?? "").trim()) : outcome;
    }
  }
  // "Jun 2026 — ACTIVE": a date and something else, split on a dash, bar or spaced slash.
  const parts = text.split(/\s+[—–-]\s+|\s*[—–|]\s*|\s+\/\s+|\n+/).map((p) => p.trim()).filter((p) => p !== "");
  if (parts.length > 1) {
    const dated = parts.map((p) => parseDateText(p, context.order));
    const found = dated.findIndex((d) => d !== undefined);
    const date = found >= 0 ? dated[found] : undefined;
    if (date && dated.filter((d) => d !== undefined).length === 1) {
      const rest = parts.filter((_, i) => i !== found).join(" — ");
      const outcome = partial(date, parts[found] ?? text, context);
      return outcome.kind === "value" ? value(outcome.value, outcome.notes, rest) : outcome;
    }
  }
  return invalid("date-unreadable", `${quote(text)} is not a date Crosswalk can read`, "Write dates as 2026-06-30, 30/06/2026 or 30 Jun 2026.");
}

function partial(parsed: ParsedDate, shown: string, context?: DateContext): Outcome<string> {
  const notes: Note[] = [];
  if (parsed.precision !== "day") {
    notes.push({
      code: "date-partial",
      severity: "info",
      message: `${quote(shown)} names a ${parsed.precision}, not a day; read as ${parsed.iso} (${PRECISION_WORD[parsed.precision]})`,
      hint: "Type the exact date if it matters.",
    });
  }
  if (parsed.ambiguous && context && !context.orderKnown) {
    notes.push({
      code: "date-ambiguous",
      severity: "warning",
      message: `${quote(shown)} could be day/month or month/day; read as ${parsed.iso} (${context.order === "dmy" ? "day first" : "month first"})`,
      hint: "Nothing else in the column settles it. Write dates as 2026-06-30, or tell the importer the order (--date-order).",
    });
  }
  return value(parsed.iso, notes);
}

export function placeholderOutcome(text: string): Outcome<never> {
  return {
    kind: "empty",
    notes: [{ code: "placeholder-value", severity: "info", message: `${quote(text)} is template text, read as empty`, hint: "Replace it with the real value." }],
  };
}
