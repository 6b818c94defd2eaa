import type { FieldSpec, KindSpec } from "../field-spec";
import { AI_RMF, AI_SYSTEM, APPROVAL_DATE, APPROVER, ID, ISO42001, NEXT_REVIEW, NOTES, STATUS, TITLE } from "./common-synonyms";

const severity: FieldSpec = {
  name: "severity", label: "severity", type: "rating", rating: { concept: "impact", stage: "inherent" }, weight: 1.5,
  synonyms: [],
};
const likelihood: FieldSpec = {
  name: "likelihood", label: "likelihood", type: "rating", rating: { concept: "likelihood", stage: "inherent" }, weight: 0.5,
  synonyms: [],
};

/**
 * An impact assessment sheet: one row per foreseeable harm or benefit of an AI system (or one row
 * per assessment). Rows sharing an assessment id (or, without ids, an AI system) make one
 * assessment with several impacts.
 */
export const IMPACT_ASSESSMENT: KindSpec = {
  kind: "impact-assessment",
  label: "AI system impact assessment",
  needs: "an impact assessment needs an AI system column and a column of harms/impacts or affected parties",
  signatures: [
    ["aiSystem", "impact"],
    ["aiSystem", "affectedParties"],
    ["impact", "affectedParties", "severity"],
  ],
  fields: [
    {
      name: "id", label: "assessment id", type: "id", weight: 0.5,
      synonyms: [...ID, "assessment id", "aia id", "impact assessment id", "dpia id", "id de l'évaluation",
        "bewertungs-id", "id de la evaluación", "id valutazione", "beoordelings-id", "id da avaliação"],
    },
    { name: "aiSystem", label: "AI system", type: "text", weight: 1.5, synonyms: AI_SYSTEM },
    { name: "title", label: "title", type: "text", weight: 0.3, synonyms: [...TITLE, "assessment title", "assessment"] },
    {
      name: "scope", label: "scope", type: "text", weight: 0.5,
      synonyms: ["scope", "assessment scope", "context", "périmètre", "portée", "contexte", "geltungsbereich", "umfang",
        "kontext", "alcance", "ámbito", "contexto", "ambito", "perimetro", "contesto", "reikwijdte", "scope", "context",
        "escopo", "âmbito",
        // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
        "обхват", "контекст", "opseg", "kontekst", "rozsah", "obseg", "omfang", "omfattning", "soveltamisala",
        "laajuus", "konteksti", "ulatus", "tvērums", "konteksts", "apimtis", "kontekstas", "hatókör", "kontextus",
        "domeniu de aplicare", "zakres", "πεδίο εφαρμογής", "πλαίσιο", "ambitu", "kuntest", "raon", "comhthéacs", "kapsam",
        "bağlam", "対象範囲", "範囲", "范围", "範圍", "背景", "범위", "적용 범위"],
    },
    {
      name: "intendedUse", label: "intended use", type: "text", weight: 1,
      synonyms: ["intended use", "intended purpose", "purpose", "use", "usage prévu", "finalité", "bestimmungsgemäße verwendung",
        "zweck", "uso previsto", "finalidad", "uso previsto", "finalità", "beoogd gebruik", "doel", "utilização prevista",
        "finalidade",
        // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
        "предвидена употреба", "предназначение", "predviđena uporaba", "namjena", "zamýšlené použití", "účel",
        "zamýšľané použitie", "predvidena uporaba", "tilsigtet anvendelse", "formål", "avsedd användning", "syfte",
        "tiltenkt bruk", "käyttötarkoitus", "kavandatud kasutus", "eesmärk", "paredzētais lietojums", "paskirtis",
        "rendeltetésszerű használat", "rendeltetés", "utilizare preconizată", "przeznaczenie", "zamierzone zastosowanie",
        "προβλεπόμενη χρήση", "σκοπός", "użu maħsub", "úsáid bheartaithe", "amaçlanan kullanım", "kullanım amacı",
        "想定用途", "利用目的", "预期用途", "預期用途", "용도", "사용 목적", "의도된 용도", "uso pretendido"],
    },
    {
      name: "foreseeableMisuse", label: "foreseeable misuse", type: "text", weight: 1.5,
      synonyms: ["foreseeable misuse", "misuse", "reasonably foreseeable misuse", "potential misuse", "abuse",
        "mauvais usage prévisible", "mésusage", "usage abusif", "vorhersehbarer missbrauch", "fehlanwendung", "missbrauch",
        "uso indebido previsible", "uso indebido", "uso improprio prevedibile", "uso improprio", "voorzienbaar misbruik",
        "misbruik", "uso indevido previsível", "uso indevido",
        // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
        "предвидима злоупотреба", "злоупотреба", "predvidiva zlouporaba", "zlouporaba", "předvídatelné zneužití",
        "zneužití", "predvídateľné zneužitie", "zneužitie", "predvidljiva zloraba", "zloraba", "forudsigeligt misbrug",
        "misbrug", "förutsebart missbruk", "missbruk", "påregnelig misbruk", "misbruk", "väärinkäyttö", "väärkasutus",
        "ļaunprātīga izmantošana", "netinkamas naudojimas", "helytelen használat", "visszaélés",
        "utilizare necorespunzătoare", "niewłaściwe wykorzystanie", "nadużycie", "κακή χρήση", "użu ħażin", "mí-úsáid",
        "kötüye kullanım", "予見可能な誤用", "誤用", "可预见的误用", "误用", "濫用", "滥用", "오용", "예측 가능한 오용"],
    },
    {
      name: "affectedParties", label: "affected parties", type: "list", weight: 2,
      synonyms: ["affected parties", "affected groups", "affected individuals", "stakeholders", "impacted parties",
        "who is affected", "affected stakeholders", "data subjects", "parties prenantes", "personnes concernées",
        "parties concernées", "betroffene", "betroffene personen", "betroffene gruppen", "stakeholder",
        "partes afectadas", "personas afectadas", "interesados", "parti interessate", "soggetti interessati",
        "persone coinvolte", "betrokkenen", "betrokken partijen", "belanghebbenden", "partes afetadas",
        "partes interessadas", "pessoas afetadas",
        // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
        "засегнати страни", "засегнати лица", "заинтересовани страни", "pogođene strane", "dionici",
        "dotčené strany", "dotčené osoby", "dotknuté strany", "dotknuté osoby", "prizadete strani", "deležniki",
        "berørte parter", "interessenter", "berörda parter", "intressenter", "vaikutuksen kohteet", "sidosryhmät",
        "mõjutatud osapooled", "huvirühmad", "ietekmētās puses", "ieinteresētās puses", "paveiktos šalys",
        "suinteresuotosios šalys", "érintettek", "érintett felek", "érdekelt felek", "părți afectate", "părți interesate",
        "osoby, których dotyczy", "interesariusze", "επηρεαζόμενα μέρη", "ενδιαφερόμενα μέρη", "partijiet affettwati",
        "partijiet interessati", "páirtithe lena mbaineann", "geallsealbhóirí", "etkilenen taraflar", "paydaşlar",
        "影響を受ける者", "利害関係者", "ステークホルダー", "受影响方", "受影響方", "利益相关方", "利害關係人",
        "영향 받는 당사자", "이해관계자"],
    },
    {
      name: "impact", label: "impact", type: "text", weight: 2,
      synonyms: ["impact", "impact description", "harm", "harms", "potential harm", "potential harms", "benefit", "benefits",
        "harm or benefit", "potential impact", "identified impact", "impact on individuals", "impact sur les personnes",
        "préjudice", "dommage", "bénéfice", "auswirkung", "schaden", "nutzen", "auswirkungen", "impacto", "daño",
        "beneficio", "impatto", "danno", "beneficio", "effect", "schade", "voordeel", "impacto", "dano", "benefício",
        // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
        "въздействие", "вреда", "полза", "utjecaj", "šteta", "korist", "dopad", "újma", "přínos", "vplyv", "ujma",
        "prínos", "vpliv", "škoda", "indvirkning", "skade", "fordel", "påverkan", "skada", "nytta", "påvirkning",
        "vaikutus", "haitta", "hyöty", "mõju", "kahju", "kasu", "ietekme", "kaitējums", "ieguvums", "poveikis", "žala",
        "nauda", "hatás", "=kár", "előny", "prejudiciu", "beneficiu", "wpływ", "szkoda", "korzyść", "επίπτωση", "βλάβη",
        "όφελος", "impatt", "ħsara", "benefiċċju", "tionchar", "díobháil", "tairbhe", "etki", "zarar", "fayda", "影響",
        "危害", "便益", "影响", "益处", "영향", "피해", "편익"],
    },
    {
      name: "impactKind", label: "harm or benefit", type: "impact-kind", weight: 0.5,
      synonyms: ["impact type", "type of impact", "harm or benefit", "positive negative", "type d'impact", "art der auswirkung",
        "tipo de impacto", "tipo di impatto", "soort impact", "tipo de impacto",
        // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
        "вид въздействие", "vrsta utjecaja", "typ dopadu", "typ vplyvu", "vrsta vpliva", "type af påvirkning",
        "typ av påverkan", "type påvirkning", "vaikutuksen tyyppi", "mõju liik", "ietekmes veids", "poveikio tipas",
        "hatás típusa", "tipul impactului", "rodzaj wpływu", "είδος επίπτωσης", "tip ta' impatt", "cineál tionchair",
        "etki türü", "影響の種類", "影响类型", "影響類型", "영향 유형"],
    },
    severity,
    likelihood,
    {
      name: "measures", label: "measures", type: "list", weight: 1, multi: true,
      synonyms: ["measures", "mitigations", "mitigation", "mitigation measures", "safeguards", "controls", "mesures",
        "mesures d'atténuation", "maßnahmen", "schutzmaßnahmen", "medidas", "medidas de mitigación", "misure",
        "misure di mitigazione", "maatregelen", "mitigerende maatregelen", "medidas de mitigação",
        // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
        "мерки", "мерки за смекчаване", "mjere", "mjere ublažavanja", "zmírňující opatření", "zmierňujúce opatrenia",
        "ukrepi", "ukrepi za omilitev", "foranstaltninger", "afhjælpende foranstaltninger", "åtgärder",
        "riskreducerande åtgärder", "tiltak", "risikoreduserende tiltak", "toimenpiteet", "lieventävät toimenpiteet",
        "meetmed", "leevendusmeetmed", "pasākumi", "mazināšanas pasākumi", "priemonės", "mažinimo priemonės",
        "intézkedések", "kockázatcsökkentő intézkedések", "măsuri", "măsuri de atenuare", "środki", "środki zaradcze",
        "środki łagodzące", "μέτρα", "μέτρα μετριασμού", "miżuri", "miżuri ta' mitigazzjoni", "bearta", "bearta maolaithe",
        "önlemler", "azaltma önlemleri", "対策", "低減策", "軽減策", "措施", "缓解措施", "緩解措施", "조치", "완화 조치"],
    },
    {
      name: "assessor", label: "assessor", type: "text", weight: 0.5,
      synonyms: ["assessor", "assessed by", "prepared by", "author", "évaluateur", "évalué par", "rédigé par", "bewerter",
        "bewertet von", "erstellt von", "evaluador", "evaluado por", "valutatore", "valutato da", "beoordelaar",
        "beoordeeld door", "avaliador", "avaliado por",
        // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
        "оценител", "оценено от", "procjenitelj", "hodnotitel", "posoudil", "hodnotiteľ", "ocenjevalec", "vurderet af",
        "bedömd av", "vurdert av", "arvioija", "hindaja", "vērtētājs", "vertintojas", "értékelő", "evaluator",
        "oceniający", "αξιολογητής", "evalwatur", "measúnóir", "değerlendiren", "評価者", "评估人", "評估人", "평가자"],
    },
    {
      name: "assessmentDate", label: "assessment date", type: "date", weight: 0.3,
      synonyms: ["assessment date", "date assessed", "date of assessment", "date", "date de l'évaluation", "bewertungsdatum",
        "datum", "fecha de evaluación", "fecha", "data di valutazione", "data", "beoordelingsdatum", "datum",
        "data da avaliação", "data",
        // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
        "дата на оценката", "datum procjene", "datum posouzení", "dátum posúdenia", "datum ocene", "vurderingsdato",
        "bedömningsdatum", "arviointipäivä", "hindamise kuupäev", "novērtējuma datums", "vertinimo data",
        "értékelés dátuma", "data evaluării", "data oceny", "ημερομηνία αξιολόγησης", "data tal-valutazzjoni",
        "dáta an mheasúnaithe", "değerlendirme tarihi", "評価日", "评估日期", "評估日期", "평가일"],
    },
    { name: "status", label: "status", type: "assessment-status", weight: 0.3, synonyms: STATUS },
    { name: "approver", label: "approver", type: "text", weight: 0.5, synonyms: APPROVER },
    { name: "approvalDate", label: "approval date", type: "date", weight: 0.3, synonyms: APPROVAL_DATE },
    { name: "reviewDate", label: "next review", type: "date", weight: 0.3, synonyms: NEXT_REVIEW },
    { name: "aiRmfRefs", label: "AI RMF references", type: "refs", framework: "ai-rmf", weight: 0.3, multi: true, synonyms: AI_RMF },
    { name: "iso42001Refs", label: "ISO/IEC 42001 references", type: "refs", framework: "iso42001", weight: 0.3, multi: true, synonyms: ISO42001 },
    { name: "notes", label: "notes", type: "text", weight: 0, multi: true, synonyms: NOTES },
  ],
};
