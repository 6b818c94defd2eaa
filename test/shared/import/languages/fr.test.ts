import { describeAssessment } from "./example-assessment";
import { describeInventory } from "./example-inventory";
import { describeRegister } from "./example-register";
import { describeSoa } from "./example-soa";
import { describeMapping } from "./example-mapping";
import { describeMoreFields } from "./example-more-fields";
import { describeProfile } from "./example-profile";

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

describeSoa("French (fr)", {
  header: ["ID du contrôle", "Titre de la mesure", "Applicabilité", "Justification", "État de mise en œuvre", "Description de la mise en œuvre", "Preuves"],
  applicable: ["Oui", "Applicable", "oui", "OUI", "Non applicable"],
  status: ["Mis en œuvre", "Partiellement mis en œuvre", "Prévu", "Non mis en œuvre", "Exclu"],
});

describeInventory("French (fr)", {
  header: ["Nom du système", "Finalité", "Propriétaire", "Phase du cycle de vie", "Rôle", "Données", "Fournisseurs"],
  stage: ["Conception", "Recette", "Déploiement", "En production"],
  role: ["Fournisseur", "Développeur", "Déployeur", "Utilisateur"],
});

describeAssessment("French (fr)", {
  header: ["Système d'IA", "Usage prévu", "Mauvais usage prévisible", "Parties prenantes", "Impact", "Type d'impact", "Mesures d'atténuation", "Statut"],
  impactKind: ["Préjudice", "Bénéfice", "Négatif"],
  status: ["Brouillon", "En validation", "Approuvé"],
});

describeProfile("French (fr)", {
  header: ["Sous-catégorie", "État actuel", "État cible", "Plan d'action"],
});

describeMapping("French (fr)", {
  header: ["Réf. contrôle", "Contrôle", "Description", "ISO/IEC 42001", "NIST AI RMF"],
});

describeMoreFields("French (fr)", {
  register: ["Risque", "Probabilité", "Gravité", "Cause", "Conséquences", "Catégorie", "Mesures existantes", "Plan d'action"],
  inventory: ["Nom du système", "Finalité", "Technologie", "Niveau de risque", "Direction", "Date de mise en production"],
});
