import type { CommonMatrixSummary } from "../sections/risk-posture";
import { escapeHtml } from "./escape-html";

const SAFE_COLOUR = /^#[0-9A-Fa-f]{6}$/;
const colour = (value: string | undefined, fallback: string) => (value !== undefined && SAFE_COLOUR.test(value) ? value : fallback);

/**
 * A heat map on the common matrix as inline SVG: likelihood up the side (highest at the top),
 * impact along the bottom, each cell in its band's colour with its count.
 */
export function heatMapSvg(matrix: CommonMatrixSummary, grid: readonly (readonly number[])[], title: string): string {
  const size = 52;
  const left = 120;
  const top = 28;
  const nL = matrix.likelihood.length;
  const nI = matrix.impact.length;
  const width = left + nI * size + 10;
  const height = top + nL * size + 44;
  const bandColour = new Map(matrix.bands.map((band) => [band.id, band.colour]));
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(title)}">`);
  parts.push(`<title>${escapeHtml(title)}</title>`);
  parts.push(`<text x="${left}" y="18" class="svg-title">${escapeHtml(title)}</text>`);
  for (let row = 0; row < nL; row += 1) {
    const l = nL - 1 - row;
    const y = top + row * size;
    parts.push(`<text x="${left - 6}" y="${y + size / 2 + 4}" text-anchor="end" class="svg-axis">${l + 1} ${escapeHtml(matrix.likelihood[l] ?? "")}</text>`);
    for (let i = 0; i < nI; i += 1) {
      const x = left + i * size;
      const count = grid[l]?.[i] ?? 0;
      const fill = colour(bandColour.get(matrix.cellBands[l]?.[i] ?? ""), "#DDDDDD");
      parts.push(`<rect x="${x}" y="${y}" width="${size - 2}" height="${size - 2}" fill="${fill}" fill-opacity="${count > 0 ? 1 : 0.35}"/>`);
      parts.push(`<text x="${x + (size - 2) / 2}" y="${y + size / 2 + 5}" text-anchor="middle" class="svg-count">${count}</text>`);
    }
  }
  for (let i = 0; i < nI; i += 1) {
    const x = left + i * size + (size - 2) / 2;
    parts.push(`<text x="${x}" y="${top + nL * size + 14}" text-anchor="middle" class="svg-axis">${i + 1}</text>`);
    parts.push(`<text x="${x}" y="${top + nL * size + 28}" text-anchor="middle" class="svg-axis svg-small">${escapeHtml(matrix.impact[i] ?? "")}</text>`);
  }
  parts.push(`<text x="6" y="${top - 8}" class="svg-axis svg-small">Likelihood</text>`);
  parts.push(`<text x="${left + nI * size - 2}" y="${height - 2}" text-anchor="end" class="svg-axis svg-small">Impact</text>`);
  parts.push("</svg>");
  return parts.join("");
}

const SERIES_COLOURS = ["#2B6CB0", "#2F855A", "#805AD5", "#B7791F"];

/** Horizontal bars, one group per row and one bar per series, values 0..1; absent values are marked n/a. */
export function barsSvg(title: string, series: readonly string[], rows: readonly { label: string; values: readonly (number | undefined)[] }[]): string {
  const labelWidth = 200;
  const track = 300;
  const barHeight = 11;
  const gap = 3;
  const groupHeight = series.length * (barHeight + gap) + 10;
  const top = 46;
  const legendSpacing = 170;
  const width = labelWidth + Math.max(track + 60, series.length * legendSpacing);
  const height = top + rows.length * groupHeight + 6;
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(title)}">`);
  parts.push(`<title>${escapeHtml(title)}</title>`);
  parts.push(`<text x="0" y="16" class="svg-title">${escapeHtml(title)}</text>`);
  series.forEach((name, s) => {
    const x = labelWidth + s * legendSpacing;
    parts.push(`<rect x="${x}" y="26" width="10" height="10" fill="${SERIES_COLOURS[s % SERIES_COLOURS.length]}"/>`);
    parts.push(`<text x="${x + 14}" y="35" class="svg-axis svg-small">${escapeHtml(name)}</text>`);
  });
  rows.forEach((row, r) => {
    const y = top + r * groupHeight;
    parts.push(`<text x="${labelWidth - 8}" y="${y + groupHeight / 2}" text-anchor="end" class="svg-axis">${escapeHtml(row.label)}</text>`);
    row.values.forEach((value, s) => {
      const by = y + s * (barHeight + gap);
      parts.push(`<rect x="${labelWidth}" y="${by}" width="${track}" height="${barHeight}" fill="#EDF2F7"/>`);
      if (value === undefined || !Number.isFinite(value)) {
        parts.push(`<text x="${labelWidth + 4}" y="${by + barHeight - 2}" class="svg-axis svg-small">n/a</text>`);
        return;
      }
      const clamped = Math.min(1, Math.max(0, value));
      parts.push(`<rect x="${labelWidth}" y="${by}" width="${(track * clamped).toFixed(1)}" height="${barHeight}" fill="${SERIES_COLOURS[s % SERIES_COLOURS.length]}"/>`);
      parts.push(`<text x="${labelWidth + track + 6}" y="${by + barHeight - 1}" class="svg-axis svg-small">${Math.round(clamped * 100)}%</text>`);
    });
  });
  parts.push("</svg>");
  return parts.join("");
}
