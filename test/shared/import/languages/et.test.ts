import { describeAssessment } from "./example-assessment";
import { describeRegister } from "./example-register";
import { describeInventory } from "./example-inventory";
import { describeSoa } from "./example-soa";
import { describeMapping } from "./example-mapping";
import { describeMoreFields } from "./example-more-fields";
import { describeProfile } from "./example-profile";

describeRegister("Estonian (et)", {
  header: ["Riski ID", "Risk", "Kirjeldus", "Tõenäosus", "Mõju", "Riski omanik", "Staatus", "Riski käsitlemine"],
  rows: [
    ["R-1", "Model drift", "Model drift (et)", "Madal", "Kõrge", "Ann Lee", "Avatud", "Vähendamine"],
    ["R-2", "Prompt injection", "Prompt injection (et)", "Keskmine", "madal", "Bo Chen", "Töös", "Aktsepteerimine"],
    ["R-3", "Biased scoring", "Biased scoring (et)", "KÕRGE", "Keskmine", "Cy Dee", "Suletud", "Vältimine"],
  ],
  yes: "Jah",
  no: "Ei",
  inOperation: "Tootmine",
});

describeSoa("Estonian (et)", {
  header: ["Meetme ID", "Meede", "Kohaldatavus", "Põhjendus", "Rakendamise staatus", "Rakendamise kirjeldus", "Tõendid"],
  applicable: ["Jah", "Kohaldatav", "jah", "JAH", "Ei kohaldu"],
  status: ["Rakendatud", "Osaliselt rakendatud", "Planeeritud", "Rakendamata", "Ei kohaldu"],
});

describeInventory("Estonian (et)", {
  header: ["Süsteemi nimi", "Eesmärk", "Omanik", "Elutsükli etapp", "Roll", "Andmed", "Tarnijad"],
  stage: ["Disain", "Testimine", "Juurutamine", "Tootmine"],
  role: ["Pakkuja", "Arendaja", "Juurutaja", "Kasutaja"],
});

describeAssessment("Estonian (et)", {
  header: ["Tehisintellektisüsteem", "Kavandatud kasutus", "Väärkasutus", "Mõjutatud osapooled", "Mõju", "Mõju liik", "Meetmed", "Staatus"],
  impactKind: ["Kahju", "Kasu", "Negatiivne"],
  status: ["Mustand", "Ülevaatamisel", "Kinnitatud"],
});

describeProfile("Estonian (et)", {
  header: ["Alamkategooria", "Hetkeseis", "Sihtseis", "Tegevuskava"],
});

describeMapping("Estonian (et)", {
  header: ["Kontrolli ID", "Kontroll", "Kirjeldus", "ISO/IEC 42001", "NIST AI RMF"],
});

describeMoreFields("Estonian (et)", {
  register: ["Risk", "Tõenäosus", "Mõju", "Põhjus", "Tagajärgede kirjeldus", "Kategooria", "Olemasolevad meetmed", "Tegevuskava"],
  inventory: ["Süsteemi nimi", "Eesmärk", "Tehnoloogia", "Riskitase", "Osakond", "Kasutuselevõtu kuupäev"],
});
