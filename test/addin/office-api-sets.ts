/**
 * The Office requirement sets the add-in's code needs, read from the `[Api set: Name x.y]` tags
 * that @types/office-js and @types/custom-functions-runtime put on each member: every identifier
 * in addin/ is resolved with the TypeScript checker, and the tags of what it resolves to count.
 * A tag that names several versions ("ExcelApi 1.1 for reading; 1.2 for setting") counts at the
 * first, the version that introduced the member.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

const root = join(import.meta.dirname, "..", "..");
const OFFICE_TYPES = /node_modules\/@types\/(office-js|custom-functions-runtime)\//;

export interface ApiSetUse {
  readonly set: string;
  readonly version: string;
  readonly member: string;
  readonly file: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

/** "ExcelApi 1.1 for reading visibility; 1.2 for setting it." → [["ExcelApi", "1.1"]] */
export function parseApiSetTag(tag: string): Array<[string, string]> {
  return tag.split(",").flatMap((part) => {
    const m = /^\s*([A-Za-z]+)\s+(\d+\.\d+)/.exec(part);
    return m?.[1] && m[2] ? [[m[1], m[2]] as [string, string]] : [];
  });
}

export function apiSetUses(dir = join(root, "addin")): ApiSetUse[] {
  const files = sourceFiles(dir).filter((f) => /\b(Excel|Office|CustomFunctions)\b/.test(readFileSync(f, "utf8")));
  const config = ts.readConfigFile(join(root, "tsconfig.json"), ts.sys.readFile).config as object;
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);
  const program = ts.createProgram(files, { ...options, noEmit: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const uses: ApiSetUse[] = [];
  for (const source of program.getSourceFiles()) {
    if (!source.fileName.startsWith(dir)) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node)) {
        let symbol = checker.getSymbolAtLocation(node);
        if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
        for (const declaration of symbol?.declarations ?? []) {
          if (!OFFICE_TYPES.test(declaration.getSourceFile().fileName)) continue;
          const docs = ts.getJSDocCommentsAndTags(declaration).map((d) => d.getText()).join("\n");
          const tag = /\[Api set: ([^\]]+)\]/.exec(docs)?.[1];
          for (const [set, version] of tag ? parseApiSetTag(tag) : []) {
            uses.push({ set, version, member: symbol?.name ?? node.text, file: source.fileName.slice(root.length + 1) });
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

const newer = (a: string, b: string) => {
  const [am = 0, an = 0] = a.split(".").map(Number);
  const [bm = 0, bn = 0] = b.split(".").map(Number);
  return am !== bm ? am > bm : an > bn;
};

/** The highest version of each set that the uses need. */
export function requiredSets(uses: readonly ApiSetUse[]): Map<string, string> {
  const sets = new Map<string, string>();
  for (const use of uses) {
    const known = sets.get(use.set);
    if (!known || newer(use.version, known)) sets.set(use.set, use.version);
  }
  return sets;
}
