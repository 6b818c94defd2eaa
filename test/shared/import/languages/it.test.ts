import { describeRegister } from "./example-register";

describeRegister("Italian (it)", {
  header: ["ID rischio", "Rischio", "Descrizione", "Probabilità", "Impatto", "Responsabile", "Stato", "Trattamento"],
  rows: [
    ["R-1", "Model drift", "Model drift (it)", "Bassa", "Alto", "Ann Lee", "Aperto", "Ridurre"],
    ["R-2", "Prompt injection", "Prompt injection (it)", "Media", "basso", "Bo Chen", "In corso", "Accettare"],
    ["R-3", "Biased scoring", "Biased scoring (it)", "ALTA", "Medio", "Cy Dee", "Chiuso", "Evitare"],
  ],
  yes: "Sì",
  no: "No",
  inOperation: "In produzione",
});
