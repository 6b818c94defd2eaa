/**
 * Import rules of shared/ and of the file reader (see README → Layout): shared/ uses no Node
 * built-ins, only shared/file-reader/ imports SheetJS, and the add-in loads the reader lazily so
 * SheetJS stays out of the task pane's initial JavaScript. Also the rules between the edges: the
 * CLI and report-files/ do not reach into the API's internals.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "node_modules" ? [] : files(path);
    return /\.(ts|tsx|mts)$/.test(name) ? [path] : [];
  });
}

/** Source without comments, so that a comment naming a module is no import. */
function code(path: string): string {
  return readFileSync(path, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
}

const sources = ["shared", "addin", "cli", "api", "report-files"].flatMap((dir) => files(join(ROOT, dir))).map((path) => ({ path: relative(ROOT, path), text: code(path) }));

function importing(pattern: RegExp): string[] {
  return sources.filter((s) => pattern.test(s.text)).map((s) => s.path).sort();
}

describe("the file reader's boundaries", () => {
  it("only shared/file-reader/ imports SheetJS", () => {
    const users = importing(/(?:from\s+|import\s*\(\s*)["']@e965\/xlsx["']/);
    expect(users.length).toBeGreaterThan(0);
    expect(users.filter((path) => !path.startsWith("shared/file-reader/"))).toEqual([]);
  });

  it("shared/ imports no Node built-ins, so the reader runs in the task pane too", () => {
    expect(importing(/from\s+["']node:/).filter((path) => path.startsWith("shared/"))).toEqual([]);
    expect(importing(/from\s+["'](?:zlib|fs|path|buffer|crypto)["']/).filter((path) => path.startsWith("shared/"))).toEqual([]);
  });

  it("the add-in reaches the reader through addin/services/read-file.ts, which it imports lazily", () => {
    expect(importing(/from\s+["'][^"']*file-reader\/read-workbook["']/).filter((path) => path.startsWith("addin/"))).toEqual(["addin/services/read-file.ts"]);
    const eager = sources.filter((s) => s.path.startsWith("addin/") && /^import\s+(?!type\b)[^;]*from\s+["'][^"']*services\/read-file["']/m.test(s.text));
    expect(eager.map((s) => s.path)).toEqual([]);
  });
});

describe("the floors of shared/", () => {
  it("validation, the catalogs, ids and the model never import the importer", () => {
    const lower = ["shared/validation/", "shared/catalog/", "shared/ids/", "shared/model/"];
    const users = importing(/from\s+["'][^"']*\/import\/[^"']*["']/).filter((path) => lower.some((dir) => path.startsWith(dir)));
    expect(users).toEqual([]);
  });

  it("the catalogs and the crosswalk never import the report; what both use lives in shared/util/", () => {
    const users = importing(/from\s+["'][^"']*\/report\/[^"']*["']/).filter((path) => path.startsWith("shared/catalog/") || path.startsWith("shared/crosswalk/"));
    expect(users).toEqual([]);
  });
});

/** Relative import specifiers of a source, resolved against the repository root. */
function importsOf(source: { path: string; text: string }): string[] {
  const specifiers = [...source.text.matchAll(/(?:from\s+|import\s*\(\s*)["'](\.{1,2}\/[^"']*)["']/g)].map((m) => m[1] ?? "");
  return specifiers.map((specifier) => relative(ROOT, join(ROOT, source.path, "..", specifier)));
}

describe("the edges", () => {
  it("the CLI imports of api/ only api/local/, which `crosswalk serve` starts", () => {
    const cli = sources.filter((s) => s.path.startsWith("cli/"));
    const reaching = cli.flatMap((s) => importsOf(s).filter((target) => target.startsWith("api/") && !target.startsWith("api/local/")).map((target) => `${s.path} → ${target}`));
    expect(cli.some((s) => importsOf(s).some((target) => target.startsWith("report-files/")))).toBe(true);
    expect(reaching).toEqual([]);
  });

  it("report-files/ imports only shared/ and itself, so the API and the CLI can both use it", () => {
    const files = sources.filter((s) => s.path.startsWith("report-files/"));
    expect(files.length).toBeGreaterThan(0);
    const outside = files.flatMap((s) => importsOf(s).filter((target) => !target.startsWith("shared/") && !target.startsWith("report-files/")).map((target) => `${s.path} → ${target}`));
    expect(outside).toEqual([]);
  });

  it("report-files/ loads exceljs lazily, so only an XLSX pays for it", () => {
    const eager = sources.filter((s) => s.path.startsWith("report-files/") && /^import\s+(?!type\b)[^;]*from\s+["']exceljs["']/m.test(s.text));
    expect(eager.map((s) => s.path)).toEqual([]);
  });
});

/** Relative imports (type-only included) from each source file to the files they name. */
function importGraph(): Map<string, string[]> {
  const known = new Set(sources.map((s) => s.path));
  const resolve = (from: string, spec: string): string | undefined => {
    const base = join(from, "..", spec);
    return [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts")].map((p) => relative(".", p)).find((p) => known.has(p));
  };
  return new Map(
    sources.map((s) => {
      const specs = [...s.text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?from\s+["'](\.[^"']+)["']/g)].map((m) => m[1]!);
      return [s.path, specs.map((spec) => resolve(s.path, spec)).filter((p): p is string => p !== undefined)];
    }),
  );
}

/** Every strongly connected set of more than one module (Tarjan), each sorted. */
function importCycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) cycles.push(group.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

describe("module structure", () => {
  it("no two modules import each other, directly or around a loop", () => {
    expect(importCycles(importGraph())).toEqual([]);
  });

  it("the cycle finder sees a loop when there is one", () => {
    const loop = new Map([["a.ts", ["b.ts"]], ["b.ts", ["c.ts"]], ["c.ts", ["a.ts"]], ["d.ts", ["a.ts"]]]);
    expect(importCycles(loop)).toEqual([["a.ts", "b.ts", "c.ts"]]);
  });
});
