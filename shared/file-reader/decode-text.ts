import { textDecoder } from "./text-decoder";
/**
 * Text files come in whatever encoding the exporting tool chose: UTF-8 with or without a BOM,
 * UTF-16 (Excel's "Unicode text"), or Windows-1252 (older Excel CSV on Windows).
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return textDecoder("utf-8").decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return textDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return textDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return textDecoder("utf-8", true).decode(bytes);
  } catch {
    return textDecoder("windows-1252").decode(bytes);
  }
}

/** True when the text looks like binary data rather than a delimited text file. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65_536);
  if (sample.length === 0) return false;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0) return true;
    if (code < 32 && code !== 9 && code !== 10 && code !== 13) control++;
    if (code === 0xfffd) control++;
  }
  return control / sample.length > 0.01;
}

const CANDIDATES = [",", ";", "\t", "|"] as const;

/**
 * The delimiter of a CSV-like text: the candidate that splits the first lines (outside quotes)
 * into the most fields, consistently. Semicolons are what European Excel writes.
 */
export function sniffDelimiter(text: string): string {
  const lines: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < text.length && lines.length < 20; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    if (!quoted && (ch === "\n" || ch === "\r")) {
      if (current.trim() !== "") lines.push(current);
      current = "";
      continue;
    }
    current += ch;
  }
  if (current.trim() !== "" && lines.length < 20) lines.push(current);
  let best: string = ",";
  let bestScore = 0;
  for (const delimiter of CANDIDATES) {
    const counts = lines.map((line) => countOutsideQuotes(line, delimiter));
    const first = counts[0] ?? 0;
    if (first === 0) continue;
    const consistent = counts.filter((c) => c === first).length / counts.length;
    const score = first * consistent;
    if (score > bestScore) {
      bestScore = score;
      best = delimiter;
    }
  }
  return best;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === delimiter) count++;
  }
  return count;
}
