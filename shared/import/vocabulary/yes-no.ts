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
      "はい", "有", "是", "예", "네", "t" /* T/N: tak/nie */,
      // "applicable" as SoAs write it: bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
      "приложимо", "приложима", "primjenjivo", "aplikovatelné", "aplikovateľné", "uporabno", "anvendelig", "relevant",
      "tillämplig", "tillämpligt", "sovelletaan", "kohaldatav", "piemērojams", "taikoma", "alkalmazható",
      "aplicabil", "dotyczy", "stosowane", "εφαρμόζεται", "applikabbli", "infheidhme", "uygulanabilir", "適用", "适用",
      "적용"],
  },
  {
    value: false,
    words: ["no", "n", "false", "0", "✗", "✘", "☐", "not applicable", "n/a", "na", "excluded", "exclude", "not selected",
      "out of scope", "not required", "non", "faux", "non applicable", "exclu", "nein", "falsch", "nicht anwendbar",
      "ausgeschlossen", "falso", "no aplicable", "excluido", "non applicabile", "escluso", "nee", "onwaar",
      "niet van toepassing", "uitgesloten", "não", "nao", "não aplicável", "excluído",
      // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
      "не", "ne", "nie", "nej", "nei", "ei", "nē", "nem", "nu", "όχι", "le", "níl", "ní hea", "hayır", "いいえ", "無", "否",
      "아니오", "아니요",
      "неприложимо", "неприложима", "nije primjenjivo", "neprimjenjivo", "neaplikovatelné", "netýká se",
      "neaplikovateľné", "netýka sa", "ni uporabno", "ikke relevant", "ikke anvendelig", "fravalgt", "ej tillämplig",
      "ej tillämpligt", "inte tillämplig", "ei sovelleta", "ei kohaldu", "ei ole kohaldatav", "nav piemērojams",
      "neattiecas", "netaikoma", "nem alkalmazható", "neaplicabil", "nu se aplică", "nie dotyczy", "niestosowane",
      "μη εφαρμόσιμο", "δεν εφαρμόζεται", "mhux applikabbli", "ní bhaineann", "uygulanamaz", "uygulanabilir değil",
      "適用外", "対象外", "除外", "不适用", "不適用", "미적용", "해당 없음", "해당없음", "não se aplica"],
  },
]);
