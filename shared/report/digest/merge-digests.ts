import type { DualConformanceReport } from "../report";
import { buildReportWithKernels } from "../build-report";
import type { ReportInput, ReportWorkbook } from "../input";
import type { RiskKernel } from "../sections/risk-kernel";
import { digestWorkbook, type WorkbookDigest } from "./workbook-digest";

/** The report input, with one digest per team workbook version in place of its snapshot. */
export interface DigestReportInput extends Omit<ReportInput, "workbooks"> {
  readonly digests: readonly WorkbookDigest[];
}

/**
 * The consolidated report from digests: the same report `buildDualConformanceReport` gives for the
 * snapshots the digests were made from (byte-identical JSON; test/shared/report/digest holds it).
 * Each team's risks come from the kernel its digest stores, which ranks as many risks as any
 * request may list, so every `topRisks` and `listLimit` is answered from it.
 */
export function buildReportFromDigests(input: DigestReportInput): DualConformanceReport {
  const { digests, ...rest } = input;
  const kernels = new Map<ReportWorkbook, RiskKernel>();
  const workbooks = digests.map((digest) => {
    const entry = digestWorkbook(digest);
    kernels.set(entry, digest.risks);
    return entry;
  });
  return buildReportWithKernels({ ...rest, workbooks }, (entry) => kernels.get(entry)!);
}
