import { PROBLEM_TYPES } from "../problem";

type Json = Record<string, unknown>;

function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The little Markdown the descriptions use: paragraphs, `code`, **bold**. */
function md(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((para) => {
      const html = esc(para)
        .replace(/`([^`]+)`/g, "<code>$1</code>")
        .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>");
      return `<p>${html}</p>`;
    })
    .join("\n");
}

function obj(value: unknown): Json {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Json) : {};
}

function str(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function schemaHtml(schema: unknown): string {
  const text = JSON.stringify(schema, null, 2) ?? "";
  return `<pre>${esc(text).replace(
    /&quot;#\/components\/schemas\/([A-Za-z]+)&quot;/g,
    '&quot;<a href="#schema-$1">#/components/schemas/$1</a>&quot;',
  )}</pre>`;
}

function schemaLink(content: unknown): string {
  const media = Object.entries(obj(content));
  return media
    .map(([type, m]) => {
      const schema = obj(obj(m).schema);
      const target = str(schema.$ref).replace("#/components/schemas/", "");
      return `<code>${esc(type)}</code>${target ? ` <a href="#schema-${esc(target)}">${esc(target)}</a>` : ""}`;
    })
    .join(", ");
}

function operationHtml(path: string, method: string, op: Json, shared: unknown[]): string {
  const params = [...shared, ...(Array.isArray(op.parameters) ? op.parameters : [])].map(obj);
  const rows = params
    .map(
      (p) =>
        `<tr><td><code>${esc(str(p.name))}</code></td><td>${esc(str(p.in))}</td><td>${p.required ? "yes" : ""}</td><td>${md(str(p.description))}</td></tr>`,
    )
    .join("");
  const body = obj(op.requestBody);
  const responses = Object.entries(obj(op.responses))
    .map(([status, r]) => {
      const response = obj(r);
      return `<tr><td><code>${esc(status)}</code></td><td>${md(str(response.description))}</td><td>${schemaLink(response.content)}</td></tr>`;
    })
    .join("");
  const id = str(op.operationId);
  return `<section class="op" id="op-${esc(id)}">
<h3><span class="method ${esc(method)}">${esc(method.toUpperCase())}</span> <code>${esc(path)}</code></h3>
<p class="summary">${esc(str(op.summary))}</p>
${op.description ? md(str(op.description)) : ""}
${rows ? `<table><thead><tr><th>parameter</th><th>in</th><th>required</th><th>description</th></tr></thead><tbody>${rows}</tbody></table>` : ""}
${body.content ? `<p><strong>Request body:</strong> ${schemaLink(body.content)}</p>` : ""}
<table><thead><tr><th>status</th><th>meaning</th><th>body</th></tr></thead><tbody>${responses}</tbody></table>
</section>`;
}

/** A self-contained HTML page (no scripts, no external assets) rendered from the OpenAPI document. */
export function docsPage(doc: Json): string {
  const info = obj(doc.info);
  const ops: string[] = [];
  const toc: string[] = [];
  for (const [path, item] of Object.entries(obj(doc.paths))) {
    const pathItem = obj(item);
    const shared = Array.isArray(pathItem.parameters) ? pathItem.parameters : [];
    for (const method of ["get", "post", "put", "patch", "delete"]) {
      const op = pathItem[method];
      if (!op) continue;
      const operation = obj(op);
      ops.push(operationHtml(path, method, operation, shared));
      toc.push(
        `<li><a href="#op-${esc(str(operation.operationId))}"><span class="method ${method}">${method.toUpperCase()}</span> ${esc(path)}</a></li>`,
      );
    }
  }
  const schemas = Object.entries(obj(obj(doc.components).schemas))
    .map(([name, schema]) => `<section id="schema-${esc(name)}"><h3>${esc(name)}</h3>${schemaHtml(schema)}</section>`)
    .join("\n");
  const problems = Object.entries(PROBLEM_TYPES)
    .map(
      ([type, p]) =>
        `<tr id="problem-${esc(type)}"><td><code>/docs#problem-${esc(type)}</code></td><td>${p.status}</td><td>${esc(p.title)}</td><td>${md(p.when)}</td></tr>`,
    )
    .join("");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(str(info.title))}</title>
<style>
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1b1b1b;background:#fafafa}
main{max-width:980px;margin:0 auto;padding:24px}
h1{margin-top:0}h2{border-bottom:1px solid #ddd;padding-bottom:4px;margin-top:40px}
code,pre{font-family:ui-monospace,SFMono-Regular,Consolas,monospace;font-size:13px}
pre{background:#f0f0f0;padding:12px;overflow:auto;border-radius:4px}
table{border-collapse:collapse;width:100%;margin:8px 0}td,th{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}
td p{margin:0}
.op{background:#fff;border:1px solid #e3e3e3;border-radius:6px;padding:8px 16px;margin:16px 0}
.method{display:inline-block;min-width:56px;text-align:center;border-radius:3px;color:#fff;font-size:12px;padding:1px 6px;font-weight:600}
.get{background:#1f6feb}.post{background:#1a7f37}.delete{background:#cf222e}.put,.patch{background:#9a6700}
.summary{font-weight:600}
ul.toc{list-style:none;padding:0}ul.toc a{text-decoration:none}
</style>
</head>
<body><main>
<h1>${esc(str(info.title))} <small>${esc(str(info.version))}</small></h1>
<p>Machine-readable: <a href="/v1/openapi.json">/v1/openapi.json</a></p>
${md(str(info.description))}
<h2>Endpoints</h2>
<ul class="toc">${toc.join("")}</ul>
${ops.join("\n")}
<h2 id="problems">Problem types</h2>
<table><thead><tr><th>type</th><th>status</th><th>title</th><th>when</th></tr></thead><tbody>${problems}</tbody></table>
<h2>Schemas</h2>
${schemas}
</main></body>
</html>`;
}
