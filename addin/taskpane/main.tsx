import { createRoot } from "react-dom/client";
import { App } from "./App";
import { createServices } from "./create-services";
import { CONNECTING, CONNECTING_SLOWLY, detectHost, insideOffice } from "./host";
import { ALL_PANELS, resumeWaitingPush } from "./round-trip/panels";

async function start(): Promise<void> {
  const element = document.getElementById("root");
  if (!element) throw new Error("taskpane.html has no #root");
  const root = createRoot(element);
  const search = window.location.search;
  // Inside Excel a slow CDN only delays Excel's side: say so rather than show a bare "Loading".
  let slow: ReturnType<typeof setTimeout> | undefined;
  if (insideOffice(search)) {
    element.textContent = CONNECTING;
    slow = setTimeout(() => (element.textContent = CONNECTING_SLOWLY), 3_000);
  }
  const script = document.getElementById("office-js");
  const host = await detectHost(search, { script: script instanceof HTMLScriptElement ? script : null });
  clearTimeout(slow);
  if (host.kind === "excel") {
    const { OfficeWorkbook } = await import("../port/office-workbook");
    const services = createServices(new OfficeWorkbook(), "excel");
    resumeWaitingPush(services);
    root.render(<App services={services} panels={ALL_PANELS} />);
    return;
  }
  const { startPreview } = await import("./preview/start-preview");
  startPreview(root, host.reason);
}

start().catch((error: unknown) => {
  const element = document.getElementById("root");
  if (element) element.textContent = `Crosswalk could not start: ${error instanceof Error ? error.message : String(error)}`;
});
