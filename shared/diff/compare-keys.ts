/**
 * Natural order for record keys, so `R-2` sorts before `R-10` and `A.6.2.10` after `A.6.2.9`:
 * runs of digits compare by value, everything else by code point; ties fall back to plain code
 * point order, so the order is total and does not depend on the locale.
 */
export function compareKeys(a: string, b: string): number {
  const left = chunks(a);
  const right = chunks(b);
  const length = Math.min(left.length, right.length);
  for (let index = 0; index < length; index += 1) {
    const x = left[index]!;
    const y = right[index]!;
    const order = isDigits(x) && isDigits(y) ? compareDigits(x, y) : compareCodePoints(x, y);
    if (order !== 0) return order;
  }
  if (left.length !== right.length) return left.length - right.length;
  return compareCodePoints(a, b);
}

function chunks(text: string): string[] {
  return text.match(/\d+|\D+/g) ?? [];
}

function isDigits(text: string): boolean {
  const code = text.charCodeAt(0);
  return code >= 48 && code <= 57;
}

function compareDigits(x: string, y: string): number {
  const a = x.replace(/^0+(?=\d)/, "");
  const b = y.replace(/^0+(?=\d)/, "");
  if (a.length !== b.length) return a.length - b.length;
  return compareCodePoints(a, b);
}

function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
