import { describeRegister } from "./example-register";

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
