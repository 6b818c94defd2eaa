import { Vocabulary } from "./vocabulary";

import type { AssessmentStatus, ImpactKind } from "../../model/impact-assessment";

export type { AssessmentStatus, ImpactKind };

export const ASSESSMENT_STATUS_WORDS = new Vocabulary<AssessmentStatus>([
  { value: "draft", words: ["draft", "in progress", "brouillon", "en cours", "entwurf", "borrador", "bozza", "concept", "rascunho",
      // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
      "чернова", "nacrt", "koncept", "návrh", "osnutek", "udkast", "utkast", "luonnos", "mustand", "melnraksts",
      "juodraštis", "tervezet", "ciornă", "wersja robocza", "προσχέδιο", "abbozz", "dréacht", "taslak", "草案", "ドラフト",
      "草稿", "초안"] },
  {
    value: "in-review",
    words: ["in review", "under review", "pending approval", "for review", "en revue", "en validation", "in prüfung",
      "en revisión", "in revisione", "in review", "in beoordeling", "em revisão",
      // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
      "на преглед", "u pregledu", "ke schválení", "na schválenie", "v pregledu", "til gennemgang", "under granskning",
      "til gjennomgang", "tarkastettavana", "ülevaatamisel", "pārskatīšanā", "peržiūrima", "felülvizsgálat alatt",
      "în revizuire", "do zatwierdzenia", "υπό αναθεώρηση", "taħt reviżjoni", "á athbhreithniú", "incelemede",
      "レビュー中", "審査中", "审核中", "審核中", "검토 중"],
  },
  {
    value: "approved",
    words: ["approved", "signed off", "final", "complete", "completed", "approuvé", "validé", "genehmigt", "freigegeben",
      "aprobado", "approvato", "goedgekeurd", "aprovado",
      // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
      "одобрено", "odobreno", "schváleno", "schválené", "godkendt", "godkänd", "godkjent", "hyväksytty", "kinnitatud",
      "apstiprināts", "patvirtinta", "jóváhagyva", "aprobat", "zatwierdzone", "εγκρίθηκε", "approvat", "faofa",
      "onaylandı", "承認済み", "承認", "已批准", "已核准", "승인"],
  },
  {
    value: "superseded",
    words: ["superseded", "replaced", "obsolete", "archived", "remplacé", "ersetzt", "sustituido", "sostituito", "vervangen",
      "substituído",
      // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
      "заменено", "zamijenjeno", "nahrazeno", "nahradené", "nadomeščeno", "erstattet", "ersatt", "korvattu", "asendatud",
      "aizstāts", "pakeista", "felváltva", "înlocuit", "zastąpione", "αντικαταστάθηκε", "sostitwit", "ionadaithe",
      "geçersiz", "置換済み", "已取代", "已被取代", "대체됨"],
  },
]);

export const IMPACT_KIND_WORDS = new Vocabulary<ImpactKind>([
  {
    value: "harm",
    words: ["harm", "negative", "risk", "adverse", "threat", "préjudice", "négatif", "schaden", "negativ", "daño", "negativo",
      "danno", "schade", "negatief", "dano",
      // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
      "вреда", "отрицателно", "šteta", "negativno", "újma", "negativní", "ujma", "negatívny", "škoda", "skade", "skada",
      "haitta", "negatiivinen", "kahju", "negatiivne", "kaitējums", "negatīvs", "žala", "neigiamas", "kár", "negatív",
      "prejudiciu", "szkoda", "negatywny", "βλάβη", "αρνητικό", "ħsara", "negattiv", "díobháil", "diúltach", "zarar",
      "olumsuz", "危害", "ネガティブ", "负面", "負面", "피해", "부정적"],
  },
  {
    value: "benefit",
    words: ["benefit", "positive", "opportunity", "bénéfice", "positif", "nutzen", "positiv", "beneficio", "positivo",
      "voordeel", "positief", "benefício",
      // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
      "полза", "положително", "korist", "pozitivno", "přínos", "pozitivní", "prínos", "pozitívny", "fordel", "nytta",
      "fördel", "hyöty", "positiivinen", "kasu", "positiivne", "ieguvums", "pozitīvs", "nauda", "teigiamas", "előny",
      "pozitív", "beneficiu", "pozitiv", "korzyść", "pozytywny", "όφελος", "θετικό", "benefiċċju", "pożittiv", "tairbhe",
      "dearfach", "fayda", "olumlu", "便益", "ポジティブ", "益处", "正面", "편익", "긍정적"],
  },
]);
