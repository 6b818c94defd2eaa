import { describeAssessment } from "./example-assessment";
import { describeRegister } from "./example-register";
import { describeInventory } from "./example-inventory";
import { describeSoa } from "./example-soa";
import { describeMapping } from "./example-mapping";
import { describeMoreFields } from "./example-more-fields";
import { describeProfile } from "./example-profile";

describeRegister("Polish (pl)", {
  header: ["ID ryzyka", "Ryzyko", "Opis", "Prawdopodobieństwo", "Wpływ", "Właściciel ryzyka", "Status", "Postępowanie z ryzykiem"],
  rows: [
    ["R-1", "Model drift", "Model drift (pl)", "Niskie", "Wysoki", "Ann Lee", "Otwarte", "Ograniczenie"],
    ["R-2", "Prompt injection", "Prompt injection (pl)", "Średnie", "niska", "Bo Chen", "W toku", "Akceptacja"],
    ["R-3", "Biased scoring", "Biased scoring (pl)", "WYSOKIE", "Średnia", "Cy Dee", "Zamknięte", "Unikanie"],
  ],
  yes: "Tak",
  no: "Nie",
  inOperation: "W produkcji",
});

describeSoa("Polish (pl)", {
  header: ["ID zabezpieczenia", "Zabezpieczenie", "Zastosowanie", "Uzasadnienie", "Status wdrożenia", "Sposób wdrożenia", "Dowody"],
  applicable: ["Tak", "Dotyczy", "tak", "TAK", "Nie dotyczy"],
  status: ["Wdrożone", "Częściowo wdrożone", "Planowane", "Niewdrożone", "Nie dotyczy"],
});

describeInventory("Polish (pl)", {
  header: ["Nazwa systemu", "Cel", "Właściciel", "Etap cyklu życia", "Rola", "Dane", "Dostawcy"],
  stage: ["Projektowanie", "Testowanie", "Wdrożenie", "W produkcji"],
  role: ["Dostawca", "Twórca", "Podmiot stosujący", "Użytkownik"],
});

describeAssessment("Polish (pl)", {
  header: ["System AI", "Przeznaczenie", "Nadużycie", "Interesariusze", "Wpływ", "Rodzaj wpływu", "Środki zaradcze", "Status"],
  impactKind: ["Szkoda", "Korzyść", "Negatywny"],
  status: ["Wersja robocza", "Do zatwierdzenia", "Zatwierdzone"],
});

describeSoa("Polish (pl), headers with hints", {
  header: ["Punkt normy", "Zabezpieczenie (Załącznik A)", "Zastosowanie (T/N)", "Uzasadnienie włączenia / wyłączenia", "Stan wdrożenia", "Opis wdrożenia", "Dowody wdrożenia"],
  applicable: ["T", "Tak", "TAK", "tak", "N"],
  status: ["wdrożony", "w trakcie wdrażania", "zaplanowane", "nie wdrożone", "nie stosuje się"],
});

describeProfile("Polish (pl)", {
  header: ["Podkategoria", "Stan obecny", "Stan docelowy", "Plan działań"],
});

describeMapping("Polish (pl)", {
  header: ["ID zabezpieczenia", "Zabezpieczenie", "Opis", "ISO/IEC 42001", "NIST AI RMF"],
});

describeMoreFields("Polish (pl)", {
  register: ["Ryzyko", "Prawdopodobieństwo", "Wpływ", "Przyczyna", "Opis skutków", "Kategoria", "Istniejące zabezpieczenia", "Plan działań"],
  inventory: ["Nazwa systemu", "Cel", "Technologia", "Poziom ryzyka", "Jednostka organizacyjna", "Data wdrożenia"],
});
