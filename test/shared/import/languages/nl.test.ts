import { describeAssessment } from "./example-assessment";
import { describeInventory } from "./example-inventory";
import { describeRegister } from "./example-register";
import { describeSoa } from "./example-soa";
import { describeMapping } from "./example-mapping";
import { describeMoreFields } from "./example-more-fields";
import { describeProfile } from "./example-profile";

describeRegister("Dutch (nl)", {
  header: ["Risico-ID", "Risico", "Omschrijving", "Kans", "Impact", "Risico-eigenaar", "Status", "Risicobehandeling"],
  rows: [
    ["R-1", "Model drift", "Model drift (nl)", "Laag", "Hoog", "Ann Lee", "Open", "Verminderen"],
    ["R-2", "Prompt injection", "Prompt injection (nl)", "Gemiddeld", "lage", "Bo Chen", "Lopend", "Accepteren"],
    ["R-3", "Biased scoring", "Biased scoring (nl)", "HOGE", "Middel", "Cy Dee", "Gesloten", "Vermijden"],
  ],
  yes: "Ja",
  no: "Nee",
  inOperation: "In productie",
});

describeSoa("Dutch (nl)", {
  header: ["Maatregel-ID", "Beheersmaatregel", "Van toepassing", "Rechtvaardiging", "Implementatiestatus", "Implementatie", "Bewijs"],
  applicable: ["Ja", "Van toepassing", "ja", "JA", "Niet van toepassing"],
  status: ["Geïmplementeerd", "Gedeeltelijk", "Gepland", "Niet geïmplementeerd", "Uitgesloten"],
});

describeInventory("Dutch (nl)", {
  header: ["Naam van het systeem", "Doel", "Eigenaar", "Levenscyclusfase", "Rol van de organisatie", "Databronnen", "Leveranciers"],
  stage: ["Ontwerp", "Validatie", "Uitrol", "In productie"],
  role: ["Aanbieder", "Ontwikkelaar", "Gebruiksverantwoordelijke", "Gebruiker"],
});

describeAssessment("Dutch (nl)", {
  header: ["AI-systeem", "Beoogd gebruik", "Voorzienbaar misbruik", "Betrokkenen", "Impact", "Soort impact", "Mitigerende maatregelen", "Status"],
  impactKind: ["Schade", "Voordeel", "Negatief"],
  status: ["Concept", "In beoordeling", "Goedgekeurd"],
});

describeProfile("Dutch (nl)", {
  header: ["Subcategorie", "Huidige situatie", "Gewenste situatie", "Actie"],
});

describeMapping("Dutch (nl)", {
  header: ["Maatregel-ID", "Beheersmaatregel", "Omschrijving", "ISO/IEC 42001", "NIST AI RMF"],
});

describeMoreFields("Dutch (nl)", {
  register: ["Risico", "Kans", "Impact", "Oorzaak", "Gevolgen", "Risicocategorie", "Bestaande maatregelen", "Actieplan"],
  inventory: ["Naam van het systeem", "Doel", "Technologie", "Risiconiveau", "Afdeling", "Datum ingebruikname"],
});
