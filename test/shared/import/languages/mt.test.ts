import { describeAssessment } from "./example-assessment";
import { describeRegister } from "./example-register";
import { describeInventory } from "./example-inventory";
import { describeSoa } from "./example-soa";
import { describeMapping } from "./example-mapping";
import { describeMoreFields } from "./example-more-fields";
import { describeProfile } from "./example-profile";

describeRegister("Maltese (mt)", {
  header: ["ID tar-riskju", "Riskju", "Deskrizzjoni", "Probabbiltà", "Impatt", "Sid tar-riskju", "Status", "Trattament"],
  rows: [
    ["R-1", "Model drift", "Model drift (mt)", "Baxxa", "Għoli", "Ann Lee", "Miftuħ", "Mitigazzjoni"],
    ["R-2", "Prompt injection", "Prompt injection (mt)", "Medja", "baxx", "Bo Chen", "Għaddej", "Aċċettazzjoni"],
    ["R-3", "Biased scoring", "Biased scoring (mt)", "GĦOLJA", "Medju", "Cy Dee", "Magħluq", "Evitar"],
  ],
  yes: "Iva",
  no: "Le",
  inOperation: "Produzzjoni",
});

describeSoa("Maltese (mt)", {
  header: ["ID tal-kontroll", "Titlu tal-kontroll", "Applikabbiltà", "Ġustifikazzjoni", "Status tal-implimentazzjoni", "Deskrizzjoni tal-implimentazzjoni", "Evidenza"],
  applicable: ["Iva", "Applikabbli", "iva", "IVA", "Mhux applikabbli"],
  status: ["Implimentat", "Parzjalment implimentat", "Ippjanat", "Mhux implimentat", "Mhux applikabbli"],
});

describeInventory("Maltese (mt)", {
  header: ["Isem tas-sistema", "Skop", "Sid", "Stadju", "Rwol", "Dejta", "Fornituri"],
  stage: ["Disinn", "Ittestjar", "Skjerament", "Produzzjoni"],
  role: ["Fornitur", "Żviluppatur", "Implimentatur", "Utent"],
});

describeAssessment("Maltese (mt)", {
  header: ["Sistema tal-IA", "Użu maħsub", "Użu ħażin", "Partijiet affettwati", "Impatt", "Tip ta' impatt", "Miżuri", "Status"],
  impactKind: ["Ħsara", "Benefiċċju", "Negattiv"],
  status: ["Abbozz", "Taħt reviżjoni", "Approvat"],
});

describeProfile("Maltese (mt)", {
  header: ["Sottokategorija", "Stat attwali", "Stat immirat", "Azzjoni"],
});

describeMapping("Maltese (mt)", {
  header: ["ID tal-kontroll", "Kontroll", "Deskrizzjoni", "ISO/IEC 42001", "NIST AI RMF"],
});

describeMoreFields("Maltese (mt)", {
  register: ["Riskju", "Probabbiltà", "Impatt", "Kawża", "Deskrizzjoni tal-konsegwenzi", "Kategorija", "Kontrolli eżistenti", "Pjan ta' azzjoni"],
  inventory: ["Isem tas-sistema", "Skop", "Teknoloġija", "Livell ta' riskju", "Dipartiment", "Data tal-implimentazzjoni"],
});
