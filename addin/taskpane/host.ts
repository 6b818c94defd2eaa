/**
 * Where the pane is running. Inside Excel, office.js (loaded from Microsoft's CDN by
 * taskpane.html, asynchronously so a slow CDN never blocks the page) defines `Office`, and
 * `Office.onReady` reports the Excel host. Anywhere else — a plain browser, or offline where the
 * CDN script cannot load — the pane runs in preview mode on an in-memory workbook. This is the
 * only module that looks at the `Office` global.
 */
export type HostInfo = { readonly kind: "excel" } | { readonly kind: "preview"; readonly reason: string };

/** What the pane says inside Office while Office.js loads: at once, and once it is slow. */
export const CONNECTING = "Connecting to Excel…";
export const CONNECTING_SLOWLY = "Connecting to Excel… Microsoft's Office.js is slow to load; the pane opens as soon as it arrives.";

export interface DetectOptions {
  /** The office.js script element, to wait for its load or error (absent: nothing to wait for). */
  readonly script?: HTMLScriptElement | null;
  /** How long to wait for office.js outside Office before starting in preview (default 3 s). */
  readonly previewAfterMs?: number;
  /** How long Office.js may take, inside Office, to load and answer (default 60 s). */
  readonly officeTimeoutMs?: number;
}

/**
 * Office opens an add-in's page with `_host_Info` in its address (host, platform, version), so the
 * pane knows it is inside Office before office.js has loaded, and waits for it there instead of
 * falling back to preview.
 */
export function insideOffice(search: string): boolean {
  return new URLSearchParams(search).has("_host_Info");
}

const officeGlobal = () => (typeof Office === "undefined" ? undefined : Office);

/** Resolves when the script has loaded or failed, or after `ms`; true when `Office` is defined then. */
function officeLoaded(script: HTMLScriptElement | null | undefined, ms: number): Promise<boolean> {
  if (officeGlobal()) return Promise.resolve(true);
  if (!script) return Promise.resolve(false);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      script.removeEventListener("load", done);
      script.removeEventListener("error", done);
      resolve(officeGlobal() !== undefined);
    };
    const timer = setTimeout(done, ms);
    script.addEventListener("load", done);
    script.addEventListener("error", done);
  });
}

export async function detectHost(search: string, options: DetectOptions = {}): Promise<HostInfo> {
  if (new URLSearchParams(search).get("preview") === "1") return { kind: "preview", reason: "Preview requested in the address." };
  const inOffice = insideOffice(search);
  const budget = inOffice ? (options.officeTimeoutMs ?? 60_000) : (options.previewAfterMs ?? 3_000);
  const started = Date.now();
  if (!(await officeLoaded(options.script, budget))) {
    return {
      kind: "preview",
      reason: inOffice
        ? "Office.js, Microsoft's script for add-ins, did not load: check the network and reopen the pane."
        : "Office.js is not loaded: not running inside Excel (or offline).",
    };
  }
  const office = officeGlobal();
  if (!office || typeof office.onReady !== "function") return { kind: "preview", reason: "Office.js is not loaded: not running inside Excel (or offline)." };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), Math.max(1_000, budget - (Date.now() - started)));
  });
  try {
    const info = await Promise.race([office.onReady(), timeout]);
    if (info && info.host === office.HostType.Excel) return { kind: "excel" };
    return { kind: "preview", reason: info ? "Office.js reports no Excel host." : "Office.js did not answer in time." };
  } catch {
    return { kind: "preview", reason: "Office.js failed to start." };
  } finally {
    if (timer) clearTimeout(timer);
  }
}
