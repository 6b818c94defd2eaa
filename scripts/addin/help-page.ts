/**
 * help.html: the add-in's help page, served beside the task pane and named by the manifest's
 * SupportUrl and LearnMoreUrl. Rendered from docs/addin.md at build, so the help a user reaches
 * from Office is the same guide the repository keeps. Self-contained: inline styles, no scripts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { marked } from "marked";

const root = join(import.meta.dirname, "..", "..");

const STYLE = `body{font-family:"Segoe UI",system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#242424}
code,pre{font-family:Consolas,ui-monospace,monospace;background:#f5f5f5}pre{padding:.75rem;overflow-x:auto}
table{border-collapse:collapse}td,th{border:1px solid #d1d1d1;padding:.25rem .5rem;text-align:left;vertical-align:top}`;

export function helpPage(markdown: string = readFileSync(join(root, "docs", "addin.md"), "utf8")): string {
  const body = marked.parse(markdown, { async: false, gfm: true });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Crosswalk add-in help</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
