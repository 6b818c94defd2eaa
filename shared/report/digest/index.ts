// Write-time digests of team workbook versions, and the report built from them.
export { DIGEST_VERSION, buildWorkbookDigest, digestWorkbook, readWorkbookDigest, WorkbookDigestSchema, type WorkbookDigest } from "./workbook-digest";
export { buildReportFromDigests, type DigestReportInput } from "./merge-digests";
export { DIGEST_OMISSIONS, omitFields, type Omissions } from "./digest-fields";
