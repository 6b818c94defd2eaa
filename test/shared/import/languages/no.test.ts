import { describeRegister } from "./example-register";

describeRegister("Norwegian (no)", {
  header: ["Risiko-ID", "Risiko", "Beskrivelse", "Sannsynlighet", "Konsekvens", "Risikoeier", "Status", "Risikohåndtering"],
  rows: [
    ["R-1", "Model drift", "Model drift (no)", "Lav", "Høy", "Ann Lee", "Åpen", "Redusere"],
    ["R-2", "Prompt injection", "Prompt injection (no)", "Middels", "lav", "Bo Chen", "Pågår", "Akseptere"],
    ["R-3", "Biased scoring", "Biased scoring (no)", "HØY", "Middels", "Cy Dee", "Lukket", "Unngå"],
  ],
  yes: "Ja",
  no: "Nei",
  inOperation: "I drift",
});
