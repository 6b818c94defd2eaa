import { describeAssessment } from "./example-assessment";
import { describeRegister } from "./example-register";
import { describeInventory } from "./example-inventory";
import { describeSoa } from "./example-soa";
import { describeMapping } from "./example-mapping";
import { describeMoreFields } from "./example-more-fields";
import { describeProfile } from "./example-profile";

describeRegister("Swedish (sv)", {
  header: ["Risk-ID", "Risk", "Beskrivning", "Sannolikhet", "Konsekvens", "Riskägare", "Status", "Riskhantering"],
  rows: [
    ["R-1", "Model drift", "Model drift (sv)", "Låg", "Hög", "Ann Lee", "Öppen", "Reducera"],
    ["R-2", "Prompt injection", "Prompt injection (sv)", "Medel", "låg", "Bo Chen", "Pågående", "Acceptera"],
    ["R-3", "Biased scoring", "Biased scoring (sv)", "HÖG", "Medel", "Cy Dee", "Stängd", "Undvika"],
  ],
  yes: "Ja",
  no: "Nej",
  inOperation: "I produktion",
});

describeSoa("Swedish (sv)", {
  header: ["Kontroll-ID", "Kontroll", "Tillämplighet", "Motivering", "Implementeringsstatus", "Beskrivning av implementering", "Bevis"],
  applicable: ["Ja", "Tillämplig", "ja", "JA", "Ej tillämplig"],
  status: ["Implementerad", "Delvis implementerad", "Planerad", "Ej implementerad", "Ej tillämplig"],
});

describeInventory("Swedish (sv)", {
  header: ["Systemnamn", "Syfte", "Ägare", "Livscykelfas", "Roll", "Data", "Leverantörer"],
  stage: ["Design", "Testning", "Driftsättning", "I drift"],
  role: ["Leverantör", "Utvecklare", "Tillhandahållare", "Användare"],
});

describeAssessment("Swedish (sv)", {
  header: ["AI-system", "Avsedd användning", "Missbruk", "Berörda parter", "Påverkan", "Typ av påverkan", "Åtgärder", "Status"],
  impactKind: ["Skada", "Nytta", "Negativ"],
  status: ["Utkast", "Under granskning", "Godkänd"],
});

describeSoa("Swedish (sv), other headers", {
  header: ["Kontroll nr", "Säkerhetsåtgärd", "Tillämplig (Ja/Nej)", "Motivering till inkludering/exkludering", "Status för implementering", "Införande", "Belägg"],
  applicable: ["Ja", "ja", "JA", "Tillämpligt", "Nej"],
  status: ["Infört", "Pågår", "Planerat", "Inte infört", "Ej tillämpligt"],
});

describeProfile("Swedish (sv)", {
  header: ["Underkategori", "Nuläge", "Målläge", "Åtgärd"],
});

describeMapping("Swedish (sv)", {
  header: ["Kontroll-ID", "Kontroll", "Beskrivning", "ISO/IEC 42001", "NIST AI RMF"],
});

describeMoreFields("Swedish (sv)", {
  register: ["Risk", "Sannolikhet", "Konsekvens", "Orsak", "Konsekvensbeskrivning", "Kategori", "Befintliga kontroller", "Åtgärdsplan"],
  inventory: ["Systemnamn", "Syfte", "Teknik", "Risknivå", "Avdelning", "Driftsättningsdatum"],
});
