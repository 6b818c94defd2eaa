import type { RatingConcept, RatingStage } from "./field-spec";
import { fold, stem, withoutBrackets, words } from "./text";

/**
 * Likelihood and impact columns are recognised by concept rather than by a list of phrases,
 * because registers combine the words freely: "Inherent Likelihood (1-5)", "Residual risk –
 * probability", "Brutto-Eintrittswahrscheinlichkeit", "Probabilité résiduelle", or a two-row
 * header "Inherent risk" over "Likelihood | Impact".
 */

const LIKELIHOOD = [
  "likelihood", "probability", "chance", "frequency", "occurrence", "prob",
  "probabilité", "vraisemblance", "fréquence", "occurrence",
  "wahrscheinlichkeit", "eintrittswahrscheinlichkeit", "häufigkeit", "eintritt",
  "probabilidad", "frecuencia", "posibilidad",
  "probabilità", "frequenza",
  "waarschijnlijkheid", "kans", "frequentie",
  "probabilidade", "frequência",
  // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
  "вероятност", "vjerojatnost", "pravděpodobnost", "pravdepodobnosť", "verjetnost", "sandsynlighed", "sannolikhet",
  "sannsynlighet", "todennäköisyys", "tõenäosus", "varbūtība", "tikimybė", "valószínűség", "probabilitate",
  "prawdopodobieństwo", "πιθανότητα", "probabbiltà", "dóchúlacht", "olasılık", "olasilik",
];
const IMPACT = [
  "impact", "severity", "consequence", "magnitude", "harm", "seriousness",
  "gravité", "conséquence", "sévérité",
  "auswirkung", "schadensausmaß", "schadenshöhe", "schwere", "tragweite", "schaden", "ausmaß",
  "impacto", "gravedad", "consecuencia", "severidad",
  "impatto", "gravità", "conseguenza", "severità", "danno",
  "gevolg", "ernst", "ernstigheid", "schade", "effect",
  "gravidade", "severidade", "consequência",
  // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
  "въздействие", "последици", "влияние", "utjecaj", "posljedica", "posljedice", "dopad", "vpliv", "posledica",
  "posledice", "konsekvens", "påvirkning", "påverkan", "vaikutus", "seuraus", "mõju", "ietekme", "poveikis", "hatás",
  "wpływ", "skutek", "skutki", "επίπτωση", "επιπτώσεις", "αντίκτυπος", "συνέπεια", "συνέπειες", "impatt", "tionchar",
  "etki", "şiddet",
];
/** German compounds carry the concept inside a longer word (Netto-Schadenshöhe, Eintrittswahrscheinlichkeit). */
const LIKELIHOOD_ROOTS = ["wahrscheinlichkeit", "haufigkeit", "probabil", "likelihood", "waarschijnlijk", "kans", "todennakoisyy", "valoszinuseg", "sandsynlighed", "sannolikhet", "sannsynlighet"];
const IMPACT_ROOTS = ["auswirkung", "schaden", "tragweite", "impact", "severit", "ausmass", "vaikutu", "konsekvens"];

const INHERENT = [
  "inherent", "gross", "brut", "brute", "inhérent", "inhérente", "brutto", "inhärent", "inherente", "inerente", "bruto",
  "bruut", "before", "pre", "prior", "initial", "raw", "untreated", "unmitigated", "avant", "vor", "antes", "prima",
  "voor", "original", "uncontrolled",
  // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
  "присъщ", "присъща", "присъщо", "inherentni", "inherentna", "inherentní", "inherentné", "inherentno", "inherentná",
  "iboende", "inneboende", "luontainen", "raksturīgais", "raksturīgā", "būdingoji", "būdinga", "inherens", "inerent",
  "inerentă", "inherentne", "inherentny", "inherentna", "εγγενής", "εγγενη", "inerenti", "bunúsach", "doğal", "brüt",
  "bruttó",
];
const RESIDUAL = [
  "residual", "net", "résiduel", "résiduelle", "netto", "rest", "restrisiko", "residuo", "residua", "residuale",
  "restrisico", "residueel", "after", "post", "treated", "mitigated", "après", "nach", "después", "dopo", "após",
  "remaining", "controlled", "target", "cible", "ziel", "objetivo", "obiettivo", "doel", "alvo",
  // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
  "остатъчен", "остатъчна", "остатъчно", "preostali", "preostala", "rezidualni", "rezidualna", "zbytkové", "zbytková",
  "zbytkový", "zvyškové", "zvyšková", "zvyškový", "preostalo", "preostala", "kvarstående", "jäännös", "jääk",
  "atlikušais", "atlikusī", "likutinė", "likutinis", "maradvány", "nettó", "rezidual", "reziduală", "rezydualne",
  "rezydualny", "rezydualna", "szczątkowe", "υπολειπόμενος", "υπολειπόμενη", "υπολειπομενο", "residwu", "residwa",
  "iarmharach", "artık", "kalıntı",
];
const RESIDUAL_ROOTS = ["rest", "netto", "residu", "jaannos"];
const INHERENT_ROOTS = ["brutto", "inhar", "inhaer"];

/** Words that may sit next to the concept without changing what the column holds. */
const FILLER = new Set(
  [
    "risk", "rating", "score", "level", "scale", "value", "rate", "rated", "assessment", "estimated", "estimate", "of",
    "risque", "niveau", "note", "échelle", "risiko", "stufe", "wert", "bewertung", "skala", "riesgo", "nivel",
    "valoración", "escala", "rischio", "livello", "valutazione", "scala", "risico", "niveau", "waarde", "schaal",
    "risco", "nível", "avaliação", "escala", "l", "i", "p", "x", "1", "2", "3", "4", "5", "10",
  ].map((w) => stem(fold(w))),
);

const EXACT_LIKELIHOOD = new Set(["l", "p", "lik", "prob", "w", "eintritt"]);
const EXACT_IMPACT = new Set(["i", "s", "sev", "imp", "c", "a", "g"]);

const set = (list: readonly string[]) => new Set(list.map((w) => stem(fold(w))));
const LIKELIHOOD_SET = set(LIKELIHOOD);
const IMPACT_SET = set(IMPACT);
const INHERENT_SET = set(INHERENT);
const RESIDUAL_SET = set(RESIDUAL);

export interface RatingHeader {
  readonly concept: RatingConcept;
  /** Undefined when the header names no stage ("Likelihood"). */
  readonly stage: RatingStage | undefined;
  /** How cleanly the header names the concept, 0–1. */
  readonly clarity: number;
}

function hasRoot(word: string, roots: readonly string[]): boolean {
  return word.length > 6 && roots.some((root) => word.includes(root));
}

/** Reads a header as a likelihood or impact column, or returns undefined. */
export function readRatingHeader(text: string): RatingHeader | undefined {
  const folded = fold(withoutBrackets(text)).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  if (EXACT_LIKELIHOOD.has(folded)) return { concept: "likelihood", stage: undefined, clarity: 0.9 };
  if (EXACT_IMPACT.has(folded)) return { concept: "impact", stage: undefined, clarity: 0.85 };
  if (CJK.test(folded)) return readCjkRatingHeader(folded);
  const raw = words(withoutBrackets(text), true);
  let likelihood = false;
  let impact = false;
  let inherent = false;
  let residual = false;
  let extra = 0;
  for (const word of raw) {
    const token = stem(word);
    let known = false;
    if (LIKELIHOOD_SET.has(token) || hasRoot(word, LIKELIHOOD_ROOTS)) {
      likelihood = true;
      known = true;
    }
    if (IMPACT_SET.has(token) || hasRoot(word, IMPACT_ROOTS)) {
      impact = true;
      known = true;
    }
    if (INHERENT_SET.has(token) || hasRoot(word, INHERENT_ROOTS)) {
      inherent = true;
      known = true;
    }
    if (RESIDUAL_SET.has(token) || hasRoot(word, RESIDUAL_ROOTS)) {
      residual = true;
      known = true;
    }
    if (!known && !FILLER.has(token)) extra++;
  }
  // A group label over single letters: "Inherent risk" over "L | I" reads "Inherent risk L".
  const last = raw[raw.length - 1];
  if (!likelihood && !impact && raw.length >= 2 && raw.length <= 4 && last !== undefined && !raw.some((w) => /^(?:score|rating|level|total)$/.test(w))) {
    if (EXACT_LIKELIHOOD.has(last)) {
      likelihood = true;
      extra = Math.max(0, extra - 1);
    } else if (EXACT_IMPACT.has(last)) {
      impact = true;
      extra = Math.max(0, extra - 1);
    }
  }
  // "Likelihood × Impact" is a score column, not a rating.
  if (likelihood === impact) return undefined;
  const stage: RatingStage | undefined = inherent && !residual ? "inherent" : residual && !inherent ? "residual" : undefined;
  const clarity = extra === 0 ? 1 : Math.max(0.45, 0.95 - 0.15 * extra);
  return { concept: likelihood ? "likelihood" : "impact", stage, clarity };
}

/**
 * Chinese, Japanese and Korean write compounds without spaces ("固有発生可能性", "잔여 영향도"),
 * so the concept and stage are found inside the text rather than word by word.
 */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_LIKELIHOOD = ["可能性", "発生確率", "頻度", "概率", "几率", "機率", "发生率", "가능성", "빈도"].map(fold);
const CJK_IMPACT = ["影響", "影响", "深刻度", "严重性", "嚴重性", "영향", "심각도"].map(fold);
const CJK_INHERENT = ["固有", "初期", "고유", "잠재"].map(fold);
const CJK_RESIDUAL = ["残留", "残余", "剩余", "殘餘", "残存", "잔여", "잔존"].map(fold);

function readCjkRatingHeader(text: string): RatingHeader | undefined {
  // The lists are folded like the text (NFKD splits Hangul syllables into jamo).
  const has = (list: readonly string[]) => list.some((word) => text.includes(word));
  const likelihood = has(CJK_LIKELIHOOD);
  if (likelihood === has(CJK_IMPACT)) return undefined;
  const inherent = has(CJK_INHERENT);
  const residual = has(CJK_RESIDUAL);
  const stage: RatingStage | undefined = inherent && !residual ? "inherent" : residual && !inherent ? "residual" : undefined;
  return { concept: likelihood ? "likelihood" : "impact", stage, clarity: 1 };
}

/** Score of a header for a rating field: the concept must match; a named stage must too. */
export function ratingScore(header: RatingHeader | undefined, concept: RatingConcept, stage: RatingStage): number {
  if (!header || header.concept !== concept) return 0;
  if (header.stage === undefined) return header.clarity * (stage === "inherent" ? 0.92 : 0.6);
  return header.stage === stage ? header.clarity : 0;
}
