/** Column letters and A1 addresses as Excel shows them. All indexes are 0-based. */

/** 0 → "A", 25 → "Z", 26 → "AA", 16383 → "XFD". */
export function columnLetter(index: number): string {
  let n = Math.floor(index) + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "A" → 0, "aa" → 26; undefined for anything that is not 1–3 letters. */
export function columnIndex(letters: string): number | undefined {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return undefined;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** (row 4, column 3) → "D5". */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}
