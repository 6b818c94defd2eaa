import type { DualConformanceReport } from "../report";
import { type Block, type DocCell, reportDocument } from "./document";

/**
 * Text made inert in Markdown: characters that start emphasis, code, links, tables or raw HTML are
 * backslash-escaped (CommonMark lets any ASCII punctuation be escaped), and line breaks become
 * spaces so a value cannot start a new block. `<script>` in a risk title stays text.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r\n?|\n/g, " ").replace(/[\\`*_[\]<>|~&]/g, "\\$&");
}

function cellText(cell: DocCell): string {
  if (typeof cell === "number") return String(cell);
  if (typeof cell === "string") return escapeMarkdown(cell);
  return escapeMarkdown(cell.text);
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case "heading":
      return `${"#".repeat(block.level)} ${escapeMarkdown(block.text)}`;
    case "paragraph":
      return escapeMarkdown(block.text);
    case "note":
      return `> ${escapeMarkdown(block.text)}`;
    case "list":
      return block.items.map((item) => `- ${escapeMarkdown(item)}`).join("\n");
    case "facts":
      return block.items.map((item) => `- **${escapeMarkdown(item.label)}:** ${cellText(item.value)}`).join("\n");
    case "table": {
      if (block.rows.length === 0) return "_None._";
      const header = `| ${block.columns.map(escapeMarkdown).join(" | ")} |`;
      const rule = `| ${block.columns.map((_, k) => (block.numeric?.[k] ? "---:" : "---")).join(" | ")} |`;
      const rows = block.rows.map((row) => `| ${row.map(cellText).join(" | ")} |`);
      return [header, rule, ...rows, ...(block.footnote ? ["", `_${escapeMarkdown(block.footnote)}_`] : [])].join("\n");
    }
    case "heatmaps":
      return block.maps
        .map((map) => {
          const m = block.matrix;
          const header = `| ${escapeMarkdown(map.title)}: likelihood \\\\ impact | ${m.impact.map((label, i) => `${i + 1} ${escapeMarkdown(label)}`).join(" | ")} |`;
          const rule = `| --- | ${m.impact.map(() => "---:").join(" | ")} |`;
          const rows = m.likelihood.map((_, k) => {
            const l = m.likelihood.length - 1 - k;
            return `| ${l + 1} ${escapeMarkdown(m.likelihood[l] ?? "")} | ${m.impact.map((__, i) => String(map.grid[l]?.[i] ?? 0)).join(" | ")} |`;
          });
          return [header, rule, ...rows].join("\n");
        })
        .join("\n\n");
    case "bars": {
      const header = `| ${escapeMarkdown(block.title)} | ${block.series.map(escapeMarkdown).join(" | ")} |`;
      const rule = `| --- | ${block.series.map(() => "---:").join(" | ")} |`;
      const rows = block.rows.map((row) => `| ${escapeMarkdown(row.label)} | ${row.values.map((v) => (v === undefined ? "n/a" : `${Math.round(v * 100)}%`)).join(" | ")} |`);
      return [header, rule, ...rows].join("\n");
    }
  }
}

/** The report as GitHub-flavoured Markdown: the same content as the HTML, tables instead of charts. */
export function renderMarkdown(report: DualConformanceReport): string {
  return `${reportDocument(report).map(renderBlock).join("\n\n")}\n`;
}
