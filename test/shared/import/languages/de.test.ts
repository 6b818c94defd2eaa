import { describeRegister } from "./example-register";

describeRegister("German (de)", {
  header: ["Risiko-ID", "Risiko", "Beschreibung", "Eintrittswahrscheinlichkeit", "Auswirkung", "Risikoeigner", "Status", "Risikobehandlung"],
  rows: [
    ["R-1", "Model drift", "Model drift (de)", "Niedrige", "Hoch", "Ann Lee", "Offen", "Mindern"],
    ["R-2", "Prompt injection", "Prompt injection (de)", "Mittlere", "gering", "Bo Chen", "In Bearbeitung", "Akzeptieren"],
    ["R-3", "Biased scoring", "Biased scoring (de)", "HOHE", "Mittel", "Cy Dee", "Geschlossen", "Vermeiden"],
  ],
  yes: "Ja",
  no: "Nein",
  inOperation: "Im Betrieb",
});
