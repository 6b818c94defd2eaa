import { Vocabulary } from "./vocabulary";

/** Yes/no flags as people type them, including ticks and crosses. */
export const YES_NO_WORDS = new Vocabulary<boolean>([
  {
    value: true,
    words: ["yes", "y", "true", "1", "x", "✓", "✔", "☑", "ok", "applicable", "included", "include", "selected", "in scope",
      "required", "oui", "o", "vrai", "applicable", "inclus", "retenu", "ja", "j", "wahr", "anwendbar", "zutreffend",
      "sí", "si", "s", "verdadero", "aplicable", "incluido", "vero", "applicabile", "incluso", "wel", "waar",
      "van toepassing", "sim", "verdadeiro", "aplicável", "incluído"],
  },
  {
    value: false,
    words: ["no", "n", "false", "0", "✗", "✘", "☐", "not applicable", "n/a", "na", "excluded", "exclude", "not selected",
      "out of scope", "not required", "non", "faux", "non applicable", "exclu", "nein", "falsch", "nicht anwendbar",
      "ausgeschlossen", "falso", "no aplicable", "excluido", "non applicabile", "escluso", "nee", "onwaar",
      "niet van toepassing", "uitgesloten", "não", "nao", "não aplicável", "excluído"],
  },
]);
