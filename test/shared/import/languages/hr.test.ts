import { describeAssessment } from "./example-assessment";
import { describeRegister } from "./example-register";
import { describeInventory } from "./example-inventory";
import { describeSoa } from "./example-soa";
import { describeMapping } from "./example-mapping";
import { describeMoreFields } from "./example-more-fields";
import { describeProfile } from "./example-profile";

describeRegister("Croatian (hr)", {
  header: ["ID rizika", "Rizik", "Opis", "Vjerojatnost", "Utjecaj", "Vlasnik rizika", "Status", "Postupanje"],
  rows: [
    ["R-1", "Model drift", "Model drift (hr)", "Niska", "Visok", "Ann Lee", "Otvoren", "Ublažavanje"],
    ["R-2", "Prompt injection", "Prompt injection (hr)", "Srednja", "nizak", "Bo Chen", "U tijeku", "Prihvaćanje"],
    ["R-3", "Biased scoring", "Biased scoring (hr)", "VISOKA", "Srednji", "Cy Dee", "Zatvoren", "Izbjegavanje"],
  ],
  yes: "Da",
  no: "Ne",
  inOperation: "U produkciji",
});

describeSoa("Croatian (hr)", {
  header: ["ID kontrole", "Naziv kontrole", "Primjenjivost", "Obrazloženje", "Status implementacije", "Opis implementacije", "Dokazi"],
  applicable: ["Da", "Primjenjivo", "DA", "da", "Nije primjenjivo"],
  status: ["Implementirano", "Djelomično implementirano", "Planirano", "Nije implementirano", "Nije primjenjivo"],
});

describeInventory("Croatian (hr)", {
  header: ["Naziv sustava", "Svrha", "Vlasnik", "Faza životnog ciklusa", "Uloga", "Podaci", "Dobavljači"],
  stage: ["Dizajn", "Testiranje", "Uvođenje", "U produkciji"],
  role: ["Pružatelj", "Razvijatelj", "Subjekt koji uvodi sustav", "Korisnik"],
});

describeAssessment("Croatian (hr)", {
  header: ["AI sustav", "Namjena", "Zlouporaba", "Dionici", "Utjecaj", "Vrsta utjecaja", "Mjere", "Status"],
  impactKind: ["Šteta", "Korist", "Negativno"],
  status: ["Nacrt", "U pregledu", "Odobreno"],
});

describeProfile("Croatian (hr)", {
  header: ["Potkategorija", "Trenutno stanje", "Ciljno stanje", "Akcijski plan"],
});

describeMapping("Croatian (hr)", {
  header: ["ID kontrole", "Kontrola", "Opis", "ISO/IEC 42001", "NIST AI RMF"],
});

describeMoreFields("Croatian (hr)", {
  register: ["Rizik", "Vjerojatnost", "Utjecaj", "Uzrok", "Opis posljedica", "Kategorija", "Postojeće kontrole", "Akcijski plan"],
  inventory: ["Naziv sustava", "Svrha", "Tehnologija", "Razina rizika", "Organizacijska jedinica", "Datum uvođenja"],
});
