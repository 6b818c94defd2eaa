import { Vocabulary } from "./vocabulary";

/**
 * Rating words on a five-point ladder (1 lowest). Words that also make up the common three-point
 * scale (low / medium / high and their translations) are marked `core`: on a three-level
 * matrix they read as 1 / 2 / 3. Inflected forms (élevée, hohe, alta, bassa …) are listed where
 * the stemmer cannot reach them.
 */
export interface RatingWord {
  readonly level: 1 | 2 | 3 | 4 | 5;
  readonly core: boolean;
}

const entry = (level: RatingWord["level"], core: boolean, words: string[]) => ({ value: { level, core }, words });

export const RATING_WORDS = new Vocabulary<RatingWord>([
  entry(1, false, [
    "very low", "very unlikely", "highly unlikely", "rare", "remote", "negligible", "insignificant", "minimal", "trivial",
    "extremely low", "very minor",
    "très faible", "très peu probable", "rare", "négligeable", "insignifiant", "minime",
    "sehr gering", "sehr niedrig", "sehr unwahrscheinlich", "selten", "unbedeutend", "vernachlässigbar", "sehr geringe",
    "muy bajo", "muy baja", "muy improbable", "raro", "rara", "insignificante", "despreciable",
    "molto basso", "molto bassa", "molto improbabile", "raro", "trascurabile", "insignificante",
    "zeer laag", "zeer onwaarschijnlijk", "zelden", "verwaarloosbaar", "onbeduidend",
    "muito baixo", "muito baixa", "muito improvável", "raro", "desprezível",
  ]),
  entry(2, true, [
    "low", "faible", "bas", "basse", "niedrig", "niedrige", "gering", "geringe", "geringer", "bajo", "baja", "basso", "bassa",
    "laag", "lage", "baixo", "baixa",
  ]),
  entry(2, false, [
    "unlikely", "minor", "seldom", "limited", "small", "improbable",
    "peu probable", "mineur", "mineure", "limité",
    "unwahrscheinlich", "geringfügig", "klein",
    "poco probable", "menor", "leve", "limitado",
    "improbabile", "poco probabile", "minore", "lieve", "limitato",
    "onwaarschijnlijk", "klein", "kleine", "beperkt",
    "improvável", "pouco provável",
  ]),
  entry(3, true, [
    "medium", "moderate", "average", "med", "mid", "middle",
    "moyen", "moyenne", "modéré", "modérée",
    "mittel", "mittlere", "mittlerer", "mittleres", "mäßig", "moderat",
    "medio", "media", "moderado", "moderada", "moderato", "moderata",
    "gemiddeld", "middel", "matig",
    "médio", "média",
  ]),
  entry(3, false, ["possible", "occasional", "möglich", "posible", "possibile", "mogelijk", "possível"]),
  entry(4, true, [
    "high", "élevé", "élevée", "fort", "forte", "haut", "haute", "hoch", "hohe", "hoher", "hohes", "alto", "alta",
    "elevado", "elevada", "elevato", "elevata", "hoog", "hoge",
  ]),
  entry(4, false, [
    "likely", "major", "probable", "serious", "considerable", "frequent",
    "majeur", "majeure", "important", "importante", "grave",
    "wahrscheinlich", "erheblich", "schwerwiegend", "bedeutend", "häufig", "groß",
    "mayor", "maggiore", "rilevante", "probabile",
    "waarschijnlijk", "groot", "grote", "ernstig", "aanzienlijk",
    "provável", "maior",
  ]),
  entry(5, false, [
    "very high", "almost certain", "certain", "very likely", "highly likely", "extreme", "severe", "catastrophic",
    "critical", "expected", "very serious",
    "très élevé", "très élevée", "très fort", "très probable", "quasi certain", "presque certain", "certain",
    "critique", "catastrophique", "extrême", "sévère",
    "sehr hoch", "sehr hohe", "sehr wahrscheinlich", "fast sicher", "nahezu sicher", "sicher", "kritisch",
    "katastrophal", "existenzbedrohend", "extrem",
    "muy alto", "muy alta", "muy probable", "casi seguro", "casi cierto", "crítico", "crítica", "catastrófico", "extremo",
    "molto alto", "molto alta", "molto probabile", "quasi certo", "critico", "critica", "catastrofico", "gravissimo",
    "zeer hoog", "zeer waarschijnlijk", "bijna zeker", "kritiek", "kritisch", "catastrofaal", "zeer ernstig",
    "muito alto", "muito alta", "muito provável", "quase certo", "crítico", "catastrófico", "gravíssimo",
  ]),
]);
