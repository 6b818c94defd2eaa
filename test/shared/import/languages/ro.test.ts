import { describeAssessment } from "./example-assessment";
import { describeRegister } from "./example-register";
import { describeInventory } from "./example-inventory";
import { describeSoa } from "./example-soa";
import { describeMapping } from "./example-mapping";
import { describeMoreFields } from "./example-more-fields";
import { describeProfile } from "./example-profile";

describeRegister("Romanian (ro)", {
  header: ["ID risc", "Risc", "Descriere", "Probabilitate", "Impact", "Proprietarul riscului", "Stare", "Tratarea riscului"],
  rows: [
    ["R-1", "Model drift", "Model drift (ro)", "Scăzută", "Ridicat", "Ann Lee", "Deschis", "Atenuare"],
    ["R-2", "Prompt injection", "Prompt injection (ro)", "Medie", "scăzut", "Bo Chen", "În curs", "Acceptare"],
    ["R-3", "Biased scoring", "Biased scoring (ro)", "RIDICATĂ", "Mediu", "Cy Dee", "Închis", "Evitare"],
  ],
  yes: "Da",
  no: "Nu",
  inOperation: "În producție",
});

describeSoa("Romanian (ro)", {
  header: ["ID control", "Denumire control", "Aplicabilitate", "Justificare", "Stadiul implementării", "Descrierea implementării", "Dovezi"],
  applicable: ["Da", "Aplicabil", "da", "DA", "Neaplicabil"],
  status: ["Implementat", "Parțial implementat", "Planificat", "Neimplementat", "Nu se aplică"],
});

describeInventory("Romanian (ro)", {
  header: ["Numele sistemului", "Scop", "Proprietar", "Etapa ciclului de viață", "Rol", "Surse de date", "Furnizori"],
  stage: ["Proiectare", "Testare", "Lansare", "În producție"],
  role: ["Furnizor", "Dezvoltator", "Implementator", "Utilizator"],
});

describeAssessment("Romanian (ro)", {
  header: ["Sistem de IA", "Utilizare preconizată", "Utilizare necorespunzătoare", "Părți afectate", "Impact", "Tipul impactului", "Măsuri", "Stare"],
  impactKind: ["Prejudiciu", "Beneficiu", "Negativ"],
  status: ["Ciornă", "În revizuire", "Aprobat"],
});

describeProfile("Romanian (ro)", {
  header: ["Subcategorie", "Stare actuală", "Stare țintă", "Plan de acțiune"],
});

describeMapping("Romanian (ro)", {
  header: ["ID control", "Control", "Descriere", "ISO/IEC 42001", "NIST AI RMF"],
});

describeMoreFields("Romanian (ro)", {
  register: ["Risc", "Probabilitate", "Impact", "Cauză", "Descrierea consecințelor", "Categorie", "Controale existente", "Plan de acțiune"],
  inventory: ["Numele sistemului", "Scop", "Tehnologie", "Nivel de risc", "Departament", "Data implementării"],
});
