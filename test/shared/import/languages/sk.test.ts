import { describeRegister } from "./example-register";

describeRegister("Slovak (sk)", {
  header: ["ID rizika", "Riziko", "Popis", "Pravdepodobnosť", "Dopad", "Vlastník rizika", "Stav", "Ošetrenie rizika"],
  rows: [
    ["R-1", "Model drift", "Model drift (sk)", "Nízka", "Vysoký", "Ann Lee", "Otvorené", "Zmiernenie"],
    ["R-2", "Prompt injection", "Prompt injection (sk)", "Stredná", "nízky", "Bo Chen", "Prebieha", "Akceptovanie"],
    ["R-3", "Biased scoring", "Biased scoring (sk)", "VYSOKÁ", "Stredný", "Cy Dee", "Uzavreté", "Vyhnutie"],
  ],
  yes: "Áno",
  no: "Nie",
  inOperation: "V prevádzke",
});
