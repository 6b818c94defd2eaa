import type { SiteFileOptions } from "./platform";

/**
 * How long Office clients and CloudFront may keep each of the add-in's files (dist/addin).
 *
 * - `bundle/**`: Vite's output, content-hashed (addin/vite.config.ts `assetsDir`), so a year,
 *   immutable: a redeploy changes the names the HTML points at.
 * - Everything else has a fixed name because the manifest or Excel's runtime names it
 *   (functions.js, functions.json, the icons in assets/, help.html): clients may store it but must
 *   revalidate before each use (an ETag round trip), so a redeploy is seen at once.
 * - HTML: never stored, as SST does by default.
 * - Source maps are not published (`**\/*.map` is ignored, so SST uploads none): the site serves
 *   every organisation's users and the maps would double the upload for a debugging aid only
 *   developers use; they stay in dist/addin beside the build to decode a reported stack trace.
 *
 * SST applies the last entry whose glob matches, and uploads nothing no entry matches.
 */
export const IMMUTABLE = "public,max-age=31536000,immutable";
export const REVALIDATE = "public,no-cache";
export const NEVER_STORE = "max-age=0,no-cache,no-store,must-revalidate";
export const HASHED_DIR = "bundle";

const SOURCE_MAPS = "**/*.map";

export const ADDIN_FILE_OPTIONS: SiteFileOptions[] = [
  { files: "**", ignore: SOURCE_MAPS, cacheControl: REVALIDATE },
  { files: `${HASHED_DIR}/**`, ignore: SOURCE_MAPS, cacheControl: IMMUTABLE },
  { files: "**/*.html", ignore: SOURCE_MAPS, cacheControl: NEVER_STORE },
];
