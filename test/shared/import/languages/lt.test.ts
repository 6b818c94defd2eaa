import { describeAssessment } from "./example-assessment";
import { describeRegister } from "./example-register";
import { describeInventory } from "./example-inventory";
import { describeSoa } from "./example-soa";
import { describeMapping } from "./example-mapping";
import { describeMoreFields } from "./example-more-fields";
import { describeProfile } from "./example-profile";

describeRegister("Lithuanian (lt)", {
  header: ["Rizikos ID", "Rizika", "Aprašymas", "Tikimybė", "Poveikis", "Rizikos savininkas", "Būsena", "Rizikos valdymas"],
  rows: [
    ["R-1", "Model drift", "Model drift (lt)", "Žema", "Aukštas", "Ann Lee", "Atidaryta", "Mažinimas"],
    ["R-2", "Prompt injection", "Prompt injection (lt)", "Vidutinė", "žemas", "Bo Chen", "Vykdoma", "Priėmimas"],
    ["R-3", "Biased scoring", "Biased scoring (lt)", "AUKŠTA", "Vidutinis", "Cy Dee", "Uždaryta", "Vengimas"],
  ],
  yes: "Taip",
  no: "Ne",
  inOperation: "Naudojama",
});

describeSoa("Lithuanian (lt)", {
  header: ["Kontrolės ID", "Kontrolės pavadinimas", "Taikomumas", "Pagrindimas", "Įgyvendinimo būsena", "Įgyvendinimo aprašymas", "Įrodymai"],
  applicable: ["Taip", "Taikoma", "taip", "TAIP", "Netaikoma"],
  status: ["Įgyvendinta", "Iš dalies įgyvendinta", "Planuojama", "Neįgyvendinta", "Netaikoma"],
});

describeInventory("Lithuanian (lt)", {
  header: ["Sistemos pavadinimas", "Paskirtis", "Savininkas", "Gyvavimo ciklo etapas", "Vaidmuo", "Duomenys", "Tiekėjai"],
  stage: ["Projektavimas", "Testavimas", "Diegimas", "Naudojama"],
  role: ["Tiekėjas", "Kūrėjas", "Diegėjas", "Naudotojas"],
});

describeAssessment("Lithuanian (lt)", {
  header: ["Dirbtinio intelekto sistema", "Paskirtis", "Netinkamas naudojimas", "Paveiktos šalys", "Poveikis", "Poveikio tipas", "Priemonės", "Būsena"],
  impactKind: ["Žala", "Nauda", "Neigiamas"],
  status: ["Juodraštis", "Peržiūrima", "Patvirtinta"],
});

describeProfile("Lithuanian (lt)", {
  header: ["Subkategorija", "Dabartinė būsena", "Tikslinė būsena", "Veiksmų planas"],
});

describeMapping("Lithuanian (lt)", {
  header: ["Kontrolės ID", "Kontrolė", "Aprašymas", "ISO/IEC 42001", "NIST AI RMF"],
});

describeMoreFields("Lithuanian (lt)", {
  register: ["Rizika", "Tikimybė", "Poveikis", "Priežastis", "Pasekmių aprašymas", "Kategorija", "Esamos kontrolės priemonės", "Veiksmų planas"],
  inventory: ["Sistemos pavadinimas", "Paskirtis", "Technologija", "Rizikos lygis", "Padalinys", "Diegimo data"],
});
