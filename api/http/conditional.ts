import { fail } from "../problem";

/** The ETag of a version. Versions never change, so the number identifies the bytes. */
export function versionEtag(version: number): string {
  return `"v${version}"`;
}

const VERSION_TAG = /^(?:"v?([1-9][0-9]{0,9})"|v?([1-9][0-9]{0,9}))$/;

/**
 * `If-Match` on a push names the one version the snapshot was based on: the ETag `"v3"`
 * (bare `3` and `v3` are accepted for hand-written requests). Undefined when absent.
 */
export function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const match = VERSION_TAG.exec(header.trim());
  const digits = match?.[1] ?? match?.[2];
  if (!digits) {
    fail("invalid-request", 'If-Match must name exactly one version, as its ETag (e.g. "v3")', {
      errors: [{ in: "header", pointer: "If-Match", message: 'expected one ETag such as "v3"' }],
    });
  }
  return Number(digits);
}

/** `If-None-Match` uses weak comparison: `W/"v3"` matches `"v3"`, and `*` matches anything. */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const wanted = etag.replace(/^W\//, "");
  return header
    .split(",")
    .map((tag) => tag.trim())
    .some((tag) => tag === "*" || tag.replace(/^W\//, "") === wanted);
}
