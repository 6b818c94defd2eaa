import { describeRegister } from "./example-register";

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
