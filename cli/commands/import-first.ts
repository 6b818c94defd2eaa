import { basename, extname } from "node:path";

/**
 * What `validate` and `push` say of a workbook Crosswalk did not make: the import command that
 * turns it into one, with the file's own name (`risks.xlsx` → `risks-crosswalk.xlsx`).
 */
export function importFirst(file: string): string {
  const out = `${basename(file, extname(file))}-crosswalk.xlsx`;
  return `${file} is not a Crosswalk workbook, so it is not read as one: import it first with \`crosswalk import ${file} --out ${out}\`, then validate and push ${out}`;
}
