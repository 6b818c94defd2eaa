import { Vocabulary } from "./vocabulary";

import type { AiSystemStage } from "../../model/ai-system";

export type { AiSystemStage };

/** Life-cycle stages as inventories word them (incl. the US federal inventory's OMB stages). */
export const STAGE_WORDS = new Vocabulary<AiSystemStage>([
  {
    value: "planning",
    words: ["planning", "plan", "planned", "idea", "ideation", "concept", "initiated", "initiation", "proposal", "proposed",
      "inception", "exploration", "research", "pre-project", "planification", "idée", "étude", "planung", "idee",
      "konzept", "initiiert", "planificación", "idea", "iniciado", "pianificazione", "ideazione", "avviato", "planning",
      "idee", "verkenning", "planejamento", "planeamento", "ideia", "iniciado"],
  },
  {
    value: "design",
    words: ["design", "designing", "architecture", "conception", "entwurf", "design", "diseño", "progettazione", "ontwerp",
      "projeto", "desenho"],
  },
  {
    value: "development",
    words: ["development", "develop", "in development", "build", "building", "acquisition", "acquisition and/or development",
      "acquisition and development", "procurement", "développement", "construction", "en développement", "entwicklung",
      "in entwicklung", "beschaffung", "desarrollo", "en desarrollo", "adquisición", "sviluppo", "in sviluppo",
      "acquisizione", "ontwikkeling", "in ontwikkeling", "aanschaf", "desenvolvimento", "em desenvolvimento", "aquisição"],
  },
  {
    value: "validation",
    words: ["validation", "testing", "test", "tevv", "verification", "evaluation", "qa", "in testing", "recette",
      "validierung", "prüfung", "erprobung", "validación", "prueba", "pruebas", "validazione", "collaudo", "validatie",
      "testfase", "validação", "teste", "testes"],
  },
  {
    value: "deployment",
    words: ["deployment", "deploy", "deploying", "pilot", "piloting", "rollout", "roll-out", "implementation",
      "implementation and assessment", "go-live", "launch", "déploiement", "pilote", "mise en production", "einführung",
      "bereitstellung", "pilotierung", "despliegue", "implantación", "piloto", "rilascio", "distribuzione",
      "implementazione", "uitrol", "implementatie", "implantação", "implementação"],
  },
  {
    value: "operation",
    words: ["operation", "operations", "operational", "production", "in production", "live", "in use", "in service",
      "operation and maintenance", "maintenance", "run", "in mission", "deployed", "en production", "exploitation",
      "en service", "betrieb", "produktiv", "produktion", "im einsatz", "im betrieb", "operación", "producción",
      "en uso", "en producción", "esercizio", "produzione", "in uso", "in produzione", "productie", "in gebruik",
      "beheer", "in productie", "operação", "produção", "em uso", "em produção"],
  },
  {
    value: "retired",
    words: ["retired", "decommissioned", "sunset", "sunsetted", "withdrawn", "discontinued", "archived", "end of life", "eol",
      "retiré", "décommissionné", "abandonné", "außer betrieb", "stillgelegt", "abgekündigt", "retirado",
      "dado de baja", "ritirato", "dismesso", "uitgefaseerd", "buiten gebruik", "descontinuado", "desativado"],
  },
]);
