import { describeRegister } from "./example-register";

describeRegister("Dutch (nl)", {
  header: ["Risico-ID", "Risico", "Omschrijving", "Kans", "Impact", "Risico-eigenaar", "Status", "Risicobehandeling"],
  rows: [
    ["R-1", "Model drift", "Model drift (nl)", "Laag", "Hoog", "Ann Lee", "Open", "Verminderen"],
    ["R-2", "Prompt injection", "Prompt injection (nl)", "Gemiddeld", "lage", "Bo Chen", "Lopend", "Accepteren"],
    ["R-3", "Biased scoring", "Biased scoring (nl)", "HOGE", "Middel", "Cy Dee", "Gesloten", "Vermijden"],
  ],
  yes: "Ja",
  no: "Nee",
  inOperation: "In productie",
});
