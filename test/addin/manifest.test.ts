/**
 * The manifest, checked offline. Structural checks always run; the XSD check runs when the
 * Office manifest schemas are present beside the repository (they are not redistributed here,
 * see docs/addin.md) and xmllint is installed, and is reported as skipped otherwise.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Window } from "happy-dom";
import { beforeAll, describe, expect, it } from "vitest";
import { manifestForUrl } from "../../scripts/addin/manifest-url";
import { hasXmllint, schemaDir, validateManifest } from "../../scripts/addin/validate-manifest";
import { helpPage } from "../../scripts/addin/help-page";
import { apiSetUses, parseApiSetTag, requiredSets } from "./office-api-sets";

const root = join(import.meta.dirname, "..", "..");
const devXml = readFileSync(join(root, "manifest.xml"), "utf8");

function parse(xml: string) {
  const doc = new new Window().DOMParser().parseFromString(xml, "application/xml");
  const all = [...doc.getElementsByTagName("*")];
  const named = (name: string) => all.filter((e) => e.localName === name);
  const one = (name: string) => {
    const found = named(name);
    if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
    return found[0] as (typeof all)[number];
  };
  const resources = new Map<string, string>();
  for (const kind of ["Image", "Url", "String"]) {
    for (const e of named(kind)) {
      const id = e.getAttribute("id");
      if (id) resources.set(id, e.getAttribute("DefaultValue") ?? "");
    }
  }
  return { doc, all, named, one, resources };
}

function structuralProblems(xml: string, base: string): string[] {
  const problems: string[] = [];
  const m = parse(xml);
  if (m.named("parsererror").length) return ["not well-formed XML"];
  const rootEl = m.doc.documentElement;
  if (rootEl.localName !== "OfficeApp" || rootEl.getAttribute("xsi:type") !== "TaskPaneApp") problems.push("root is not a TaskPaneApp OfficeApp");
  if (!/^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(m.one("Id").textContent ?? "")) problems.push("Id is not a GUID");
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(m.one("Version").textContent ?? "")) problems.push("Version is not a.b.c.d");
  for (const name of ["ProviderName", "DefaultLocale", "DisplayName", "Description", "Permissions"]) if (m.named(name).length === 0) problems.push(`missing ${name}`);
  if (!m.named("Host").some((h) => h.getAttribute("Name") === "Workbook")) problems.push("not an Excel (Workbook) add-in");
  const source = m.named("SourceLocation").find((e) => e.parentElement?.localName === "DefaultSettings")?.getAttribute("DefaultValue");
  if (source !== `${base}/taskpane.html`) problems.push(`task pane is ${source}`);
  for (const e of m.all) {
    const resid = e.getAttribute("resid");
    if (resid && !m.resources.has(resid)) problems.push(`resid ${resid} has no resource`);
  }
  for (const [id, value] of m.resources) {
    if ((id.includes("Url") || id.startsWith("Icon")) && !value.startsWith(`${base}/`)) problems.push(`${id} is ${value}, not under ${base}`);
  }
  for (const e of m.all.filter((x) => x.getAttribute("DefaultValue")?.startsWith("http"))) {
    if (!e.getAttribute("DefaultValue")?.startsWith("https://")) problems.push(`${e.localName} is not https`);
  }
  const cf = m.named("ExtensionPoint").find((e) => e.getAttribute("xsi:type") === "CustomFunctions");
  if (!cf) problems.push("no CustomFunctions extension point");
  const cfChildren = cf ? [...cf.getElementsByTagName("*")] : [];
  const res = (el: string) => {
    const e = cfChildren.find((x) => x.localName === el);
    const resid = e?.getAttribute("resid") ?? [...(e?.getElementsByTagName("*") ?? [])][0]?.getAttribute("resid");
    return resid ? m.resources.get(resid) : undefined;
  };
  if (res("Namespace") !== "CROSSWALK") problems.push(`functions namespace is ${res("Namespace")}`);
  if (res("Script") !== `${base}/functions.js`) problems.push(`functions script is ${res("Script")}`);
  if (res("Page") !== `${base}/functions.html`) problems.push(`functions page is ${res("Page")}`);
  if (res("Metadata") !== `${base}/functions.json`) problems.push(`functions metadata is ${res("Metadata")}`);
  if (m.one("SupportUrl").getAttribute("DefaultValue") !== `${base}/help.html`) problems.push("SupportUrl is not the help page");
  if (m.resources.get("GetStarted.LearnMoreUrl") !== `${base}/help.html`) problems.push("LearnMoreUrl is not the help page");
  const button = m.named("Control").find((c) => c.getAttribute("xsi:type") === "Button");
  const action = button && [...button.getElementsByTagName("*")].find((x) => x.localName === "Action");
  if (action?.getAttribute("xsi:type") !== "ShowTaskpane") problems.push("ribbon button does not open the task pane");
  for (const icon of m.named("Icon")) {
    const sizes = [...icon.getElementsByTagName("*")].map((i) => i.getAttribute("size")).sort();
    if (sizes.join() !== ["16", "32", "80"].sort().join()) problems.push(`icon sizes ${sizes.join()}`);
  }
  for (const [id, url] of m.resources) {
    if (!id.startsWith("Icon")) continue;
    const file = url.slice(base.length + 1);
    if (!existsSync(join(root, "addin", file))) problems.push(`${id} points to ${file}, which is not in addin/`);
  }
  return problems;
}

describe("manifest.xml", () => {
  it("is a complete Excel task pane add-in with a ribbon button and CROSSWALK custom functions on the dev URL", () => {
    expect(structuralProblems(devXml, "https://localhost:3000")).toEqual([]);
  });

  it("the structural check finds a broken reference (so it can fail)", () => {
    const broken = devXml.replace('resid="Functions.Namespace"', 'resid="Nope"');
    expect(structuralProblems(broken, "https://localhost:3000")).toContain("resid Nope has no resource");
  });

  it("is rewritten for a deployed URL with every resource under it", () => {
    const xml = manifestForUrl(devXml, "https://addin.example.org/crosswalk/", { id: "0b7c6b7e-1f0a-4b53-9d41-5b1f3f1f2a10" });
    expect(xml).not.toContain("localhost");
    expect(xml).toContain("<AppDomain>https://addin.example.org</AppDomain>");
    expect(xml).toContain("<Id>0b7c6b7e-1f0a-4b53-9d41-5b1f3f1f2a10</Id>");
    expect(structuralProblems(xml, "https://addin.example.org/crosswalk")).toEqual([]);
  });

  it("refuses plain http and non-URLs", () => {
    expect(() => manifestForUrl(devXml, "http://example.org")).toThrow(/https/);
    expect(() => manifestForUrl(devXml, "not a url")).toThrow(/not a URL/);
  });

  const xsd = schemaDir();
  const canValidate = xsd !== undefined && hasXmllint();
  it.skipIf(!canValidate)("validates against the Office add-in manifest XSDs (dev and deployed)", () => {
    if (!xsd) return;
    expect(validateManifest(join(root, "manifest.xml"), xsd)).toMatchObject({ ok: true });
    const dir = mkdtempSync(join(tmpdir(), "manifest-"));
    const file = join(dir, "manifest.xml");
    writeFileSync(file, manifestForUrl(devXml, "https://addin.example.org/crosswalk"));
    expect(validateManifest(file, xsd)).toMatchObject({ ok: true });
    writeFileSync(file, devXml.replace("<Version>0.1.0.0</Version>", ""));
    expect(validateManifest(file, xsd).ok).toBe(false);
  });

  describe("requirement sets", () => {
    /** Set name → MinVersion in one <Requirements>: the top-level one, or VersionOverrides'. */
    function declared(inOverrides: boolean): Map<string, string> {
      const m = parse(devXml);
      const requirements = m.named("Requirements").find((r) => (r.parentElement?.localName === "VersionOverrides") === inOverrides);
      const sets = [...(requirements?.getElementsByTagName("*") ?? [])].filter((e) => e.localName === "Set");
      return new Map(sets.map((e) => [e.getAttribute("Name") ?? "", e.getAttribute("MinVersion") ?? ""]));
    }

    let required: Map<string, string>;
    beforeAll(() => {
      required = requiredSets(apiSetUses());
    }, 180_000);

    it("reads a tag at the version that introduced the member", () => {
      expect(parseApiSetTag("ExcelApi 1.1 for reading visibility; 1.2 for setting it.")).toEqual([["ExcelApi", "1.1"]]);
      expect(parseApiSetTag("SharedRuntime 1.1, Mailbox 1.10")).toEqual([["SharedRuntime", "1.1"], ["Mailbox", "1.10"]]);
    });

    it("finds the sets of the Office members the add-in calls", () => {
      // CustomFunctions.Error and its codes (addin/functions), merged-area reads (addin/port).
      expect(required.get("CustomFunctionsRuntime")).toMatch(/^1\.[2-9]$/);
      expect(required.get("ExcelApi")).toBe("1.13");
    });

    it("declares every set the task pane's code uses at the version it needs, and not the custom functions' runtime", () => {
      const top = declared(false);
      const paneSets = [...required].filter(([set]) => set !== "CustomFunctionsRuntime");
      expect(new Map(paneSets)).toEqual(top);
    });

    it("requires the custom functions' runtime for the ribbon and the functions only, at the version they use", () => {
      expect(declared(true)).toEqual(required);
    });
  });

  it("links a help page rendered from docs/addin.md", () => {
    const html = helpPage();
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("<h1>The Excel add-in</h1>");
    expect(html).not.toMatch(/<script/i);
  });
});
