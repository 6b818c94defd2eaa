/**
 * Formulas in the preview workbook, where there is no Excel to calculate them: the CROSSWALK.*
 * custom functions, run on the same pure implementations the add-in registers with Excel
 * (addin/functions/*), and plain arithmetic (+ − × ÷ ^, parentheses, numbers, text in quotes,
 * cell references on the same sheet). Anything else is not dropped: the cell keeps its formula
 * and shows #NAME? with a note that the formula needs Excel.
 */
import type { GridValue } from "../../../shared/file-reader/grid";
import { mapIds } from "../../functions/map";
import { ratingOf } from "../../functions/rating";
import type { FunctionResult } from "../../functions/result";
import { scoreOf } from "../../functions/score";
import { titleOf } from "../../functions/title";

export type FormulaOutcome =
  /** Values from the formula's cell down (MAP spills one id per row). */
  | { readonly kind: "values"; readonly values: readonly GridValue[] }
  /** An Excel error value with the reason (what Excel shows in the error's tooltip). */
  | { readonly kind: "error"; readonly code: string; readonly message: string };

/** Reads a cell of the formula's sheet by its 0-based position. */
export type CellReader = (row: number, column: number) => GridValue;

type Scalar = string | number | boolean | null;

class FormulaError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const NEEDS_EXCEL = "The preview calculates CROSSWALK functions and arithmetic; this formula needs Excel.";

const FUNCTIONS: Readonly<Record<string, (args: readonly Scalar[]) => FunctionResult<unknown>>> = {
  "CROSSWALK.MAP": ([id, framework]) => mapIds(id, framework),
  "CROSSWALK.TITLE": ([id]) => titleOf(id),
  "CROSSWALK.SCORE": ([likelihood, impact, matrix]) => scoreOf(likelihood, impact, matrix ?? undefined),
  "CROSSWALK.RATING": ([score, matrix]) => ratingOf(score, matrix ?? undefined),
};

/** Evaluates `formula` (with its leading "="). Never throws. */
export function evaluateFormula(formula: string, read: CellReader): FormulaOutcome {
  try {
    const parser = new Parser(formula.replace(/^=/, ""), read);
    const value = parser.parseFormula();
    if (Array.isArray(value)) return { kind: "values", values: value };
    return { kind: "values", values: [value] };
  } catch (error) {
    if (error instanceof FormulaError) return { kind: "error", code: error.code, message: error.message };
    return { kind: "error", code: "#NAME?", message: NEEDS_EXCEL };
  }
}

/** Column letters and row number of an A1 reference, 0-based. */
function cellOf(ref: string): { row: number; column: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m?.[1] || !m[2]) throw new FormulaError("#NAME?", NEEDS_EXCEL);
  let column = 0;
  for (const ch of m[1]) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, column: column - 1 };
}

/** Recursive descent over Excel's arithmetic precedence: comparison-free, which the preview needs. */
class Parser {
  private pos = 0;
  constructor(
    private readonly text: string,
    private readonly read: CellReader,
  ) {}

  parseFormula(): Scalar | Scalar[] {
    const value = this.expression();
    this.space();
    if (this.pos < this.text.length) throw new FormulaError("#NAME?", NEEDS_EXCEL);
    return value;
  }

  private space(): void {
    while (this.text[this.pos] === " ") this.pos++;
  }

  private peek(): string {
    this.space();
    return this.text[this.pos] ?? "";
  }

  private expression(): Scalar | Scalar[] {
    let left = this.term();
    for (let op = this.peek(); op === "+" || op === "-" || op === "&"; op = this.peek()) {
      this.pos++;
      const right = this.term();
      left = op === "&" ? `${text(left)}${text(right)}` : arithmetic(op, left, right);
    }
    return left;
  }

  private term(): Scalar | Scalar[] {
    let left = this.power();
    for (let op = this.peek(); op === "*" || op === "/"; op = this.peek()) {
      this.pos++;
      left = arithmetic(op, left, this.power());
    }
    return left;
  }

  private power(): Scalar | Scalar[] {
    const base = this.unary();
    if (this.peek() !== "^") return base;
    this.pos++;
    return arithmetic("^", base, this.power());
  }

  private unary(): Scalar | Scalar[] {
    const op = this.peek();
    if (op === "-" || op === "+") {
      this.pos++;
      const value = number(this.unary());
      return op === "-" ? -value : value;
    }
    return this.primary();
  }

  private primary(): Scalar | Scalar[] {
    const ch = this.peek();
    if (ch === "(") {
      this.pos++;
      const value = this.expression();
      if (this.peek() !== ")") throw new FormulaError("#NAME?", NEEDS_EXCEL);
      this.pos++;
      return value;
    }
    if (ch === '"') return this.string();
    const num = /^\d+(\.\d+)?([eE][+-]?\d+)?%?/.exec(this.text.slice(this.pos));
    if (num) {
      this.pos += num[0].length;
      const n = Number(num[0].replace("%", ""));
      return num[0].endsWith("%") ? n / 100 : n;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_.$]*/.exec(this.text.slice(this.pos));
    if (!name) throw new FormulaError("#NAME?", NEEDS_EXCEL);
    this.pos += name[0].length;
    const upper = name[0].toUpperCase();
    if (this.peek() === "(") return this.call(upper);
    if (upper === "TRUE" || upper === "FALSE") return upper === "TRUE";
    const { row, column } = cellOf(upper);
    return scalar(this.read(row, column));
  }

  private string(): string {
    let out = "";
    this.pos++; // opening quote
    for (;;) {
      const ch = this.text[this.pos];
      if (ch === undefined) throw new FormulaError("#NAME?", NEEDS_EXCEL);
      this.pos++;
      if (ch === '"') {
        if (this.text[this.pos] !== '"') return out;
        this.pos++;
      }
      out += ch;
    }
  }

  private call(name: string): Scalar | Scalar[] {
    const fn = FUNCTIONS[name];
    if (!fn) throw new FormulaError("#NAME?", NEEDS_EXCEL);
    this.pos++; // (
    const args: Scalar[] = [];
    if (this.peek() !== ")") {
      for (;;) {
        const value = this.expression();
        if (Array.isArray(value)) throw new FormulaError("#VALUE!", "A function's argument must be one value.");
        args.push(value);
        if (this.peek() !== ",") break;
        this.pos++;
      }
    }
    if (this.peek() !== ")") throw new FormulaError("#NAME?", NEEDS_EXCEL);
    this.pos++;
    const result = fn(args);
    if (!result.ok) throw new FormulaError(result.error, result.message);
    const value = result.value;
    if (Array.isArray(value)) return value.map((row: unknown) => (Array.isArray(row) ? scalarOf(row[0]) : scalarOf(row)));
    return scalarOf(value);
  }
}

function scalarOf(value: unknown): Scalar {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : null;
}

/** A cell's value as a formula sees it: dates as their serial, errors propagate. */
function scalar(value: GridValue): Scalar {
  if (value !== null && typeof value === "object") {
    if (value.kind === "error") throw new FormulaError(value.code, `A referenced cell holds ${value.code}.`);
    return value.serial;
  }
  return value;
}

function number(value: Scalar | Scalar[]): number {
  if (Array.isArray(value)) throw new FormulaError("#VALUE!", "A list cannot be used in arithmetic.");
  if (value === null || value === "") return 0;
  if (typeof value === "boolean") return value ? 1 : 0;
  const n = typeof value === "number" ? value : Number(value);
  if (!Number.isFinite(n)) throw new FormulaError("#VALUE!", `“${String(value)}” is not a number.`);
  return n;
}

function text(value: Scalar | Scalar[]): string {
  if (Array.isArray(value)) throw new FormulaError("#VALUE!", "A list cannot be joined.");
  return value === null ? "" : typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : String(value);
}

function arithmetic(op: string, a: Scalar | Scalar[], b: Scalar | Scalar[]): number {
  const x = number(a);
  const y = number(b);
  if (op === "/" && y === 0) throw new FormulaError("#DIV/0!", "Division by zero.");
  const r = op === "+" ? x + y : op === "-" ? x - y : op === "*" ? x * y : op === "/" ? x / y : x ** y;
  if (!Number.isFinite(r)) throw new FormulaError("#NUM!", "The result is not a finite number.");
  return r;
}

