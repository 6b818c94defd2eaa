import type { DualConformanceReport } from "../report";
import { type Block, type DocCell, reportDocument } from "./document";
import { escapeHtml } from "./escape-html";
import { barsSvg, heatMapSvg } from "./svg";

const STYLE = `
:root { color-scheme: light; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1A202C; margin: 0 auto; max-width: 1200px; padding: 24px; }
h1 { font-size: 24px; margin: 0 0 8px; }
h2 { font-size: 19px; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 2px solid #CBD5E0; }
h3 { font-size: 15px; margin: 20px 0 6px; }
p, ul { margin: 6px 0 10px; }
nav ol { columns: 3; font-size: 13px; }
table { border-collapse: collapse; margin: 8px 0 12px; font-size: 12.5px; width: 100%; }
th, td { border: 1px solid #CBD5E0; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #EDF2F7; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.note { background: #EBF8FF; border-left: 4px solid #3182CE; padding: 6px 10px; }
.footnote { color: #4A5568; font-style: italic; }
.facts { display: grid; grid-template-columns: max-content auto; gap: 2px 16px; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; }
.t-good { background: #C6F6D5; }
.t-warn { background: #FEFCBF; }
.t-bad { background: #FED7D7; }
.t-info { background: #BEE3F8; }
.t-neutral { background: #EDF2F7; }
.charts { display: flex; flex-wrap: wrap; gap: 24px; }
.svg-title { font: 600 13px system-ui, sans-serif; fill: #1A202C; }
.svg-axis { font: 11px system-ui, sans-serif; fill: #2D3748; }
.svg-small { font-size: 10px; }
.svg-count { font: 600 13px system-ui, sans-serif; fill: #1A202C; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5px; }
  nav { display: none; }
  h2 { break-before: page; }
  h2#summary { break-before: auto; }
  table { font-size: 9.5px; }
  thead { display: table-header-group; }
  tr, svg, .facts { break-inside: avoid; }
  .t-good, .t-warn, .t-bad, .t-info, .t-neutral { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  @page { margin: 14mm 12mm; }
}
`;

function cell(value: DocCell, numeric: boolean | undefined): string {
  const classes: string[] = [];
  if (numeric) classes.push("num");
  let text: string;
  if (typeof value === "number") text = String(value);
  else if (typeof value === "string") text = value;
  else {
    text = value.text;
    if (value.tone) classes.push(`t-${value.tone}`);
  }
  return `<td${classes.length > 0 ? ` class="${classes.join(" ")}"` : ""}>${escapeHtml(text)}</td>`;
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case "heading":
      return `<h${block.level} id="${escapeHtml(block.id)}">${escapeHtml(block.text)}</h${block.level}>`;
    case "paragraph":
      return `<p>${escapeHtml(block.text)}</p>`;
    case "note":
      return `<p class="note">${escapeHtml(block.text)}</p>`;
    case "list":
      return block.items.length === 0 ? "" : `<ul>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>`;
    case "facts":
      return `<dl class="facts">${block.items.map((item) => `<dt>${escapeHtml(item.label)}</dt><dd${typeof item.value === "object" && item.value.tone ? ` class="t-${item.value.tone}"` : ""}>${escapeHtml(typeof item.value === "object" ? item.value.text : String(item.value))}</dd>`).join("")}</dl>`;
    case "table": {
      if (block.rows.length === 0) return "<p><em>None.</em></p>";
      const head = `<thead><tr>${block.columns.map((column, k) => `<th${block.numeric?.[k] ? ' class="num"' : ""} scope="col">${escapeHtml(column)}</th>`).join("")}</tr></thead>`;
      const body = `<tbody>${block.rows.map((row) => `<tr>${row.map((value, k) => cell(value, block.numeric?.[k])).join("")}</tr>`).join("")}</tbody>`;
      return `<table>${head}${body}</table>${block.footnote ? `<p class="footnote">${escapeHtml(block.footnote)}</p>` : ""}`;
    }
    case "heatmaps":
      return `<div class="charts">${block.maps.map((map) => heatMapSvg(block.matrix, map.grid, `${map.title} risk on the common matrix`)).join("")}</div>`;
    case "bars":
      return `<div class="charts">${barsSvg(block.title, block.series, block.rows)}</div>`;
  }
}

/**
 * The report as one standalone, printable HTML page: inline CSS and SVG charts, no scripts, no
 * external resources (a Content-Security-Policy says so to the browser too), every value escaped.
 */
export function renderHtml(report: DualConformanceReport): string {
  const [heading, intro, ...rest] = reportDocument(report);
  const blocks = rest;
  const toc = blocks.filter((b): b is Extract<Block, { kind: "heading" }> => b.kind === "heading" && b.level === 2);
  const title = `Dual-conformance report — ${report.org.name} — ${report.asOf}`;
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    "<header>",
    ...[heading, intro].filter((b): b is Block => b !== undefined).map(renderBlock),
    "</header>",
    `<nav aria-label="Contents"><ol>${toc.map((h) => `<li><a href="#${escapeHtml(h.id)}">${escapeHtml(h.text)}</a></li>`).join("")}</ol></nav>`,
    "<main>",
    ...blocks.map(renderBlock),
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
