import { describeAssessment } from "./example-assessment";
import { describeRegister } from "./example-register";
import { describeInventory } from "./example-inventory";
import { describeSoa } from "./example-soa";
import { describeMapping } from "./example-mapping";
import { describeMoreFields } from "./example-more-fields";
import { describeProfile } from "./example-profile";

describeRegister("Irish (ga)", {
  header: ["Aitheantas riosca", "Riosca", "Cur síos", "Dóchúlacht", "Tionchar", "Úinéir riosca", "Stádas", "Cóireáil"],
  rows: [
    ["R-1", "Model drift", "Model drift (ga)", "Íseal", "Ard", "Ann Lee", "Oscailte", "Maolú"],
    ["R-2", "Prompt injection", "Prompt injection (ga)", "Meánach", "íseal", "Bo Chen", "Ar siúl", "Glacadh"],
    ["R-3", "Biased scoring", "Biased scoring (ga)", "ARD", "Meánach", "Cy Dee", "Dúnta", "Seachaint"],
  ],
  yes: "Tá",
  no: "Níl",
  inOperation: "I bhfeidhm",
});

describeSoa("Irish (ga)", {
  header: ["Aitheantas rialaithe", "Rialú", "Infheidhmeacht", "Fírinniú", "Stádas cur i bhfeidhm", "Cur síos ar chur i bhfeidhm", "Fianaise"],
  applicable: ["Tá", "Infheidhme", "tá", "TÁ", "Ní bhaineann"],
  status: ["Curtha i bhfeidhm", "Go páirteach", "Beartaithe", "Gan cur i bhfeidhm", "Ní bhaineann"],
});

describeInventory("Irish (ga)", {
  header: ["Ainm an chórais", "Cuspóir", "Úinéir", "Céim", "Ról", "Sonraí", "Soláthraithe"],
  stage: ["Dearadh", "Tástáil", "Imscaradh", "I bhfeidhm"],
  role: ["Soláthraí", "Forbróir", "Imscarthóir", "Úsáideoir"],
});

describeAssessment("Irish (ga)", {
  header: ["Córas IA", "Úsáid bheartaithe", "Mí-úsáid", "Páirtithe lena mbaineann", "Tionchar", "Cineál tionchair", "Bearta", "Stádas"],
  impactKind: ["Díobháil", "Tairbhe", "Diúltach"],
  status: ["Dréacht", "Á athbhreithniú", "Faofa"],
});

describeProfile("Irish (ga)", {
  header: ["Fo-chatagóir", "Staid reatha", "Spriocstaid", "Gníomh"],
});

describeMapping("Irish (ga)", {
  header: ["Aitheantas rialaithe", "Rialú", "Cur síos", "ISO/IEC 42001", "NIST AI RMF"],
});

describeMoreFields("Irish (ga)", {
  register: ["Riosca", "Dóchúlacht", "Tionchar", "Cúis", "Cur síos ar na hiarmhairtí", "Catagóir", "Rialuithe reatha", "Plean gníomhaíochta"],
  inventory: ["Ainm an chórais", "Cuspóir", "Teicneolaíocht", "Leibhéal riosca", "Aonad gnó", "Dáta imlonnaithe"],
});
