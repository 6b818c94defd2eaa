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
    // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
    "много нисък", "много ниска", "много ниско", "vrlo nizak", "vrlo niska", "vrlo nisko", "velmi nízký",
    "velmi nízká", "velmi nízké", "veľmi nízky", "veľmi nízka", "veľmi nízke", "zelo nizko", "zelo nizka",
    "zelo nizek", "meget lav", "meget lavt", "mycket låg", "mycket lågt", "svært lav", "svært lavt", "erittäin matala",
    "erittäin pieni", "erittäin alhainen", "väga madal", "väga väike", "ļoti zems", "ļoti zema", "labai žemas",
    "labai žema", "nagyon alacsony", "elhanyagolható", "foarte scăzut", "foarte scăzută", "foarte redus",
    "bardzo niski", "bardzo niska", "bardzo niskie", "znikomy", "πολύ χαμηλός", "πολύ χαμηλή", "πολύ χαμηλό",
    "baxx ħafna", "an-íseal", "çok düşük", "非常に低い", "極めて低い", "极低", "極低", "非常低", "매우 낮음", "매우 낮다",
  ]),
  entry(2, true, [
    "low", "faible", "bas", "basse", "niedrig", "niedrige", "gering", "geringe", "geringer", "bajo", "baja", "basso", "bassa",
    "laag", "lage", "baixo", "baixa",
    // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
    "нисък", "ниска", "ниско", "ниски", "nizak", "niska", "nisko", "niski", "nízký", "nízká", "nízké", "nízky",
    "nízka", "nízke", "nizek", "nizka", "lav", "lavt", "lave", "låg", "lågt", "låga", "matala", "alhainen", "pieni",
    "madal", "väike", "zems", "zema", "zemi", "žemas", "žema", "alacsony", "scăzut", "scăzută", "redus", "redusă",
    "niskie", "χαμηλός", "χαμηλή", "χαμηλό", "baxx", "baxxa", "íseal", "düşük", "低", "低い", "낮음", "낮다", "하",
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
    // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
    "среден", "средна", "средно", "srednji", "srednja", "srednje", "střední", "stredný", "stredná", "stredné",
    "middel", "mellem", "medel", "middels", "keskitaso", "kohtalainen", "keskisuuri", "keskinkertainen",
    "keskimääräinen", "keskmine", "mõõdukas", "vidējs", "vidēja", "vidutinis", "vidutinė", "közepes", "mediu", "medie",
    "moderată", "średni", "średnia", "średnie", "μέτριος", "μέτρια", "μέτριο", "μεσαίος", "μεσαία", "μεσαίο", "medju",
    "medja", "meánach", "orta", "中", "中程度", "中等", "보통", "중간", "중",
  ]),
  entry(3, false, ["possible", "occasional", "möglich", "posible", "possibile", "mogelijk", "possível"]),
  entry(4, true, [
    "high", "élevé", "élevée", "fort", "forte", "haut", "haute", "hoch", "hohe", "hoher", "hohes", "alto", "alta",
    "elevado", "elevada", "elevato", "elevata", "hoog", "hoge",
    // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
    "висок", "висока", "високо", "високи", "visok", "visoka", "visoko", "vysoký", "vysoká", "vysoké", "høj", "højt",
    "høje", "hög", "högt", "höga", "høy", "høyt", "høye", "korkea", "suuri", "kõrge", "suur", "augsts", "augsta",
    "aukštas", "aukšta", "magas", "ridicat", "ridicată", "wysoki", "wysoka", "wysokie", "υψηλός", "υψηλή", "υψηλό",
    "għoli", "għolja", "ard", "yüksek", "高", "高い", "높음", "높다", "상",
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
    // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
    "много висок", "много висока", "много високо", "критичен", "критична", "vrlo visok", "vrlo visoka", "vrlo visoko",
    "kritičan", "kritična", "kritično", "velmi vysoký", "velmi vysoká", "velmi vysoké", "kritický", "kritická",
    "kritické", "veľmi vysoký", "veľmi vysoká", "veľmi vysoké", "zelo visoko", "zelo visoka", "zelo visok",
    "meget høj", "meget højt", "kritisk", "mycket hög", "mycket högt", "svært høy", "svært høyt", "meget høy",
    "erittäin korkea", "erittäin suuri", "kriittinen", "väga kõrge", "väga suur", "kriitiline", "ļoti augsts",
    "ļoti augsta", "kritisks", "kritiska", "labai aukštas", "labai aukšta", "kritinis", "kritinė", "nagyon magas",
    "kritikus", "foarte ridicat", "foarte ridicată", "foarte mare", "critic", "critică", "bardzo wysoki",
    "bardzo wysoka", "bardzo wysokie", "krytyczny", "krytyczna", "krytyczne", "πολύ υψηλός", "πολύ υψηλή",
    "πολύ υψηλό", "κρίσιμος", "κρίσιμη", "κρίσιμο", "għoli ħafna", "kritiku", "kritika", "an-ard", "criticiúil",
    "çok yüksek", "kritik", "非常に高い", "極めて高い", "致命的", "极高", "極高", "非常高", "严重", "嚴重", "매우 높음", "매우 높다", "심각", "치명적",
  ]),
]);
