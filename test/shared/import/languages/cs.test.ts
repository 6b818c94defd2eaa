import { describeAssessment } from "./example-assessment";
import { describeRegister } from "./example-register";
import { describeInventory } from "./example-inventory";
import { describeSoa } from "./example-soa";
import { describeMapping } from "./example-mapping";
import { describeMoreFields } from "./example-more-fields";
import { describeProfile } from "./example-profile";

describeRegister("Czech (cs)", {
  header: ["ID rizika", "Riziko", "Popis", "Pravděpodobnost", "Dopad", "Vlastník rizika", "Stav", "Ošetření rizika"],
  rows: [
    ["R-1", "Model drift", "Model drift (cs)", "Nízká", "Vysoký", "Ann Lee", "Otevřeno", "Zmírnění"],
    ["R-2", "Prompt injection", "Prompt injection (cs)", "Střední", "nízký", "Bo Chen", "Probíhá", "Přijetí"],
    ["R-3", "Biased scoring", "Biased scoring (cs)", "VYSOKÁ", "Střední", "Cy Dee", "Uzavřeno", "Vyhnutí"],
  ],
  yes: "Ano",
  no: "Ne",
  inOperation: "V provozu",
});

describeSoa("Czech (cs)", {
  header: ["ID opatření", "Název opatření", "Aplikovatelnost", "Zdůvodnění", "Stav implementace", "Popis implementace", "Důkazy"],
  applicable: ["Ano", "Aplikovatelné", "ano", "ANO", "Ne"],
  status: ["Implementováno", "Částečně implementováno", "Plánováno", "Neimplementováno", "Netýká se"],
});

describeInventory("Czech (cs)", {
  header: ["Název systému", "Účel", "Vlastník", "Fáze životního cyklu", "Role organizace", "Zdroje dat", "Dodavatelé"],
  stage: ["Návrh", "Testování", "Nasazení", "V provozu"],
  role: ["Poskytovatel", "Vývojář", "Zavádějící subjekt", "Uživatel"],
});

describeAssessment("Czech (cs)", {
  header: ["Systém AI", "Zamýšlené použití", "Předvídatelné zneužití", "Dotčené osoby", "Dopad", "Typ dopadu", "Zmírňující opatření", "Stav"],
  impactKind: ["Újma", "Přínos", "Negativní"],
  status: ["Koncept", "Ke schválení", "Schváleno"],
});

describeProfile("Czech (cs)", {
  header: ["Podkategorie", "Současný stav", "Cílový stav", "Akční plán"],
});

describeMapping("Czech (cs)", {
  header: ["ID opatření", "Opatření", "Popis", "ISO/IEC 42001", "NIST AI RMF"],
});

describeMoreFields("Czech (cs)", {
  register: ["Riziko", "Pravděpodobnost", "Dopad", "Příčina", "Popis důsledků", "Kategorie", "Stávající opatření", "Akční plán"],
  inventory: ["Název systému", "Účel", "Technologie", "Úroveň rizika", "Útvar", "Datum nasazení"],
});
