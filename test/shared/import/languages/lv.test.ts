import { describeAssessment } from "./example-assessment";
import { describeRegister } from "./example-register";
import { describeInventory } from "./example-inventory";
import { describeSoa } from "./example-soa";
import { describeMapping } from "./example-mapping";
import { describeMoreFields } from "./example-more-fields";
import { describeProfile } from "./example-profile";

describeRegister("Latvian (lv)", {
  header: ["Riska ID", "Risks", "Apraksts", "Varbūtība", "Ietekme", "Riska īpašnieks", "Statuss", "Riska apstrāde"],
  rows: [
    ["R-1", "Model drift", "Model drift (lv)", "Zema", "Augsts", "Ann Lee", "Atvērts", "Mazināšana"],
    ["R-2", "Prompt injection", "Prompt injection (lv)", "Vidēja", "zems", "Bo Chen", "Procesā", "Pieņemšana"],
    ["R-3", "Biased scoring", "Biased scoring (lv)", "AUGSTA", "Vidējs", "Cy Dee", "Slēgts", "Izvairīšanās"],
  ],
  yes: "Jā",
  no: "Nē",
  inOperation: "Ekspluatācijā",
});

describeSoa("Latvian (lv)", {
  header: ["Kontroles ID", "Kontroles nosaukums", "Piemērojamība", "Pamatojums", "Ieviešanas statuss", "Ieviešanas apraksts", "Pierādījumi"],
  applicable: ["Jā", "Piemērojams", "jā", "JĀ", "Nav piemērojams"],
  status: ["Ieviests", "Daļēji ieviests", "Plānots", "Nav ieviests", "Nav piemērojams"],
});

describeInventory("Latvian (lv)", {
  header: ["Sistēmas nosaukums", "Mērķis", "Īpašnieks", "Dzīves cikla posms", "Loma", "Dati", "Piegādātāji"],
  stage: ["Projektēšana", "Testēšana", "Ieviešana", "Ekspluatācijā"],
  role: ["Nodrošinātājs", "Izstrādātājs", "Uzturētājs", "Lietotājs"],
});

describeAssessment("Latvian (lv)", {
  header: ["MI sistēma", "Paredzētais lietojums", "Ļaunprātīga izmantošana", "Ietekmētās puses", "Ietekme", "Ietekmes veids", "Pasākumi", "Statuss"],
  impactKind: ["Kaitējums", "Ieguvums", "Negatīvs"],
  status: ["Melnraksts", "Pārskatīšanā", "Apstiprināts"],
});

describeProfile("Latvian (lv)", {
  header: ["Apakškategorija", "Pašreizējais stāvoklis", "Mērķa stāvoklis", "Rīcības plāns"],
});

describeMapping("Latvian (lv)", {
  header: ["Kontroles ID", "Kontrole", "Apraksts", "ISO/IEC 42001", "NIST AI RMF"],
});

describeMoreFields("Latvian (lv)", {
  register: ["Risks", "Varbūtība", "Ietekme", "Cēlonis", "Seku apraksts", "Kategorija", "Esošās kontroles", "Rīcības plāns"],
  inventory: ["Sistēmas nosaukums", "Mērķis", "Tehnoloģija", "Riska līmenis", "Struktūrvienība", "Ieviešanas datums"],
});
