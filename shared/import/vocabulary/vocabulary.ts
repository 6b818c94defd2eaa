import { fold, stemInflected as stem, withoutBrackets } from "../text";

/**
 * A closed set of values and the words people write for them in several languages.
 * `lookup` tolerates case, accents, brackets, plurals and inflections ("Élevée", "hohe",
 * "CLOSED (remediated)"), and a leading known phrase followed by more text
 * ("Mitigate – add MFA" → mitigate, rest "add MFA").
 */
export interface VocabularyMatch<T> {
  readonly value: T;
  /** Text after the recognised phrase, if the cell said more. */
  readonly rest?: string;
}

export interface VocabularyEntry<T> {
  readonly value: T;
  readonly words: readonly string[];
}

function key(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}✓✔☑✗✘☐]+/gu, " ")
    .trim();
}

function stemKey(text: string): string {
  return key(text).split(" ").map(stem).join(" ");
}

export class Vocabulary<T> {
  private readonly exact = new Map<string, T>();
  private readonly stemmed = new Map<string, T>();
  private readonly phrases: { words: string[]; value: T }[] = [];

  /** The words as listed, for checks that no word reads as another value than its own. */
  readonly entries: readonly VocabularyEntry<T>[];

  constructor(entries: readonly VocabularyEntry<T>[]) {
    this.entries = entries;
    for (const entry of entries) {
      for (const word of entry.words) {
        const k = key(word);
        if (k === "") continue;
        if (!this.exact.has(k)) this.exact.set(k, entry.value);
        const s = stemKey(word);
        if (!this.stemmed.has(s)) this.stemmed.set(s, entry.value);
        this.phrases.push({ words: s.split(" "), value: entry.value });
      }
    }
    // Longest phrases first so "not implemented" wins over "implemented".
    this.phrases.sort((a, b) => b.words.length - a.words.length);
  }

  /** The value a whole text names, ignoring bracketed remarks; undefined if none. */
  exactly(text: string): T | undefined {
    const plain = withoutBrackets(text);
    return this.exact.get(key(plain)) ?? this.stemmed.get(stemKey(plain)) ?? this.exact.get(key(text));
  }

  /** The value a text names, whole or as its leading phrase followed by a separator. */
  lookup(text: string): VocabularyMatch<T> | undefined {
    const whole = this.exactly(text);
    if (whole !== undefined) return { value: whole };
    const match = /^\s*([^\-–—:;|,/(]+?)\s*(?:[-–—:;|,/(]|\s-\s)\s*(.*)$/s.exec(text);
    if (match?.[1]) {
      const head = this.exactly(match[1]);
      if (head !== undefined) {
        const rest = (match[2] ?? "").replace(/\)\s*$/, "").trim();
        return rest === "" ? { value: head } : { value: head, rest };
      }
    }
    return undefined;
  }

  /** Every distinct value named anywhere in the text, in order (for multi-valued fields). */
  all(text: string): T[] {
    const tokens = stemKey(withoutBrackets(text)).split(" ").filter((t) => t !== "");
    const found: T[] = [];
    let i = 0;
    while (i < tokens.length) {
      let matched = false;
      for (const phrase of this.phrases) {
        const n = phrase.words.length;
        if (i + n > tokens.length) continue;
        let ok = true;
        for (let j = 0; j < n; j++) if (tokens[i + j] !== phrase.words[j]) ok = false;
        if (ok) {
          if (!found.includes(phrase.value)) found.push(phrase.value);
          i += n;
          matched = true;
          break;
        }
      }
      if (!matched) i++;
    }
    return found;
  }
}
