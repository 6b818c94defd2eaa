import { Vocabulary } from "./vocabulary";

import type { RiskTreatment } from "../../model/risk";

export type Treatment = RiskTreatment;

/** Risk treatment options as registers word them (ISO 31000 / ISO/IEC 27005 / AI RMF MANAGE 1.3). */
export const TREATMENT_WORDS = new Vocabulary<Treatment>([
  {
    value: "avoid",
    words: ["avoid", "avoidance", "terminate", "termination", "eliminate", "elimination", "stop", "cease", "withdraw",
      "éviter", "évitement", "supprimer", "refuser", "renoncer", "vermeiden", "vermeidung", "unterlassen", "evitar",
      "evitación", "eliminar", "evitare", "eliminare", "vermijden", "vermijding", "beëindigen", "evitar", "eliminação"],
  },
  {
    value: "mitigate",
    words: ["mitigate", "mitigation", "mitigated", "reduce", "reduction", "treat", "treatment", "modify", "modification",
      "control", "minimise", "minimize", "lower", "réduire", "réduction", "atténuer", "atténuation", "traiter", "maîtriser",
      "mindern", "minderung", "reduzieren", "reduktion", "verringern", "verringerung", "behandeln", "mitigar",
      "mitigación", "reducir", "reducción", "tratar", "mitigare", "mitigazione", "ridurre", "riduzione", "trattare",
      "verminderen", "vermindering", "beperken", "mitigeren", "reduceren", "mitigação", "reduzir", "redução"],
  },
  {
    value: "transfer",
    words: ["transfer", "share", "sharing", "insure", "insurance", "outsource", "transférer", "transfert", "partager",
      "assurer", "assurance", "übertragen", "übertragung", "teilen", "versichern", "transferir", "transferencia",
      "compartir", "asegurar", "trasferire", "trasferimento", "condividere", "assicurare", "overdragen", "overdracht",
      "delen", "verzekeren", "transferência", "partilhar", "compartilhar"],
  },
  {
    value: "accept",
    words: ["accept", "acceptance", "accepted", "retain", "retention", "tolerate", "tolerance", "take", "accepter",
      "acceptation", "accepté", "conserver", "maintenir", "tolérer", "akzeptieren", "akzeptanz", "akzeptiert", "tragen",
      "übernehmen", "hinnehmen", "aceptar", "aceptación", "aceptado", "retener", "tolerar", "accettare", "accettazione",
      "accettato", "tollerare", "accepteren", "acceptatie", "aanvaarden", "geaccepteerd", "tolereren", "aceitar",
      "aceitação", "aceito", "reter"],
  },
]);
