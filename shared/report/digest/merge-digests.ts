import type { DualConformanceReport } from "../report";
import { buildDualConformanceReport } from "../build-report";
import type { ReportInput } from "../input";
import { digestWorkbook, type WorkbookDigest } from "./workbook-digest";

/** The report input, with one digest per team workbook version in place of its snapshot. */
export interface DigestReportInput extends Omit<ReportInput, "workbooks"> {
  readonly digests: readonly WorkbookDigest[];
}

/**
 * The consolidated report from digests: the same report `buildDualConformanceReport` gives for the
 * snapshots the digests were made from (byte-identical JSON; test/shared/report/digest holds it).
 */
export function buildReportFromDigests(input: DigestReportInput): DualConformanceReport {
  const { digests, ...rest } = input;
  return buildDualConformanceReport({ ...rest, workbooks: digests.map(digestWorkbook) });
}
