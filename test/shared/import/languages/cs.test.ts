import { describeRegister } from "./example-register";

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
