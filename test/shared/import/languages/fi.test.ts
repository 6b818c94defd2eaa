import { describeAssessment } from "./example-assessment";
import { describeRegister } from "./example-register";
import { describeInventory } from "./example-inventory";
import { describeSoa } from "./example-soa";
import { describeMapping } from "./example-mapping";
import { describeMoreFields } from "./example-more-fields";
import { describeProfile } from "./example-profile";

describeRegister("Finnish (fi)", {
  header: ["Riskin tunnus", "Riski", "Kuvaus", "Todennäköisyys", "Vaikutus", "Riskin omistaja", "Tila", "Riskin käsittely"],
  rows: [
    ["R-1", "Model drift", "Model drift (fi)", "Matala", "Korkea", "Ann Lee", "Avoin", "Vähentäminen"],
    ["R-2", "Prompt injection", "Prompt injection (fi)", "Kohtalainen", "matala", "Bo Chen", "Käynnissä", "Hyväksyminen"],
    ["R-3", "Biased scoring", "Biased scoring (fi)", "KORKEA", "Keskitaso", "Cy Dee", "Suljettu", "Välttäminen"],
  ],
  yes: "Kyllä",
  no: "Ei",
  inOperation: "Tuotannossa",
});

describeSoa("Finnish (fi)", {
  header: ["Hallintakeinon tunnus", "Hallintakeino", "Soveltuvuus", "Perustelu", "Toteutuksen tila", "Toteutuksen kuvaus", "Näyttö"],
  applicable: ["Kyllä", "Sovelletaan", "kyllä", "KYLLÄ", "Ei sovelleta"],
  status: ["Toteutettu", "Osittain toteutettu", "Suunniteltu", "Ei toteutettu", "Ei sovelleta"],
});

describeInventory("Finnish (fi)", {
  header: ["Järjestelmän nimi", "Käyttötarkoitus", "Omistaja", "Elinkaaren vaihe", "Rooli", "Data", "Toimittajat"],
  stage: ["Design", "Testaus", "Käyttöönotto", "Tuotannossa"],
  role: ["Tarjoaja", "Kehittäjä", "Käyttöönottaja", "Käyttäjä"],
});

describeAssessment("Finnish (fi)", {
  header: ["Tekoälyjärjestelmä", "Käyttötarkoitus", "Väärinkäyttö", "Sidosryhmät", "Vaikutus", "Vaikutuksen tyyppi", "Toimenpiteet", "Tila"],
  impactKind: ["Haitta", "Hyöty", "Negatiivinen"],
  status: ["Luonnos", "Tarkastettavana", "Hyväksytty"],
});

describeProfile("Finnish (fi)", {
  header: ["Alaluokka", "Nykytila", "Tavoitetila", "Toimenpide"],
});

describeMapping("Finnish (fi)", {
  header: ["Kontrollin tunnus", "Kontrolli", "Kuvaus", "ISO/IEC 42001", "NIST AI RMF"],
});

describeMoreFields("Finnish (fi)", {
  register: ["Riski", "Todennäköisyys", "Vaikutus", "Syy", "Seurausten kuvaus", "Luokka", "Nykyiset hallintakeinot", "Toimenpidesuunnitelma"],
  inventory: ["Järjestelmän nimi", "Käyttötarkoitus", "Teknologia", "Riskitaso", "Yksikkö", "Käyttöönottopäivä"],
});
