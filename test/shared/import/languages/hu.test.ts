import { describeAssessment } from "./example-assessment";
import { describeRegister } from "./example-register";
import { describeInventory } from "./example-inventory";
import { describeSoa } from "./example-soa";
import { describeMapping } from "./example-mapping";
import { describeMoreFields } from "./example-more-fields";
import { describeProfile } from "./example-profile";

describeRegister("Hungarian (hu)", {
  header: ["Kockázat azonosító", "Kockázat", "Leírás", "Valószínűség", "Hatás", "Kockázatgazda", "Állapot", "Kockázatkezelés"],
  rows: [
    ["R-1", "Model drift", "Model drift (hu)", "Alacsony", "Magas", "Ann Lee", "Nyitott", "Csökkentés"],
    ["R-2", "Prompt injection", "Prompt injection (hu)", "Közepes", "alacsony", "Bo Chen", "Folyamatban", "Elfogadás"],
    ["R-3", "Biased scoring", "Biased scoring (hu)", "MAGAS", "Közepes", "Cy Dee", "Lezárt", "Elkerülés"],
  ],
  yes: "Igen",
  no: "Nem",
  inOperation: "Üzemben",
});

describeSoa("Hungarian (hu)", {
  header: ["Kontroll azonosító", "Kontroll megnevezése", "Alkalmazhatóság", "Indoklás", "Megvalósítás állapota", "Megvalósítás leírása", "Bizonyítékok"],
  applicable: ["Igen", "Alkalmazható", "igen", "IGEN", "Nem alkalmazható"],
  status: ["Megvalósítva", "Részben megvalósítva", "Tervezett", "Nincs megvalósítva", "Nem alkalmazható"],
});

describeInventory("Hungarian (hu)", {
  header: ["Rendszer neve", "Rendeltetés", "Tulajdonos", "Életciklus-szakasz", "Szerepkör", "Adatok", "Beszállítók"],
  stage: ["Design", "Tesztelés", "Bevezetés", "Üzemben"],
  role: ["Szolgáltató", "Fejlesztő", "Alkalmazó", "Felhasználó"],
});

describeAssessment("Hungarian (hu)", {
  header: ["MI-rendszer", "Rendeltetésszerű használat", "Visszaélés", "Érintettek", "Hatás", "Hatás típusa", "Intézkedések", "Állapot"],
  impactKind: ["Kár", "Előny", "Negatív"],
  status: ["Tervezet", "Felülvizsgálat alatt", "Jóváhagyva"],
});

describeProfile("Hungarian (hu)", {
  header: ["Alkategória", "Jelenlegi állapot", "Célállapot", "Intézkedési terv"],
});

describeMapping("Hungarian (hu)", {
  header: ["Kontroll azonosító", "Kontroll", "Leírás", "ISO/IEC 42001", "NIST AI RMF"],
});

describeMoreFields("Hungarian (hu)", {
  register: ["Kockázat", "Valószínűség", "Hatás", "Kiváltó ok", "Következmények leírása", "Kategória", "Meglévő kontrollok", "Intézkedési terv"],
  inventory: ["Rendszer neve", "Rendeltetés", "Technológia", "Kockázati szint", "Szervezeti egység", "Bevezetés dátuma"],
});
