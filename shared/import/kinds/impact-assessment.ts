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
        "escopo", "âmbito"],
    },
    {
      name: "intendedUse", label: "intended use", type: "text", weight: 1,
      synonyms: ["intended use", "intended purpose", "purpose", "use", "usage prévu", "finalité", "bestimmungsgemäße verwendung",
        "zweck", "uso previsto", "finalidad", "uso previsto", "finalità", "beoogd gebruik", "doel", "utilização prevista",
        "finalidade"],
    },
    {
      name: "foreseeableMisuse", label: "foreseeable misuse", type: "text", weight: 1.5,
      synonyms: ["foreseeable misuse", "misuse", "reasonably foreseeable misuse", "potential misuse", "abuse",
        "mauvais usage prévisible", "mésusage", "usage abusif", "vorhersehbarer missbrauch", "fehlanwendung", "missbrauch",
        "uso indebido previsible", "uso indebido", "uso improprio prevedibile", "uso improprio", "voorzienbaar misbruik",
        "misbruik", "uso indevido previsível", "uso indevido"],
    },
    {
      name: "affectedParties", label: "affected parties", type: "list", weight: 2,
      synonyms: ["affected parties", "affected groups", "affected individuals", "stakeholders", "impacted parties",
        "who is affected", "affected stakeholders", "data subjects", "parties prenantes", "personnes concernées",
        "parties concernées", "betroffene", "betroffene personen", "betroffene gruppen", "stakeholder",
        "partes afectadas", "personas afectadas", "interesados", "parti interessate", "soggetti interessati",
        "persone coinvolte", "betrokkenen", "betrokken partijen", "belanghebbenden", "partes afetadas",
        "partes interessadas", "pessoas afetadas"],
    },
    {
      name: "impact", label: "impact", type: "text", weight: 2,
      synonyms: ["impact", "impact description", "harm", "harms", "potential harm", "potential harms", "benefit", "benefits",
        "harm or benefit", "potential impact", "identified impact", "impact on individuals", "impact sur les personnes",
        "préjudice", "dommage", "bénéfice", "auswirkung", "schaden", "nutzen", "auswirkungen", "impacto", "daño",
        "beneficio", "impatto", "danno", "beneficio", "effect", "schade", "voordeel", "impacto", "dano", "benefício"],
    },
    {
      name: "impactKind", label: "harm or benefit", type: "impact-kind", weight: 0.5,
      synonyms: ["impact type", "type of impact", "harm or benefit", "positive negative", "type d'impact", "art der auswirkung",
        "tipo de impacto", "tipo di impatto", "soort impact", "tipo de impacto"],
    },
    severity,
    likelihood,
    {
      name: "measures", label: "measures", type: "list", weight: 1, multi: true,
      synonyms: ["measures", "mitigations", "mitigation", "mitigation measures", "safeguards", "controls", "mesures",
        "mesures d'atténuation", "maßnahmen", "schutzmaßnahmen", "medidas", "medidas de mitigación", "misure",
        "misure di mitigazione", "maatregelen", "mitigerende maatregelen", "medidas de mitigação"],
    },
    {
      name: "assessor", label: "assessor", type: "text", weight: 0.5,
      synonyms: ["assessor", "assessed by", "prepared by", "author", "évaluateur", "évalué par", "rédigé par", "bewerter",
        "bewertet von", "erstellt von", "evaluador", "evaluado por", "valutatore", "valutato da", "beoordelaar",
        "beoordeeld door", "avaliador", "avaliado por"],
    },
    {
      name: "assessmentDate", label: "assessment date", type: "date", weight: 0.3,
      synonyms: ["assessment date", "date assessed", "date of assessment", "date", "date de l'évaluation", "bewertungsdatum",
        "datum", "fecha de evaluación", "fecha", "data di valutazione", "data", "beoordelingsdatum", "datum",
        "data da avaliação", "data"],
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
