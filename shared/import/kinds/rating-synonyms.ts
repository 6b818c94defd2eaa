/**
 * Headers of qualitative rating columns ("Inherent risk: High"), in every supported language.
 * Exact phrases only (`=`): "Inherent risk score" is a score column, and "risk" alone is a title.
 * A column named only "Risk rating" or "Risk level" is the rating the register gives, read as
 * inherent unless the sheet says residual.
 */

const exact = (phrases: readonly string[]): string[] => phrases.map((p) => `=${p}`);

export const INHERENT_RATING = exact([
  // English
  "inherent risk", "inherent risk rating", "inherent rating", "inherent risk level", "inherent level", "gross risk",
  "gross risk rating", "risk rating", "risk level", "overall risk", "overall risk rating", "rating", "risk priority",
  "untreated risk", "initial risk", "initial risk rating", "pre-mitigation risk", "raw risk",
  // French, German, Spanish, Italian, Dutch, Portuguese
  "risque inhérent", "risque brut", "niveau de risque", "niveau de risque brut", "criticité", "criticité brute",
  "inhärentes risiko", "bruttorisiko", "brutto-risiko", "risikoniveau", "risikostufe", "risikobewertung",
  "riesgo inherente", "nivel de riesgo", "nivel de riesgo inherente", "riesgo bruto",
  "rischio inerente", "livello di rischio", "rischio lordo",
  "inherent risico", "bruto risico", "risiconiveau",
  "risco inerente", "nível de risco", "risco bruto",
  // Danish, Swedish, Norwegian, Finnish, Estonian
  "iboende risiko", "brutto risiko", "risikoniveau", "inneboende risk", "bruttorisk", "risknivå",
  "iboende risiko", "bruttorisiko", "risikonivå", "luontainen riski", "bruttoriski", "riskitaso",
  "olemuslik risk", "riskitase",
  // Polish, Czech, Slovak, Slovenian, Croatian
  "ryzyko inherentne", "ryzyko brutto", "poziom ryzyka", "inherentní riziko", "hrubé riziko", "úroveň rizika",
  "inherentné riziko", "hrubé riziko", "úroveň rizika", "inherentno tveganje", "raven tveganja",
  "inherentni rizik", "razina rizika",
  // Hungarian, Romanian, Bulgarian, Greek, Latvian, Lithuanian, Maltese, Irish
  "inherens kockázat", "bruttó kockázat", "kockázati szint", "risc inerent", "risc brut", "nivel de risc",
  "присъщ риск", "ниво на риска", "εγγενής κίνδυνος", "επίπεδο κινδύνου", "raksturīgais risks", "riska līmenis",
  "būdingoji rizika", "rizikos lygis", "riskju inerenti", "livell tar-riskju", "riosca bunúsach", "leibhéal riosca",
  // Turkish, Japanese, Chinese, Korean
  "doğal risk", "brüt risk", "risk seviyesi", "固有リスク", "リスクレベル", "リスク評価", "固有风险", "风险等级",
  "固有風險", "風險等級", "고유 위험", "위험 수준", "위험 등급",
]);

export const RESIDUAL_RATING = exact([
  "residual risk", "residual risk rating", "residual rating", "residual risk level", "residual level", "net risk",
  "net risk rating", "current risk", "current risk rating", "target risk", "target risk rating", "post-mitigation risk",
  "treated risk",
  "risque résiduel", "risque net", "niveau de risque résiduel", "criticité résiduelle", "criticité nette",
  "restrisiko", "nettorisiko", "netto-risiko", "residualrisiko",
  "riesgo residual", "nivel de riesgo residual", "riesgo neto",
  "rischio residuo", "livello di rischio residuo", "rischio netto",
  "restrisico", "residueel risico", "netto risico",
  "risco residual", "risco líquido",
  "restrisiko", "nettorisiko", "kvarstående risk", "restrisk", "nettorisk", "jäännösriski", "nettoriski", "jääkrisk",
  "ryzyko rezydualne", "ryzyko szczątkowe", "ryzyko netto", "zbytkové riziko", "zvyškové riziko",
  "preostalo tveganje", "rezidualno tveganje", "preostali rizik", "rezidualni rizik",
  "maradványkockázat", "maradvány kockázat", "nettó kockázat", "risc rezidual", "risc net",
  "остатъчен риск", "υπολειπόμενος κίνδυνος", "atlikušais risks", "likutinė rizika", "riskju residwu",
  "riosca iarmharach",
  "artık risk", "kalıntı risk", "net risk", "残留リスク", "残余风险", "剩余风险", "殘餘風險", "잔여 위험", "잔존 위험",
]);
