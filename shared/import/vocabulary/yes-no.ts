import { Vocabulary } from "./vocabulary";

/** Yes/no flags as people type them, including ticks and crosses. */
export const YES_NO_WORDS = new Vocabulary<boolean>([
  {
    value: true,
    words: ["yes", "y", "true", "1", "x", "✓", "✔", "☑", "ok", "applicable", "included", "include", "selected", "in scope",
      "required", "oui", "o", "vrai", "applicable", "inclus", "retenu", "ja", "j", "wahr", "anwendbar", "zutreffend",
      "sí", "si", "s", "verdadero", "aplicable", "incluido", "vero", "applicabile", "incluso", "wel", "waar",
      "van toepassing", "sim", "verdadeiro", "aplicável", "incluído",
      // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
      "да", "da", "ano", "áno", "ja", "kyllä", "jah", "jā", "taip", "igen", "tak", "ναι", "iva", "tá", "sea", "evet",
      "はい", "有", "是", "예", "네"],
  },
  {
    value: false,
    words: ["no", "n", "false", "0", "✗", "✘", "☐", "not applicable", "n/a", "na", "excluded", "exclude", "not selected",
      "out of scope", "not required", "non", "faux", "non applicable", "exclu", "nein", "falsch", "nicht anwendbar",
      "ausgeschlossen", "falso", "no aplicable", "excluido", "non applicabile", "escluso", "nee", "onwaar",
      "niet van toepassing", "uitgesloten", "não", "nao", "não aplicável", "excluído",
      // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
      "не", "ne", "nie", "nej", "nei", "ei", "nē", "nem", "nu", "όχι", "le", "níl", "ní hea", "hayır", "いいえ", "無", "否",
      "아니오", "아니요"],
  },
]);
