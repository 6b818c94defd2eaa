import { describeAssessment } from "./example-assessment";
import { describeInventory } from "./example-inventory";
import { describeRegister } from "./example-register";
import { describeSoa } from "./example-soa";
import { describeMapping } from "./example-mapping";
import { describeMoreFields } from "./example-more-fields";
import { describeProfile } from "./example-profile";

describeRegister("Italian (it)", {
  header: ["ID rischio", "Rischio", "Descrizione", "Probabilità", "Impatto", "Responsabile", "Stato", "Trattamento"],
  rows: [
    ["R-1", "Model drift", "Model drift (it)", "Bassa", "Alto", "Ann Lee", "Aperto", "Ridurre"],
    ["R-2", "Prompt injection", "Prompt injection (it)", "Media", "basso", "Bo Chen", "In corso", "Accettare"],
    ["R-3", "Biased scoring", "Biased scoring (it)", "ALTA", "Medio", "Cy Dee", "Chiuso", "Evitare"],
  ],
  yes: "Sì",
  no: "No",
  inOperation: "In produzione",
});

describeSoa("Italian (it)", {
  header: ["ID controllo", "Titolo del controllo", "Applicabilità", "Giustificazione", "Stato di attuazione", "Implementazione", "Evidenze"],
  applicable: ["Sì", "Applicabile", "si", "SÌ", "Non applicabile"],
  status: ["Implementato", "Parzialmente", "Pianificato", "Non implementato", "Escluso"],
});

describeInventory("Italian (it)", {
  header: ["Nome del sistema", "Finalità", "Responsabile", "Fase del ciclo di vita", "Ruolo", "Fonti dei dati", "Fornitori"],
  stage: ["Progettazione", "Collaudo", "Rilascio", "In produzione"],
  role: ["Fornitore", "Sviluppatore", "Operatore", "Utente"],
});

describeAssessment("Italian (it)", {
  header: ["Sistema di IA", "Uso previsto", "Uso improprio prevedibile", "Parti interessate", "Impatto", "Tipo di impatto", "Misure di mitigazione", "Stato"],
  impactKind: ["Danno", "Beneficio", "Negativo"],
  status: ["Bozza", "In revisione", "Approvato"],
});

describeProfile("Italian (it)", {
  header: ["Sottocategoria", "Stato attuale", "Stato obiettivo", "Azione"],
});

describeMapping("Italian (it)", {
  header: ["ID controllo", "Controllo", "Descrizione", "ISO/IEC 42001", "NIST AI RMF"],
});

describeMoreFields("Italian (it)", {
  register: ["Rischio", "Probabilità", "Impatto", "Causa", "Effetti", "Categoria", "Controlli esistenti", "Piano d'azione"],
  inventory: ["Nome del sistema", "Finalità", "Tecnologia", "Livello di rischio", "Dipartimento", "Messa in produzione"],
});
