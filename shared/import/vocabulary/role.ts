import { Vocabulary } from "./vocabulary";

import type { AiSystemRole } from "../../model/ai-system";

export type { AiSystemRole };

/** The organisation's role towards an AI system (a cell may name several: "Developer / Deployer"). */
export const ROLE_WORDS = new Vocabulary<AiSystemRole>([
  {
    value: "provider",
    words: ["provider", "vendor", "supplier", "ai provider", "fournisseur", "anbieter", "proveedor", "fornitore", "aanbieder",
      "leverancier", "fornecedor"],
  },
  {
    value: "developer",
    words: ["developer", "develop", "built in-house", "in-house", "in house", "internal development", "developed in-house",
      "builder", "développeur", "entwickler", "desarrollador", "sviluppatore", "ontwikkelaar", "desenvolvedor",
      "programador"],
  },
  {
    value: "deployer",
    words: ["deployer", "operator", "deploy", "déployeur", "exploitant", "betreiber", "responsable del despliegue",
      "implementador", "operatore", "gebruiksverantwoordelijke", "responsável pela implantação", "operador"],
  },
  {
    value: "user",
    words: ["user", "customer", "consumer", "end user", "utilisateur", "nutzer", "anwender", "usuario", "utente",
      "utilizzatore", "gebruiker", "usuário", "utilizador"],
  },
]);
