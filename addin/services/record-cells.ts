/**
 * An imported record as the cells of a structured sheet row, the way Office.js writes them:
 * dates as Excel serial numbers (the column is date-formatted), Yes/No for booleans, one list
 * item per line, reference ids bare (the column names the framework), scores left to the table's
 * formula (null leaves the cell as it is).
 */
import { splitNamespaced } from "../../shared/catalog/framework";
import type { LayoutColumn as SharedColumn } from "../../shared/layout/sheet-layout";
import { isoToSerial } from "../../shared/import/normalise/date";
import type { CellValue } from "../port/workbook-port";

export function cellFor(column: SharedColumn, value: unknown): CellValue {
  if (value === undefined || value === null) return null;
  switch (column.type) {
    case "score":
      return null;
    case "date":
      return typeof value === "string" ? (isoToSerial(value) ?? value) : null;
    case "bool":
      return value === true ? "Yes" : value === false ? "No" : null;
    case "list":
      return Array.isArray(value) ? value.map(String).join("\n") : String(value);
    case "refs":
      return Array.isArray(value) ? value.map((v) => bare(String(v))).join(", ") : bare(String(value));
    case "level":
    case "number":
      return typeof value === "number" ? value : String(value);
    default:
      if (Array.isArray(value)) return value.map(String).join("\n");
      if (typeof value === "object") return JSON.stringify(value);
      return value as string | number | boolean;
  }
}

function bare(id: string): string {
  return splitNamespaced(id)?.ref ?? id;
}

/** Values not in the layout, kept as "Header: value" lines so nothing imported is lost. */
export function extraLines(extra: Readonly<Record<string, unknown>> | undefined): string | undefined {
  if (!extra) return undefined;
  const lines = Object.entries(extra)
    .filter(([, v]) => v !== null && v !== undefined && String(v).trim() !== "")
    .map(([k, v]) => `${k.replace(/\s+/g, " ").trim()}: ${String(v)}`);
  return lines.length ? lines.join("\n") : undefined;
}
