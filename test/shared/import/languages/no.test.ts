import { describeAssessment } from "./example-assessment";
import { describeRegister } from "./example-register";
import { describeInventory } from "./example-inventory";
import { describeSoa } from "./example-soa";
import { describeMapping } from "./example-mapping";
import { describeMoreFields } from "./example-more-fields";
import { describeProfile } from "./example-profile";

describeRegister("Norwegian (no)", {
  header: ["Risiko-ID", "Risiko", "Beskrivelse", "Sannsynlighet", "Konsekvens", "Risikoeier", "Status", "Risikohåndtering"],
  rows: [
    ["R-1", "Model drift", "Model drift (no)", "Lav", "Høy", "Ann Lee", "Åpen", "Redusere"],
    ["R-2", "Prompt injection", "Prompt injection (no)", "Middels", "lav", "Bo Chen", "Pågår", "Akseptere"],
    ["R-3", "Biased scoring", "Biased scoring (no)", "HØY", "Middels", "Cy Dee", "Lukket", "Unngå"],
  ],
  yes: "Ja",
  no: "Nei",
  inOperation: "I drift",
});

describeSoa("Norwegian (no)", {
  header: ["Kontroll-ID", "Kontroll", "Anvendelighet", "Begrunnelse", "Implementeringsstatus", "Beskrivelse av implementering", "Dokumentasjon"],
  applicable: ["Ja", "Relevant", "ja", "JA", "Ikke relevant"],
  status: ["Implementert", "Delvis implementert", "Planlagt", "Ikke implementert", "Ikke relevant"],
});

describeInventory("Norwegian (no)", {
  header: ["Systemnavn", "Formål", "Eier", "Livssyklusfase", "Rolle", "Datakilder", "Leverandører"],
  stage: ["Design", "Validering", "Utrulling", "I drift"],
  role: ["Tilbyder", "Utvikler", "Idriftsetter", "Bruker"],
});

describeAssessment("Norwegian (no)", {
  header: ["KI-system", "Tiltenkt bruk", "Misbruk", "Berørte parter", "Påvirkning", "Type påvirkning", "Tiltak", "Status"],
  impactKind: ["Skade", "Fordel", "Negativ"],
  status: ["Utkast", "Til gjennomgang", "Godkjent"],
});

describeProfile("Norwegian (no)", {
  header: ["Underkategori", "Nåsituasjon", "Målsituasjon", "Tiltak"],
});

describeMapping("Norwegian (no)", {
  header: ["Kontroll-ID", "Kontroll", "Beskrivelse", "ISO/IEC 42001", "NIST AI RMF"],
});

describeMoreFields("Norwegian (no)", {
  register: ["Risiko", "Sannsynlighet", "Konsekvens", "Årsak", "Konsekvensbeskrivelse", "Kategori", "Eksisterende tiltak", "Tiltaksplan"],
  inventory: ["Systemnavn", "Formål", "Teknologi", "Risikonivå", "Avdeling", "Dato satt i drift"],
});
