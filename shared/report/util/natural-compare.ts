/**
 * Natural order for ids (`A.5.2` before `A.5.10`, `R-9` before `R-10`), locale-independent so a
 * report sorts the same on every machine: runs of digits compare by value, everything else by
 * UTF-16 code unit. Ties between equal-valued digit runs (`01` vs `1`) fall back to plain order.
 *
 * @example ["A.5.10", "A.5.2"].sort(naturalCompare) // ["A.5.2", "A.5.10"]
 */
export function naturalCompare(a: string, b: string): number {
  if (a === b) return 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    if (isDigit(ca) && isDigit(cb)) {
      let endA = i;
      while (endA < a.length && isDigit(a.charCodeAt(endA))) endA += 1;
      let endB = j;
      while (endB < b.length && isDigit(b.charCodeAt(endB))) endB += 1;
      // Compare digit runs by value without parsing: strip leading zeros, then length, then text.
      let startA = i;
      while (startA < endA - 1 && a.charCodeAt(startA) === 48) startA += 1;
      let startB = j;
      while (startB < endB - 1 && b.charCodeAt(startB) === 48) startB += 1;
      const lengthA = endA - startA;
      const lengthB = endB - startB;
      if (lengthA !== lengthB) return lengthA - lengthB;
      for (let k = 0; k < lengthA; k += 1) {
        const d = a.charCodeAt(startA + k) - b.charCodeAt(startB + k);
        if (d !== 0) return d;
      }
      i = endA;
      j = endB;
      continue;
    }
    if (ca !== cb) return ca - cb;
    i += 1;
    j += 1;
  }
  if (a.length - i !== b.length - j) return a.length - i - (b.length - j);
  return a < b ? -1 : a > b ? 1 : 0;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
