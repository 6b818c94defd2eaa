/**
 * Rewrites the development manifest (https://localhost:3000) for a deployed base URL such as
 * https://addin.example.org/crosswalk: every resource URL, the app domain and optionally the
 * add-in id (a second deployment side by side needs its own id).
 */
export const DEV_BASE = "https://localhost:3000";

export function manifestForUrl(xml: string, url: string, options: { id?: string } = {}): string {
  let base: URL;
  try {
    base = new URL(url);
  } catch {
    throw new Error(`"${url}" is not a URL; give the https address the add-in is served from.`);
  }
  if (base.protocol !== "https:") throw new Error(`Office add-ins must be served over https; got ${base.protocol}//.`);
  if (base.search || base.hash) throw new Error("The base URL must not have a query or fragment.");
  const path = base.pathname.replace(/\/+$/, "");
  const prefix = `${base.origin}${path}`;
  let out = xml.replace(/<!--[\s\S]*?-->/, `<!-- Crosswalk add-in manifest for ${prefix}, generated from manifest.xml. -->`);
  out = out.replaceAll(`<AppDomain>${DEV_BASE}</AppDomain>`, `<AppDomain>${base.origin}</AppDomain>`);
  out = out.replaceAll(`${DEV_BASE}/`, `${prefix}/`);
  if (options.id !== undefined) {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(options.id)) throw new Error(`"${options.id}" is not a GUID.`);
    out = out.replace(/<Id>[^<]*<\/Id>/, `<Id>${options.id}</Id>`);
  }
  if (out.includes(DEV_BASE)) throw new Error("The manifest still names the development URL somewhere it was not expected.");
  return out;
}
