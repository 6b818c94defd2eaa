import { Vocabulary } from "./vocabulary";

import type { RiskTreatment } from "../../model/risk";

export type Treatment = RiskTreatment;

/** Risk treatment options as registers word them (ISO 31000 / ISO/IEC 27005 / AI RMF MANAGE 1.3). */
export const TREATMENT_WORDS = new Vocabulary<Treatment>([
  {
    value: "avoid",
    words: ["avoid", "avoidance", "terminate", "termination", "eliminate", "elimination", "stop", "cease", "withdraw",
      "éviter", "évitement", "supprimer", "refuser", "renoncer", "vermeiden", "vermeidung", "unterlassen", "evitar",
      "evitación", "eliminar", "evitare", "eliminare", "vermijden", "vermijding", "beëindigen", "evitar", "eliminação",
      // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
      "избягване", "izbjegavanje", "vyhnutí", "vyhnout se", "vyhnutie", "izogibanje", "undgå", "undgåelse", "undvika",
      "undvikande", "unngå", "unngåelse", "välttäminen", "välttää", "vältimine", "izvairīšanās", "vengimas",
      "elkerülés", "evitare", "unikanie", "unikać", "αποφυγή", "evitar", "seachaint", "kaçınma", "回避", "规避", "規避",
      "회피"],
  },
  {
    value: "mitigate",
    words: ["mitigate", "mitigation", "mitigated", "reduce", "reduction", "treat", "treatment", "modify", "modification",
      "control", "minimise", "minimize", "lower", "réduire", "réduction", "atténuer", "atténuation", "traiter", "maîtriser",
      "mindern", "minderung", "reduzieren", "reduktion", "verringern", "verringerung", "behandeln", "mitigar",
      "mitigación", "reducir", "reducción", "tratar", "mitigare", "mitigazione", "ridurre", "riduzione", "trattare",
      "verminderen", "vermindering", "beperken", "mitigeren", "reduceren", "mitigação", "reduzir", "redução",
      // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
      "намаляване", "смекчаване", "smanjenje", "ublažavanje", "snížení", "zmírnění", "zníženie", "zmiernenie",
      "zmanjšanje", "omilitev", "reducere", "reduktion", "mitigere", "reducera", "minska", "begränsa", "redusere",
      "begrense", "vähentäminen", "vähentää", "lieventäminen", "pienentäminen", "vähendamine", "leevendamine",
      "mazināšana", "samazināšana", "mažinimas", "csökkentés", "mérséklés", "atenuare", "redukcja", "ograniczenie",
      "łagodzenie", "μείωση", "μετριασμός", "mitigazzjoni", "tnaqqis", "maolú", "laghdú", "azaltma", "hafifletme",
      "低減", "軽減", "降低", "缓解", "減輕", "减轻", "감소", "완화"],
  },
  {
    value: "transfer",
    words: ["transfer", "share", "sharing", "insure", "insurance", "outsource", "transférer", "transfert", "partager",
      "assurer", "assurance", "übertragen", "übertragung", "teilen", "versichern", "transferir", "transferencia",
      "compartir", "asegurar", "trasferire", "trasferimento", "condividere", "assicurare", "overdragen", "overdracht",
      "delen", "verzekeren", "transferência", "partilhar", "compartilhar",
      // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
      "прехвърляне", "prijenos", "přenos", "převod", "prenos", "overføre", "overførsel", "överföra", "överföring",
      "overføring", "siirtäminen", "siirto", "siirtää", "ülekandmine", "nodošana", "perdavimas", "áthárítás",
      "átruházás", "przeniesienie", "μεταφορά", "trasferiment", "aistriú", "devretme", "transfer etme", "移転", "共有",
      "转移", "轉移", "전가", "이전"],
  },
  {
    value: "accept",
    words: ["accept", "acceptance", "accepted", "retain", "retention", "tolerate", "tolerance", "take", "accepter",
      "acceptation", "accepté", "conserver", "maintenir", "tolérer", "akzeptieren", "akzeptanz", "akzeptiert", "tragen",
      "übernehmen", "hinnehmen", "aceptar", "aceptación", "aceptado", "retener", "tolerar", "accettare", "accettazione",
      "accettato", "tollerare", "accepteren", "acceptatie", "aanvaarden", "geaccepteerd", "tolereren", "aceitar",
      "aceitação", "aceito", "reter",
      // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
      "приемане", "prihvaćanje", "přijetí", "akceptace", "prijatie", "akceptovanie", "sprejetje", "acceptere",
      "acceptera", "akseptere", "hyväksyminen", "hyväksyä", "aktsepteerimine", "pieņemšana", "priėmimas", "elfogadás",
      "acceptare", "akceptacja", "αποδοχή", "aċċettazzjoni", "glacadh", "kabul", "kabul etme", "受容", "保有", "接受", "수용"],
  },
]);
