// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { detectHost, insideOffice } from "../../../addin/taskpane/host";

const officeOn = (host: string) =>
  Object.assign(globalThis, {
    Office: { HostType: { Excel: "Excel" }, onReady: () => Promise.resolve({ host, platform: "OfficeOnline" }) },
  });

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe("where the pane runs", () => {
  it("knows it is inside Office from the address Office opens it with", () => {
    expect(insideOffice("?_host_Info=Excel$Win32$16.01$en-US$$$$0")).toBe(true);
    expect(insideOffice("?preview=1")).toBe(false);
  });

  it("starts in preview when office.js never arrives, without waiting for the CDN", async () => {
    const script = document.createElement("script");
    const host = await detectHost("", { script, previewAfterMs: 20 });
    expect(host).toMatchObject({ kind: "preview", reason: expect.stringMatching(/not running inside Excel/) });
  });

  it("inside Office waits for office.js to load, then runs in Excel", async () => {
    const script = document.createElement("script");
    const detecting = detectHost("?_host_Info=Excel", { script, previewAfterMs: 0, officeTimeoutMs: 60_000 });
    officeOn("Excel");
    script.dispatchEvent(new Event("load"));
    expect(await detecting).toEqual({ kind: "excel" });
  });

  it("says office.js did not load when it fails inside Office", async () => {
    const script = document.createElement("script");
    const detecting = detectHost("?_host_Info=Excel", { script });
    script.dispatchEvent(new Event("error"));
    expect(await detecting).toMatchObject({ kind: "preview", reason: expect.stringMatching(/did not load/) });
  });

  it("uses office.js already there, and reports a host that is not Excel", async () => {
    officeOn("Word");
    expect(await detectHost("")).toEqual({ kind: "preview", reason: "Office.js reports no Excel host." });
  });
});
