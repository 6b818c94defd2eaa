import { fold } from "../text";

/**
 * Cell texts that mean "nothing here": dashes (the eramba export marks empty cells with `—`),
 * "none", "N/A" and friends. "N/A" is *not* empty in a yes/no or status column, where it means
 * "not applicable"; those normalisers look at it first.
 */
const EMPTY_MARKERS = new Set([
  "", "-", "--", "---", "–", "—", "―", "‒", "/", ".", "..", "n/a", "na", "n.a.", "n.a", "n / a", "none", "nil", "null",
  "nothing", "not applicable", "keine", "kein", "aucun", "aucune", "néant", "ninguno", "ninguna", "nessuno", "geen",
  "nenhum", "nenhuma", "#n/a",
]);

export function isEmptyMarker(text: string): boolean {
  // Every marker is short and starts with a dash, slash, dot, "#" or a letter of the list.
  if (text.length > 24) return false;
  const folded = fold(text);
  return EMPTY_MARKERS.has(folded) || (folded.length > 1 && EMPTY_MARKERS.has(folded.replace(/\.$/, "")));
}

/**
 * Template text left in a cell: the whole cell in square or angle brackets (`[R-XX-01]`,
 * `[1-5]`, `<owner name>`), or a to-be-decided marker (TBD, TBC, XXX, ???).
 */
export function isPlaceholder(text: string): boolean {
  const t = text.trim();
  if (t === "") return false;
  if (/^\[[^\]]*\]$/s.test(t) || /^<[^<>]*>$/s.test(t) || /^\{[^{}]*\}$/s.test(t)) return true;
  if (t.length > 30 || !/^(?:t[bo]|x|\?|\.|…|_|[àa]\s|z|por\s|da\s|nog\s)/i.test(t)) return false;
  const f = fold(t);
  return /^(?:tbd|tbc|tba|to be (?:determined|confirmed|defined|decided)|x{2,}|\?{2,}|\.{3,}|…|_{3,}|à définir|a definir|à compléter|zu definieren|por definir|da definire|nog te bepalen|a definir)$/.test(f);
}
