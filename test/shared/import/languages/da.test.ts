import { describeAssessment } from "./example-assessment";
import { describeRegister } from "./example-register";
import { describeInventory } from "./example-inventory";
import { describeSoa } from "./example-soa";
import { describeMapping } from "./example-mapping";
import { describeMoreFields } from "./example-more-fields";
import { describeProfile } from "./example-profile";

describeRegister("Danish (da)", {
  header: ["Risiko-ID", "Risiko", "Beskrivelse", "Sandsynlighed", "Konsekvens", "Risikoejer", "Status", "Håndtering"],
  rows: [
    ["R-1", "Model drift", "Model drift (da)", "Lav", "Høj", "Ann Lee", "Åben", "Reduktion"],
    ["R-2", "Prompt injection", "Prompt injection (da)", "Middel", "lav", "Bo Chen", "I gang", "Acceptere"],
    ["R-3", "Biased scoring", "Biased scoring (da)", "HØJ", "Middel", "Cy Dee", "Lukket", "Undgå"],
  ],
  yes: "Ja",
  no: "Nej",
  inOperation: "I drift",
});

describeSoa("Danish (da)", {
  header: ["Kontrol-ID", "Kontrol", "Anvendelighed", "Begrundelse for til- og fravalg", "Implementeringsstatus", "Beskrivelse af implementering", "Dokumentation"],
  applicable: ["Ja", "Relevant", "ja", "JA", "Fravalgt"],
  status: ["Implementeret", "Delvist implementeret", "Planlagt", "Ikke implementeret", "Ikke relevant"],
});

describeInventory("Danish (da)", {
  header: ["Systemnavn", "Formål", "Ejer", "Livscyklusfase", "Rolle", "Datakilder", "Leverandører"],
  stage: ["Design", "Validering", "Udrulning", "I drift"],
  role: ["Udbyder", "Udvikler", "Idriftsætter", "Bruger"],
});

describeAssessment("Danish (da)", {
  header: ["AI-system", "Tilsigtet anvendelse", "Misbrug", "Berørte parter", "Indvirkning", "Type af påvirkning", "Foranstaltninger", "Status"],
  impactKind: ["Skade", "Fordel", "Negativ"],
  status: ["Udkast", "Til gennemgang", "Godkendt"],
});

describeProfile("Danish (da)", {
  header: ["Underkategori", "Nuværende niveau", "Målniveau", "Handlingsplan"],
});

describeMapping("Danish (da)", {
  header: ["Kontrol-ID", "Kontrol", "Beskrivelse", "ISO/IEC 42001", "NIST AI RMF"],
});

describeMoreFields("Danish (da)", {
  register: ["Risiko", "Sandsynlighed", "Konsekvens", "Årsag", "Konsekvensbeskrivelse", "Kategori", "Eksisterende kontroller", "Handlingsplan"],
  inventory: ["Systemnavn", "Formål", "Teknologi", "Risikoniveau", "Afdeling", "Idriftsættelsesdato"],
});
