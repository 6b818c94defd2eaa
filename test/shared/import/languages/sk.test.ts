import { describeAssessment } from "./example-assessment";
import { describeRegister } from "./example-register";
import { describeInventory } from "./example-inventory";
import { describeSoa } from "./example-soa";
import { describeMapping } from "./example-mapping";
import { describeMoreFields } from "./example-more-fields";
import { describeProfile } from "./example-profile";

describeRegister("Slovak (sk)", {
  header: ["ID rizika", "Riziko", "Popis", "Pravdepodobnosť", "Dopad", "Vlastník rizika", "Stav", "Ošetrenie rizika"],
  rows: [
    ["R-1", "Model drift", "Model drift (sk)", "Nízka", "Vysoký", "Ann Lee", "Otvorené", "Zmiernenie"],
    ["R-2", "Prompt injection", "Prompt injection (sk)", "Stredná", "nízky", "Bo Chen", "Prebieha", "Akceptovanie"],
    ["R-3", "Biased scoring", "Biased scoring (sk)", "VYSOKÁ", "Stredný", "Cy Dee", "Uzavreté", "Vyhnutie"],
  ],
  yes: "Áno",
  no: "Nie",
  inOperation: "V prevádzke",
});

describeSoa("Slovak (sk)", {
  header: ["ID opatrenia", "Názov opatrenia", "Aplikovateľnosť", "Zdôvodnenie", "Stav implementácie", "Popis implementácie", "Dôkazy"],
  applicable: ["Áno", "Aplikovateľné", "áno", "ano", "Nie"],
  status: ["Implementované", "Čiastočne implementované", "Plánované", "Neimplementované", "Netýka sa"],
});

describeInventory("Slovak (sk)", {
  header: ["Názov systému", "Účel", "Vlastník", "Fáza životného cyklu", "Rola", "Údaje", "Dodávatelia"],
  stage: ["Návrh", "Testovanie", "Nasadenie", "V prevádzke"],
  role: ["Poskytovateľ", "Vývojár", "Nasadzujúci subjekt", "Používateľ"],
});

describeAssessment("Slovak (sk)", {
  header: ["Systém AI", "Zamýšľané použitie", "Zneužitie", "Dotknuté osoby", "Vplyv", "Typ vplyvu", "Zmierňujúce opatrenia", "Stav"],
  impactKind: ["Ujma", "Prínos", "Negatívny"],
  status: ["Návrh", "Na schválenie", "Schválené"],
});

describeProfile("Slovak (sk)", {
  header: ["Podkategória", "Súčasný stav", "Cieľový stav", "Akčný plán"],
});

describeMapping("Slovak (sk)", {
  header: ["ID opatrenia", "Opatrenie", "Popis", "ISO/IEC 42001", "NIST AI RMF"],
});

describeMoreFields("Slovak (sk)", {
  register: ["Riziko", "Pravdepodobnosť", "Dopad", "Príčina", "Popis dôsledkov", "Kategória", "Existujúce opatrenia", "Akčný plán"],
  inventory: ["Názov systému", "Účel", "Technológia", "Úroveň rizika", "Útvar", "Dátum nasadenia"],
});
