import { describeAssessment } from "./example-assessment";
import { describeRegister } from "./example-register";
import { describeInventory } from "./example-inventory";
import { describeSoa } from "./example-soa";
import { describeMapping } from "./example-mapping";
import { describeMoreFields } from "./example-more-fields";
import { describeProfile } from "./example-profile";

describeRegister("Slovenian (sl)", {
  header: ["ID tveganja", "Tveganje", "Opis", "Verjetnost", "Vpliv", "Lastnik tveganja", "Status", "Obravnava tveganja"],
  rows: [
    ["R-1", "Model drift", "Model drift (sl)", "Nizka", "Visok", "Ann Lee", "Odprto", "Zmanjšanje"],
    ["R-2", "Prompt injection", "Prompt injection (sl)", "Srednja", "nizek", "Bo Chen", "V teku", "Sprejetje"],
    ["R-3", "Biased scoring", "Biased scoring (sl)", "VISOKA", "Srednji", "Cy Dee", "Zaprto", "Izogibanje"],
  ],
  yes: "Da",
  no: "Ne",
  inOperation: "Produkcija",
});

describeSoa("Slovenian (sl)", {
  header: ["ID kontrole", "Naziv kontrole", "Uporabnost", "Utemeljitev", "Status izvedbe", "Opis izvedbe", "Dokazi"],
  applicable: ["Da", "Uporabno", "DA", "da", "Ni uporabno"],
  status: ["Izvedeno", "Delno izvedeno", "Načrtovano", "Ni izvedeno", "Ni uporabno"],
});

describeInventory("Slovenian (sl)", {
  header: ["Ime sistema", "Predvideni namen", "Lastnik", "Faza življenjskega cikla", "Vloga", "Podatki", "Dobavitelji"],
  stage: ["Zasnova", "Testiranje", "Uvajanje", "Produkcija"],
  role: ["Ponudnik", "Razvijalec", "Uvajalec", "Uporabnik"],
});

describeAssessment("Slovenian (sl)", {
  header: ["Sistem UI", "Predvidena uporaba", "Zloraba", "Deležniki", "Vpliv", "Vrsta vpliva", "Ukrepi", "Status"],
  impactKind: ["Škoda", "Korist", "Negativno"],
  status: ["Osnutek", "V pregledu", "Odobreno"],
});

describeProfile("Slovenian (sl)", {
  header: ["Podkategorija", "Trenutno stanje", "Ciljno stanje", "Akcijski načrt"],
});

describeMapping("Slovenian (sl)", {
  header: ["ID kontrole", "Kontrola", "Opis", "ISO/IEC 42001", "NIST AI RMF"],
});

describeMoreFields("Slovenian (sl)", {
  register: ["Tveganje", "Verjetnost", "Vpliv", "Vzrok", "Opis posledic", "Kategorija", "Obstoječe kontrole", "Akcijski načrt"],
  inventory: ["Ime sistema", "Predvideni namen", "Tehnologija", "Raven tveganja", "Organizacijska enota", "Datum uvedbe"],
});
