/**
 * Where the pane is running. Inside Excel, office.js (loaded by taskpane.html from Microsoft's
 * CDN) defines `Office` and `Office.onReady` reports the Excel host. Anywhere else — a plain
 * browser, or offline where the CDN script cannot load — the pane runs in preview mode on an
 * in-memory workbook. This is the only module that looks at the `Office` global.
 */
export type HostInfo = { readonly kind: "excel" } | { readonly kind: "preview"; readonly reason: string };

export async function detectHost(search: string, timeoutMs = 5000): Promise<HostInfo> {
  if (new URLSearchParams(search).get("preview") === "1") return { kind: "preview", reason: "Preview requested in the address." };
  // Typed by @types/office-js, but absent at run time outside Office.
  const office = typeof Office === "undefined" ? undefined : Office;
  if (!office || typeof office.onReady !== "function") {
    return { kind: "preview", reason: "Office.js is not loaded: not running inside Excel (or offline)." };
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), timeoutMs);
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
