import { describeRegister } from "./example-register";

describeRegister("French (fr)", {
  header: ["ID du risque", "Risque", "Description", "Probabilité", "Gravité", "Propriétaire du risque", "Statut", "Traitement"],
  rows: [
    ["R-1", "Model drift", "Model drift (fr)", "Faible", "Élevée", "Ann Lee", "Ouvert", "Réduire"],
    ["R-2", "Prompt injection", "Prompt injection (fr)", "Moyenne", "faible", "Bo Chen", "En cours", "Accepter"],
    ["R-3", "Biased scoring", "Biased scoring (fr)", "ÉLEVÉE", "Moyen", "Cy Dee", "Clôturé", "Éviter"],
  ],
  yes: "Oui",
  no: "Non",
  inOperation: "En production",
});
