/** How sure the importer is of a kind or a column, as a badge colour. */
export function confidenceColor(c: number): "success" | "warning" | "danger" {
  return c >= 0.75 ? "success" : c >= 0.4 ? "warning" : "danger";
}
